// Packages that compile this file through the `source` condition need the declaration of `linebreak` with it.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./linebreak-module.d.ts" />
import { createRequire } from 'node:module';
import type LineBreakerClass from 'linebreak';

// Loaded on first use (its Unicode tables cost tens of milliseconds): importing the package for the pool or
// the server does not need it.
let LineBreaker: typeof LineBreakerClass | undefined;
function lineBreaker(text: string): LineBreakerClass {
  LineBreaker ??= createRequire(import.meta.url)('linebreak') as typeof LineBreakerClass;
  return new LineBreaker(text);
}

/**
 * Chinese line breaking for react-pdf. react-pdf (textkit) only breaks at spaces and at the parts a
 * hyphenation callback returns, and draws a hyphen at every break between two parts of one word. We compute
 * break opportunities (UAX #14 from the `linebreak` package, tightened by the kinsoku rules) and return the
 * parts of a word with an empty string between them: textkit turns an empty part into a zero-width glue node
 * (a legal break after a box) and, because the part after the box is falsy, emits no hyphen penalty — so a
 * line may end there and no hyphen is drawn (see getNodes/breakLines in @react-pdf/textkit 7).
 */

/** Characters a line must not start with (closing punctuation, pauses, percent, small kana). */
export const NO_LINE_START = new Set(
  Array.from(
    '，。、；：！？）」』】〕〉》”’｝］〗〙〛｠…‥·・—～%％‰,.;:!?)]}ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々〻',
  ),
);

/** Characters a line must not end with (opening brackets and quotes). */
export const NO_LINE_END = new Set(Array.from('（「『【〔〈《“‘｛［〖〘〚｟([{'));

const OPENING_QUOTES = new Set(Array.from('“‘'));
const CLOSING_QUOTES = new Set(Array.from('”’'));

function isIdeograph(ch: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff01-\uff60]/u.test(ch);
}

function isWordChar(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch) && !isIdeograph(ch);
}

function isNumberPart(ch: string): boolean {
  return /[0-9０-９.,，．%％‰]/.test(ch);
}

/** Whether the kinsoku and "never split" rules allow a break between `before` and `after`. */
function allowed(before: string, after: string): boolean {
  if (NO_LINE_START.has(after) || NO_LINE_END.has(before)) return false;
  // Latin words and numbers stay whole (UAX #14 already keeps them; this also covers run boundaries).
  if (isWordChar(before) && isWordChar(after)) return false;
  if (/[0-9０-９]/.test(before) && isNumberPart(after)) return false;
  // —— and …… are one mark.
  if (before === after && (before === '—' || before === '…')) return false;
  return true;
}

/**
 * The break opportunities of a text: the offsets (UTF-16, strictly between 0 and text.length) before which a
 * line may start. UAX #14 plus Chinese rules: no line starts with ，。、；：！？）」』% …, none ends with （「『“;
 * numbers, percentages and Latin words are never split; Chinese quotes break like the ideographs around them.
 */
export function lineBreakOpportunities(text: string): number[] {
  const chars = Array.from(text);
  const offsets: number[] = [];
  let o = 0;
  for (const ch of chars) {
    offsets.push(o);
    o += ch.length;
  }
  const charAt = new Map<number, number>(offsets.map((off, i) => [off, i]));
  const candidates = new Set<number>();
  const breaker = lineBreaker(text);
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    if (bk.position > 0 && bk.position < text.length) candidates.add(bk.position);
  }
  // UAX #14 (Unicode 13) treats “ ” as ambiguous quotes that glue to both sides; in Chinese they sit between
  // ideographs, which break anywhere.
  for (let i = 1; i < chars.length; i++) {
    const a = chars[i - 1]!;
    const b = chars[i]!;
    const ideoBefore = isIdeograph(a) || CLOSING_QUOTES.has(a);
    const ideoAfter = isIdeograph(b) || OPENING_QUOTES.has(b);
    if (ideoBefore && ideoAfter) candidates.add(offsets[i]!);
  }
  const result: number[] = [];
  for (const pos of [...candidates].sort((x, y) => x - y)) {
    const i = charAt.get(pos);
    if (i === undefined) continue; // inside a surrogate pair
    const before = chars[i - 1];
    const after = chars[i];
    if (before === undefined || after === undefined) continue;
    if (/\s/.test(before) || /\s/.test(after)) {
      result.push(pos);
      continue;
    }
    if (allowed(before, after)) result.push(pos);
  }
  return result;
}

/** Splits a text at its break opportunities. */
export function splitAtBreaks(text: string): string[] {
  const parts: string[] = [];
  let last = 0;
  for (const pos of lineBreakOpportunities(text)) {
    parts.push(text.slice(last, pos));
    last = pos;
  }
  parts.push(text.slice(last));
  return parts.filter((p) => p !== '');
}

/** A segment longer than this (a URL, a long code) may be cut anywhere rather than overflow its box. */
const LONGEST_UNBREAKABLE = 24;

/**
 * The hyphenation callback for `Font.registerHyphenationCallback`: the parts of a word with `''` between
 * them, so textkit may break there without drawing a hyphen. A leading `''` allows a break before the word
 * when the previous word (textkit splits text into runs by script, so 营收 and GDP arrive separately)
 * allows it; the callback remembers the last character it saw for that, within one block of text only.
 * textkit passes, as the second argument, its built-in hyphenator, which it creates anew for each attributed
 * string (each paragraph of each Text, at each layout): a different one means a new block, whose first word
 * follows nothing. Without that reset, a block's first word got a break before it from whatever block was laid
 * out last (an empty first line), and the same Text could break differently depending on what came before it.
 */
export function createHyphenationCallback(): (
  word: string,
  blockHyphenator?: (word: string) => string[],
) => string[] {
  let previousLast = '';
  let block: unknown;
  return (word, blockHyphenator) => {
    if (blockHyphenator !== undefined && blockHyphenator !== block) {
      block = blockHyphenator;
      previousLast = '';
    }
    if (word === '') return [word];
    const segments = splitAtBreaks(word).flatMap((seg) =>
      Array.from(seg).length > LONGEST_UNBREAKABLE ? chunk(seg, LONGEST_UNBREAKABLE) : [seg],
    );
    // A word's last character never goes alone to the next line (…有限公 / 司): it stays with the one before.
    const last = segments.at(-1);
    if (segments.length >= 2 && last !== undefined && Array.from(last).length === 1 && isIdeograph(last))
      segments.splice(-2, 2, `${segments.at(-2)!}${last}`);
    const out: string[] = [];
    const first = Array.from(word)[0] ?? '';
    if (previousLast !== '' && !/\s/.test(previousLast) && allowed(previousLast, first)) out.push('');
    segments.forEach((seg, i) => {
      if (i > 0) out.push('');
      out.push(seg);
    });
    previousLast = Array.from(word).at(-1) ?? '';
    return out;
  };
}

function chunk(text: string, size: number): string[] {
  const chars = Array.from(text);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += size) out.push(chars.slice(i, i + size).join(''));
  return out;
}
