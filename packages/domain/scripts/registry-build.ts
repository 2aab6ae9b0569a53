/**
 * The registry generator's rules, apart from its file reading so that tests can run them: CSV text into
 * source rows, and source rows into registry entries whose every name form names one row.
 *
 * Name forms have a rank: a row's short and official names (3), the aliases its list gives (2), the short
 * forms generated for its kind (1), and forms a row could be called but is not given (0, e.g. X开发区 for the
 * high-tech zone X高新技术产业开发区; they only make a form ambiguous). A form claimed by several rows goes to
 * the one row with the highest rank when that rank is a name or a listed alias; otherwise no row gets it and
 * it is reported as ambiguous. Two rows with the same name are an error.
 */
import { normalizeParkName } from '../src/registry/normalize.js';
import { REGISTRY_KINDS, type RegistryEntry, type RegistryKind } from '../src/registry/types.js';
import { slugifyParkName } from '../src/slug.js';

/** One row of a reference CSV. */
export interface SourceRow {
  /** Where the row comes from (file:line), for error messages. */
  readonly at: string;
  readonly kind: RegistryKind;
  readonly shortName: string;
  readonly name: string;
  readonly province: string | null;
  readonly city: string | null;
  readonly approvedYear: number | null;
  readonly aliases: readonly string[];
  /** The row's sources (URLs), as its CSV gives them. */
  readonly sources: readonly string[];
}

/** One thing the generator decided that a maintainer should see (one JSON line each in its output). */
export interface BuildEvent {
  readonly event:
    | 'merged-rows'
    | 'ambiguous-form'
    | 'kept-over-blocking'
    | 'alias-dropped-for-name'
    | 'generated-dropped-for-alias'
    | 'id-disambiguated';
  readonly form?: string;
  readonly ids: readonly string[];
  readonly detail?: string;
}

/** The generator's result. */
export interface RegistryBuild {
  readonly entries: RegistryEntry[];
  /** Normalised name form → the ids of the rows it could name; none of them carries it. */
  readonly ambiguous: Record<string, string[]>;
  readonly events: BuildEvent[];
}

/** Bad input: a malformed CSV row, or a name that two different rows carry. */
export class RegistryBuildError extends Error {
  override readonly name = 'RegistryBuildError';
}

/** Options of `parseRegistryCsv`. */
export interface ParseRegistryCsvOptions {
  /** The kind of every row; without it, the CSV needs a `kind` column. */
  readonly kind?: RegistryKind;
  /** Every row must name its source: a `source` column with http(s) URLs. */
  readonly requireSourceUrl?: boolean;
}

/** Splits one CSV line; the registry has no quoted fields, but quotes are handled all the same. */
function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function isKind(value: string): value is RegistryKind {
  return (REGISTRY_KINDS as readonly string[]).includes(value);
}

/** The rows of one reference CSV (columns short_name, official_name, province, city, approved_year, aliases, source). */
export function parseRegistryCsv(
  text: string,
  file: string,
  options: ParseRegistryCsvOptions = {},
): SourceRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '').map((h) => h.trim());
  const col = (name: string, required = true): number => {
    const i = header.indexOf(name);
    if (i < 0 && required) throw new RegistryBuildError(`${file}: column "${name}" is missing`);
    return i;
  };
  const cKind = col('kind', options.kind === undefined);
  const [cShort, cOfficial, cProvince, cCity, cYear, cAliases] = [
    'short_name',
    'official_name',
    'province',
    'city',
    'approved_year',
    'aliases',
  ].map((c) => col(c)) as [number, number, number, number, number, number];
  const cSource = col('source', options.requireSourceUrl === true);

  const rows: SourceRow[] = [];
  lines.forEach((line, n) => {
    if (n === 0 || !line.trim()) return;
    const at = `${file}:${n + 1}`;
    const f = splitCsvLine(line).map((v) => v.trim());
    const kind = options.kind ?? f[cKind] ?? '';
    if (!isKind(kind))
      throw new RegistryBuildError(`${at}: kind "${kind}" is not one of ${REGISTRY_KINDS.join(', ')}`);
    const shortName = f[cShort] ?? '';
    const name = f[cOfficial] ?? '';
    if (!shortName || !name) throw new RegistryBuildError(`${at}: short_name and official_name are required`);
    const yearText = f[cYear] ?? '';
    const year = yearText ? Number(yearText) : null;
    if (year !== null && !(Number.isInteger(year) && year > 1900 && year < 2100))
      throw new RegistryBuildError(`${at}: approved_year "${yearText}" is not a year`);
    const sources = (cSource >= 0 ? (f[cSource] ?? '') : '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
    if (
      options.requireSourceUrl &&
      (sources.length === 0 || !sources.every((s) => /^https?:\/\/\S+$/.test(s)))
    )
      throw new RegistryBuildError(`${at}: source must be one or more http(s) URLs separated by ';'`);
    rows.push({
      at,
      kind,
      shortName,
      name,
      province: f[cProvince] || null,
      city: f[cCity] || null,
      approvedYear: year,
      aliases: (f[cAliases] ?? '')
        .split(';')
        .map((a) => a.trim())
        .filter(Boolean),
      sources,
    });
  });
  return rows;
}

