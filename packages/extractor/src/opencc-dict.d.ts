// opencc-js exports its dictionaries through the `./*` pattern of its package exports without type files:
// each module's default export is the table as a string, entries `from to` separated by `|`.
declare module 'opencc-js/dict/*' {
  const table: string;
  export default table;
}
