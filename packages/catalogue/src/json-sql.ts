/**
 * SQL expressions that write JSON text exactly as `JSON.stringify` writes the same values in Node: the same keys
 * in the same order, no spaces, the same escapes. With them PostgreSQL writes an answer's JSON and the server
 * forwards it as text, instead of parsing every field of every row in node-postgres and writing it out again
 * with `JSON.stringify` on the one thread that also has to answer /healthz.
 *
 * The expressions are SQL text built once from constant column names (no value goes into them).
 */

/** SQL text of an expression whose value is a piece of JSON text (never NULL). */
export type JsonSql = string;

/**
 * A string (a text, or a date: `to_json` writes a date as `YYYY-MM-DD` whatever the DateStyle), or `null`.
 * PostgreSQL escapes as `JSON.stringify` does: `"`, `\`, the short escapes `\b \f \n \r \t`, other control
 * characters as `\u00xx` (lower-case hex), nothing else.
 */
export function jsonString(expr: string): JsonSql {
  return `coalesce(to_json(${expr})::text, 'null')`;
}

/** An integer, or `null`. */
export function jsonInteger(expr: string): JsonSql {
  return `coalesce((${expr})::text, 'null')`;
}

const KEY = /^[A-Za-z][A-Za-z0-9]*$/;

/** An object with these members, in this order (the order of the object literal it must equal). */
export function jsonObject(members: Readonly<Record<string, JsonSql>>): JsonSql {
  const entries = Object.entries(members);
  // concat() takes at most 100 arguments (FUNC_MAX_ARGS); a nested object is one argument.
  if (entries.length === 0 || entries.length > 49) throw new Error('jsonObject: 1 to 49 members');
  const parts = entries.map(([key, value], n) => {
    // Keys go into the SQL and the JSON as they are: plain identifiers need escaping in neither.
    if (!KEY.test(key)) throw new Error(`jsonObject: key ${JSON.stringify(key)} is not a plain identifier`);
    return `'${n === 0 ? '{' : ','}"${key}":', ${value}`;
  });
  return `concat(${parts.join(', ')}, '}')`;
}

/**
 * Whether this session's dates reach node-postgres as `YYYY-MM-DD` (DateStyle ISO, the default), as `to_json`
 * writes them: checked in the query, so that a reader whose JSON must equal the typed reader's can fall back to
 * that reader in a session set otherwise.
 */
export const SESSION_DATES_AS_NODE = `(current_setting('DateStyle') like 'ISO%')`;