/** A row after merging the same park's rows from several lists. */
interface MergedRow {
  readonly first: SourceRow;
  /** Every list's row of this park, `first` first. */
  readonly rows: SourceRow[];
  readonly kinds: RegistryKind[];
  readonly aliases: string[];
  id: string;
  parent: MergedRow | null;
}

// Endings of the new kinds' short names; the id gets a dash before them as slugifyParkName does for its own.
const KIND_ENDINGS = ['保税港区', '综保区', '保税区', '自贸区', '片区'];

function idBase(row: SourceRow): string {
  const slug = slugifyParkName(row.shortName);
  // High-tech ids are exactly what they have always been.
  if (row.kind === 'high_tech' || slug.includes('-')) return slug;
  const ending = KIND_ENDINGS.find((e) => row.shortName.endsWith(e) && row.shortName.length > e.length);
  if (!ending) return slug;
  return `${slugifyParkName(row.shortName.slice(0, -ending.length))}-${slugifyParkName(ending)}`;
}

const chars = (s: string): number => [...s].length;

/** The place part before one of the endings, when the name has one and the place is at least two characters. */
function placeBefore(name: string, endings: readonly string[]): string | null {
  const ending = endings.find((e) => name.endsWith(e));
  if (!ending) return null;
  const place = name.slice(0, -ending.length);
  return chars(place) >= 2 ? place : null;
}

function unique(xs: ReadonlyArray<string | null>): string[] {
  return [...new Set(xs.filter((x): x is string => x !== null))];
}

/** A province or city without its administrative ending (广西壮族自治区 → 广西, 苏州市 → 苏州). */
function placeShort(name: string | null): string | null {
  if (!name) return null;
  const short = name.replace(/(壮族|回族|维吾尔)?自治区$|特别行政区$|省$|市$|地区$/, '');
  return chars(short) >= 2 ? short : null;
}

/** The prefixes a free-trade zone's name takes before an area's name (上海自贸区, 上海自贸试验区, …). */
function ftzPrefixes(ftz: SourceRow): string[] {
  const places = unique([
    placeBefore(ftz.shortName, ['自贸区']),
    /^中国[（(](.+)[）)]自由贸易试验区$/.exec(ftz.name)?.[1] ?? null,
  ]);
  return places.flatMap((p) => [
    `${p}自贸区`,
    `${p}自贸试验区`,
    `${p}自由贸易试验区`,
    `中国（${p}）自由贸易试验区`,
  ]);
}

