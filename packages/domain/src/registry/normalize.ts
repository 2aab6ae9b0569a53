/** A name form normalised for lookup: no whitespace, no 国家 (徐州国家高新区 = 徐州高新区). */
export function normalizeParkName(name: string): string {
  return name.replace(/\s+/g, '').replace(/国家级?/g, '');
}
