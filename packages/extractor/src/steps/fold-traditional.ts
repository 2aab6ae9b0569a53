/**
 * Traditional characters folded to simplified ones, for matching and parsing only (長春新區 → 长春新区,
 * 億元 → 亿元, 增長 → 增长). The fold keeps the text's length in UTF-16 code units, character for character,
 * so every offset into the folded text is the same offset into the printed text: evidence and display keep
 * what was printed.
 *
 * The tables are OpenCC's (through opencc-js): its traditional → simplified character table, and its table of
 * Hong Kong variant forms (衞, 敍, 粧) back to OpenCC's traditional ones. Only the character table is used, not
 * OpenCC's phrase segmentation, because a phrase may change length and the fold must not.
 */
// The tables' module declaration travels with this file, so packages that typecheck the extractor's sources
// (the worker, the CLI, pdf-layout, through the `source` condition) see it too.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an ambient declaration file cannot be imported
/// <reference path="../opencc-dict.d.ts" />
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';

/** The fold as lookups: one code unit per BMP code unit (0 = unchanged), and astral code points apart. */
interface FoldTable {
  /** Indexed by code unit: the simplified code unit, 0 when unchanged, ASTRAL for a high surrogate to look up. */
  readonly bmp: Uint16Array;
  /** Astral code point → astral code point (both two code units, so the length holds). */
  readonly astral: ReadonlyMap<number, number>;
}

// A high surrogate that starts a folded astral character; no BMP character folds to U+FFFF.
const ASTRAL = 0xffff;

let cached: FoldTable | undefined;

/** OpenCC's table format: entries `from to [to2 …]` separated by `|`; the first candidate is OpenCC's choice. */
function entries(table: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const entry of table.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to) out.push([from, to]);
  }
  return out;
}

function buildTable(): FoldTable {
  const ts = new Map(entries(TSCharacters));
  // A character that OpenCC gives as the simplified form of another is simplified text already; folding it
  // again would change simplified text (a chain A → B → C).
  const simplified = new Set(ts.values());
  const fold = new Map<string, string>();
  for (const [from, to] of ts) fold.set(from, to);
  for (const [variant, standard] of entries(HKVariantsRev)) {
    if (!fold.has(variant)) fold.set(variant, ts.get(standard) ?? standard);
  }
  const bmp = new Uint16Array(0x10000);
  const astral = new Map<number, number>();
  for (const [from, to] of fold) {
    // Same length or no fold: an offset into the folded text must be the same offset into the printed one.
    if (from === to || from.length !== to.length || simplified.has(from)) continue;
    if ([...from].length !== 1 || [...to].length !== 1) continue;
    if (from.length === 1) {
      bmp[from.charCodeAt(0)] = to.charCodeAt(0);
    } else {
      astral.set(from.codePointAt(0)!, to.codePointAt(0)!);
      bmp[from.charCodeAt(0)] = ASTRAL;
    }
  }
  return { bmp, astral };
}

function foldTable(): FoldTable {
  cached ??= buildTable();
  return cached;
}

/**
 * The text with each traditional Chinese character replaced by its simplified form (OpenCC's character
 * table), for matching and parsing. The result has exactly the length of the input in UTF-16 code units and
 * differs only in characters that fold one for one, so offsets into it are offsets into the input. A text
 * without a traditional character is returned as it is (the same string). Characters that OpenCC gives as a
 * simplified form are never changed, so simplified text stays as it is.
 */
export function foldTraditional(text: string): string {
  const { bmp, astral } = foldTable();
  const n = text.length;
  let i = 0;
  while (i < n && bmp[text.charCodeAt(i)] === 0) i++;
  if (i === n) return text;

  let out = '';
  let copied = 0;
  for (; i < n; i++) {
    const unit = bmp[text.charCodeAt(i)]!;
    if (unit === 0) continue;
    if (unit !== ASTRAL) {
      out += text.slice(copied, i) + String.fromCharCode(unit);
      copied = i + 1;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (cp <= 0xffff) continue; // a lone high surrogate
    const to = astral.get(cp);
    if (to !== undefined) {
      out += text.slice(copied, i) + String.fromCodePoint(to);
      copied = i + 2;
    }
    i++; // the low surrogate
  }
  return out + text.slice(copied);
}