/** Short forms for a row's kind (rank 1), and forms that only block (rank 0). */
function kindForms(row: MergedRow): { generated: string[]; blocking: string[] } {
  const r = row.first;
  const generated: string[] = [];
  const blocking: string[] = [];
  const kinds = row.kinds;
  if (kinds.includes('development')) {
    for (const x of unique([
      placeBefore(r.shortName, ['经开区', '经济技术开发区']),
      placeBefore(r.name, ['经济技术开发区']),
    ]))
      generated.push(`${x}经开区`, `${x}经济技术开发区`, `${x}经济开发区`, `${x}开发区`);
  }
  if (kinds.includes('high_tech')) {
    // The press does not call a high-tech zone X开发区, but a reader could take it so: such a form is no
    // development zone's alias.
    for (const x of unique([
      placeBefore(r.shortName, ['高新区']),
      placeBefore(r.name, ['高新技术产业开发区']),
    ]))
      blocking.push(`${x}开发区`);
  }
  if (kinds.includes('new_area')) {
    for (const x of unique([placeBefore(r.shortName, ['新区']), placeBefore(r.name, ['新区'])]))
      generated.push(`${x}新区`);
  }
  if (kinds.includes('ftz')) {
    const places = unique([
      placeBefore(r.shortName, ['自贸区']),
      /^中国[（(](.+)[）)]自由贸易试验区$/.exec(r.name)?.[1] ?? null,
    ]);
    for (const p of places)
      generated.push(
        `${p}自贸区`,
        `${p}自贸试验区`,
        `${p}自由贸易试验区`,
        `${p}自由贸易区`,
        `中国（${p}）自由贸易试验区`,
        `中国(${p})自由贸易试验区`,
      );
  }
  if (kinds.includes('ftz_area') && row.parent) {
    const parent = row.parent.first;
    const prefixes = ftzPrefixes(parent);
    const area = r.name.startsWith(parent.name) ? r.name.slice(parent.name.length) : null;
    const prefixed = prefixes.find((p) => r.shortName.startsWith(p));
    if (prefixed) {
      // The bare area name is generic (科技创新片区): only forms with the free-trade zone before it.
      const bare = r.shortName.slice(prefixed.length);
      for (const p of prefixes) generated.push(`${p}${bare}`, ...(area ? [`${p}${area}`] : []));
    } else {
      const core = placeBefore(r.shortName, ['片区']);
      const isNew = r.shortName.endsWith('新片区');
      if (core && !isNew) generated.push(`${core}片区`, `${core}自贸片区`);
      const city = placeShort(r.city);
      if (core && !isNew && city && !core.startsWith(city))
        generated.push(`${city}${core}片区`, `${city}${core}自贸片区`);
      for (const p of prefixes) generated.push(`${p}${r.shortName}`, ...(area ? [`${p}${area}`] : []));
      if (area) generated.push(area);
    }
  }
  if (kinds.includes('bonded')) {
    const zb = unique([
      placeBefore(r.shortName, ['综保区', '综合保税区']),
      placeBefore(r.name, ['综合保税区']),
    ]);
    for (const x of zb) generated.push(`${x}综保区`, `${x}综合保税区`);
    if (zb.length === 0) {
      const port = unique([placeBefore(r.shortName, ['保税港区']), placeBefore(r.name, ['保税港区'])]);
      for (const x of port) generated.push(`${x}保税港区`);
      if (port.length === 0)
        for (const x of unique([placeBefore(r.shortName, ['保税区']), placeBefore(r.name, ['保税区'])]))
          generated.push(`${x}保税区`);
    }
  }
  return { generated, blocking };
}

/** Rows of several lists that are one park (same short and official name) become one row with both kinds. */
function mergeRows(rows: readonly SourceRow[], events: BuildEvent[]): MergedRow[] {
  const byShort = new Map<string, MergedRow>();
  const out: MergedRow[] = [];
  for (const row of rows) {
    const prev = byShort.get(row.shortName);
    if (prev) {
      if (prev.first.name !== row.name)
        throw new RegistryBuildError(
          `${row.at}: short name ${row.shortName} is also ${prev.first.at} (${prev.first.name}), a different official name`,
        );
      if (prev.kinds.includes(row.kind))
        throw new RegistryBuildError(
          `${row.at}: ${row.shortName} is listed twice as ${row.kind} (${prev.first.at})`,
        );
      prev.kinds.push(row.kind);
      prev.rows.push(row);
      for (const a of row.aliases) if (!prev.aliases.includes(a)) prev.aliases.push(a);
      events.push({
        event: 'merged-rows',
        ids: [],
        detail: `${row.shortName}: ${prev.first.at} and ${row.at}`,
      });
      continue;
    }
    const merged: MergedRow = {
      first: row,
      rows: [row],
      kinds: [row.kind],
      aliases: [...row.aliases],
      id: '',
      parent: null,
    };
    byShort.set(row.shortName, merged);
    out.push(merged);
  }
  return out;
}

function assignIds(rows: MergedRow[], events: BuildEvent[]): void {
  const taken = new Set<string>();
  for (const row of rows) {
    const base = idBase(row.first);
    const candidates = [
      base,
      `${base}-${slugifyParkName(row.first.province ?? '')}`,
      `${base}-${row.first.kind.replace('_', '')}`,
    ];
    let id = candidates.find((c) => !taken.has(c));
    for (let n = 2; !id; n++) if (!taken.has(`${base}-${n}`)) id = `${base}-${n}`;
    if (id !== base)
      events.push({ event: 'id-disambiguated', ids: [id], detail: `${base} was taken (${row.first.at})` });
    taken.add(id);
    row.id = id;
  }
}

function assignParents(rows: MergedRow[]): void {
  const ftzs = rows.filter((r) => r.kinds.includes('ftz'));
  for (const row of rows) {
    if (!row.kinds.includes('ftz_area')) continue;
    const parent = ftzs
      .filter((f) => row.first.name.startsWith(f.first.name))
      .sort((a, b) => b.first.name.length - a.first.name.length)[0];
    if (!parent)
      throw new RegistryBuildError(
        `${row.first.at}: no free-trade zone's official name begins the area's official name ${row.first.name}`,
      );
    row.parent = parent;
  }
}

interface Claim {
  rank: number;
  literal: string;
}

/**
 * Registry entries from the rows of every list, in list order: the same park in two lists is one row, every
 * row has a unique id, and every name form names one row. Throws `RegistryBuildError` on a malformed input
 * or a name shared by two rows; reports every form it had to leave out in `events` and `ambiguous`.
 */
export function buildRegistry(rows: readonly SourceRow[]): RegistryBuild {
  const events: BuildEvent[] = [];
  const merged = mergeRows(rows, events);
  assignIds(merged, events);
  assignParents(merged);

  const claims = new Map<string, Map<MergedRow, Claim>>();
  const claim = (row: MergedRow, literal: string, rank: number): void => {
    const form = normalizeParkName(literal);
    if (!form) return;
    let byRow = claims.get(form);
    if (!byRow) claims.set(form, (byRow = new Map<MergedRow, Claim>()));
    const prev = byRow.get(row);
    if (!prev || prev.rank < rank) byRow.set(row, { rank, literal });
  };
  const generatedOf = new Map<MergedRow, string[]>();
  for (const row of merged) {
    claim(row, row.first.shortName, 3);
    claim(row, row.first.name, 3);
    for (const a of row.aliases) claim(row, a, 2);
    const { generated, blocking } = kindForms(row);
    generatedOf.set(row, generated);
    for (const g of generated) claim(row, g, 1);
    for (const b of blocking) claim(row, b, 0);
  }

  const owner = new Map<string, MergedRow>();
  const ambiguous: Record<string, string[]> = {};
  const errors: string[] = [];
  for (const [form, byRow] of claims) {
    const ranked = [...byRow].sort((a, b) => b[1].rank - a[1].rank);
    const top = ranked[0]![1].rank;
    const tops = ranked.filter(([, c]) => c.rank === top);
    const ids = ranked.map(([r]) => r.id);
    if (top === 3 && tops.length > 1) {
      errors.push(`${form} is a name of ${tops.map(([r]) => `${r.id} (${r.first.at})`).join(' and ')}`);
      continue;
    }
    if (top === 0) continue;
    if (tops.length === 1 && (top >= 2 || ranked.length === 1)) {
      owner.set(form, tops[0]![0]);
      const others = ranked.slice(1).map(([, c]) => c.rank);
      if (others.length > 0)
        events.push({
          event:
            top === 3 && others.includes(2)
              ? 'alias-dropped-for-name'
              : others.includes(1)
                ? 'generated-dropped-for-alias'
                : 'kept-over-blocking',
          form,
          ids,
          detail: `kept for ${tops[0]![0].id}`,
        });
      continue;
    }
    ambiguous[form] = [...ids].sort();
    events.push({ event: 'ambiguous-form', form, ids: [...ids].sort() });
  }
  if (errors.length > 0)
    throw new RegistryBuildError(
      `${errors.length} name(s) shared by different rows:\n  ${errors.join('\n  ')}`,
    );

  const entries = merged.map((row): RegistryEntry => {
    const r = row.first;
    const covered = new Set([normalizeParkName(r.shortName), normalizeParkName(r.name)]);
    const aliases: string[] = [];
    for (const a of row.aliases) {
      if (owner.get(normalizeParkName(a)) !== row || a === r.shortName || a === r.name || aliases.includes(a))
        continue;
      aliases.push(a);
      covered.add(normalizeParkName(a));
    }
    for (const g of generatedOf.get(row) ?? []) {
      const form = normalizeParkName(g);
      if (owner.get(form) !== row || covered.has(form)) continue;
      aliases.push(g);
      covered.add(form);
    }
    return {
      id: row.id,
      kind: row.kinds[0]!,
      kinds: [...row.kinds],
      name: r.name,
      shortName: r.shortName,
      aliases,
      // A merged park takes what its first list leaves blank from the next one.
      province: row.rows.find((x) => x.province)?.province ?? null,
      city: row.rows.find((x) => x.city)?.city ?? null,
      approvedYear: row.rows.find((x) => x.approvedYear !== null)?.approvedYear ?? null,
      parentId: row.parent?.id ?? null,
    };
  });
  return { entries, ambiguous, events };
}
