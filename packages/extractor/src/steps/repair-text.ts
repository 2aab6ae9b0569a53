/**
 * Text repair: the raw PDF text layer into readable lines and paragraphs. Lines broken by the layout are
 * joined, justified spacing collapsed, and the doubled glyphs of bold titles undone.
 */
import {
  displayWidth,
  endsSentence,
  isDigit,
  isLatinLetter,
  isSpace,
  splitOnSpace,
  trimSpace,
} from './classify-chars.js';

/** One line of a page's text layer, with its repaired forms. */
export interface PageLine {
  /** Position among the page's lines. */
  readonly index: number;
  /** Offset of the line's first character in the page text. */
  readonly start: number;
  /** The line as printed, without surrounding whitespace (doubled glyphs undone). */
  readonly raw: string;
  /** Repaired body form: justified spacing collapsed, real spaces between Latin words kept. */
  readonly text: string;
  /** The layer printed every glyph run twice (a bold title); `raw` holds the undone form. */
  readonly doubled: boolean;
  /** The printed line began with whitespace (an indent or a new block). */
  readonly indented: boolean;
  /** Display width in ems (see `displayWidth`). */
  readonly width: number;
}

// Doubled titles are short; the cap keeps the quadratic search bounded on any input.
const MAX_DOUBLED_LINE = 160;
// Scratch counts per UTF-16 code unit, reset after each use (no allocation per line).
const COUNTS = new Uint16Array(0x10000);

/**
 * Undoes the doubled glyphs of bold titles: the text layer prints each run of a bold line twice
 * (`徐州高新区徐州高新区：：激活发展新动能激活发展新动能`, `11--77月`, `1818..33%%`). Returns the undone line, or
 * null when the line is not wholly made of doubled runs or when the result would be a word that is really
 * repeated in writing (`研究研究`, `谢谢谢谢`, `人人`).
 */
export function undoubleLine(line: string): string | null {
  const s = trimSpace(line);
  const n = s.length;
  if (n < 4 || n % 2 === 1 || n > MAX_DOUBLED_LINE) return null;
  // A doubled line repeats its first run right after it, and its last run right before it.
  const again = s.indexOf(s[0] ?? '', 1);
  if (again < 0 || again > n / 2) return null;
  // Every character of a doubled line occurs an even number of times: a cheap, linear rejection of body text.
  let odd = 0;
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const count = (COUNTS[c] ?? 0) + 1;
    COUNTS[c] = count;
    if (count === 1) distinct++;
    odd += count % 2 === 1 ? 1 : -1;
  }
  for (let i = 0; i < n; i++) COUNTS[s.charCodeAt(i)] = 0;
  if (odd !== 0 || distinct < 2) return null;
  // back[j] = start of the doubled run that ends at j, on the reading with the most runs: bold printing
  // doubles short runs (a word, a mark, a number), never a whole title that happens to repeat itself.
  const back = new Int32Array(n + 1).fill(-1);
  const count = new Int32Array(n + 1);
  back[0] = 0;
  for (let i = 0; i < n; i++) {
    if (back[i] === -1) continue;
    const runs = (count[i] ?? 0) + 1;
    for (let len = 1; i + 2 * len <= n; len++) {
      const j = i + 2 * len;
      if (back[j] !== -1 && (count[j] ?? 0) >= runs) continue;
      if (s.charCodeAt(i) !== s.charCodeAt(i + len)) continue;
      let same = true;
      for (let k = 1; k < len; k++) {
        if (s.charCodeAt(i + k) !== s.charCodeAt(i + len + k)) {
          same = false;
          break;
        }
      }
      if (same) {
        back[j] = i;
        count[j] = runs;
      }
    }
  }
  if (back[n] === -1) return null;
  const runs: string[] = [];
  for (let j = n; j > 0;) {
    const i = back[j] ?? 0;
    runs.push(s.slice(i, i + (j - i) / 2));
    j = i;
  }
  runs.reverse();
  const out = runs.join('');
  // One run of two characters is how real repetitions look (研究研究, 天天): keep those as printed.
  if (out.length < 2 || (runs.length === 1 && out.length < 4)) return null;
  return out;
}

// Longest run a bold line doubles at once (a whole title may be one run); the part of a line searched.
const MAX_LEAD_RUN = 40;
const LEAD_WINDOW = 160;
const MAX_LEAD_TITLE = 48;

function doubledRunAt(s: string, i: number, limit: number): number {
  for (let len = Math.min(MAX_LEAD_RUN, Math.floor((limit - i) / 2)); len >= 1; len--) {
    if (s.charCodeAt(i) !== s.charCodeAt(i + len)) continue;
    let same = true;
    for (let k = 1; k < len && same; k++) same = s.charCodeAt(i + k) === s.charCodeAt(i + len + k);
    if (same) return len;
  }
  return 0;
}

/**
 * A bold title doubled in place at the start of a line that runs on with body text
 * (`宁波高新区技术交易额增长三成宁波高新区技术交易额增长三成2024年，…`): the undone title and the rest of the line,
 * or null. The doubled runs are read greedily, longest first; the title must have a doubled run of at least
 * three characters (running text that opens with a repeated word, 谢谢你们, is no title) and four characters
 * in all.
 */
export function undoubleLead(line: string): { title: string; rest: string } | null {
  const s = trimSpace(line);
  const limit = Math.min(s.length, LEAD_WINDOW);
  const runs: string[] = [];
  let long = false;
  let i = 0;
  while (i < limit) {
    const len = doubledRunAt(s, i, limit);
    if (len === 0) break;
    runs.push(s.slice(i, i + len));
    if (len >= 3) long = true;
    i += 2 * len;
  }
  const title = runs.join('');
  // Titles are short and say something once: a long or sentence-ending run, or one run printed a third
  // time (a repeated text), is no doubled title.
  if (!long || title.length < 4 || title.length > MAX_LEAD_TITLE || title.includes('。')) return null;
  if (runs.some((r, k) => k > 0 && r === runs[k - 1])) return null;
  if (s.startsWith(runs[runs.length - 1] ?? '', i)) return null;
  // Doubling that runs on to the end of the searched part is a repeated text, not a title before a body.
  if (i >= limit && limit < s.length) return null;
  return { title, rest: trimSpace(s.slice(i)) };
}

// Marks that open a brief's title in a column (■宁波高新区…): not part of the title.
const TITLE_MARKS = new Set(['■', '□', '●', '○', '◆', '◇', '▲', '△', '★', '☆']);

function withoutTitleMark(text: string): string {
  const s = trimSpace(text);
  let a = 0;
  while (a < s.length && (TITLE_MARKS.has(s[a] ?? '') || (a > 0 && isSpace(s.charCodeAt(a))))) a++;
  return a === 0 ? s : s.slice(a);
}

function keepsSpace(prev: number, next: number): boolean {
  if (isLatinLetter(prev) || isLatinLetter(next)) return true;
  return isDigit(prev) && isDigit(next);
}

/** Is the line set with a space after (nearly) every character, as justification spaces a short line? */
function letterSpaced(s: string): boolean {
  let tokens = 0;
  let single = 0;
  for (const t of s.split(/\s+/)) {
    if (t.length === 0) continue;
    tokens++;
    if (t.length === 1) single++;
  }
  return tokens >= 5 && single >= 0.8 * tokens;
}

/**
 * Collapses the spacing a justified layout puts between CJK characters, digits and punctuation
 * (`增 长 25.6% ，占 全 部` → `增长25.6%，占全部`, `去年 4 月` → `去年4月`), keeping one space next to Latin words
 * (`3C 行业`, `瑞士 IBI 公司`) and between two numbers. Trims the ends.
 */
export function collapseSpacing(line: string): string {
  const s = trimSpace(line);
  // a line spaced out character by character (规 上 工 业 1 4 8 4 . 1 亿 元): every gap is the layout's, the
  // digits of one number included
  const spaced = letterSpaced(s);
  const parts: string[] = [];
  let from = 0;
  let i = 0;
  while (i < s.length) {
    if (!isSpace(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < s.length && isSpace(s.charCodeAt(j))) j++;
    parts.push(s.slice(from, i));
    const prev = s.charCodeAt(i - 1);
    const next = s.charCodeAt(j);
    if (spaced ? isLatinLetter(prev) && isLatinLetter(next) : keepsSpace(prev, next)) parts.push(' ');
    from = j;
    i = j;
  }
  if (from === 0) return s;
  parts.push(s.slice(from));
  return parts.join('');
}

/** Normalises whitespace runs to one ASCII space and trims: the form titles and kickers keep. */
export function normalizeTitleSpacing(line: string): string {
  return splitOnSpace(line).join(' ');
}

const HYPHENS = new Set(['-', '\u2010', '\u2011', '\u2043', '\u00ad', '\u2012']);

/** The line ends with a Latin word broken by a hyphen (`OCTO⁃`): it always continues on the next line. */
export function endsWithBrokenWord(text: string): boolean {
  return (
    text.length >= 2 &&
    HYPHENS.has(text[text.length - 1] ?? '') &&
    isLatinLetter(text.charCodeAt(text.length - 2))
  );
}

function isUpper(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0xff21 && code <= 0xff3a);
}

/** Both sides of a break are capitals (`AI` + `GC`): one acronym broken by the layout, joined without a space. */
function brokenAcronym(prev: string, next: string): boolean {
  let a = prev.length;
  while (a > 0 && isUpper(prev.charCodeAt(a - 1))) a--;
  let b = 0;
  while (b < next.length && isUpper(next.charCodeAt(b))) b++;
  const tailLetters = prev.length - a;
  return (
    tailLetters > 0 &&
    b > 0 &&
    !isLatinLetter(prev.charCodeAt(a - 1)) &&
    !isLatinLetter(next.charCodeAt(b)) &&
    tailLetters + b <= 8
  );
}

/**
 * Joins the lines of one paragraph as the layout broke them: Chinese with nothing, Latin words with a space,
 * a Latin word hyphenated at the line end (`OCTO⁃` + `PUS`) without its hyphen.
 */
export function joinLines(lines: readonly string[]): string {
  // Pieces are collected and joined once: reading the end of a growing string would flatten it each time.
  const parts: string[] = [];
  let prev = '';
  for (const line of lines) {
    if (line.length === 0) continue;
    if (parts.length > 0) {
      const last = prev.charCodeAt(prev.length - 1);
      const first = line.charCodeAt(0);
      if (
        prev.length >= 2 &&
        HYPHENS.has(prev[prev.length - 1] ?? '') &&
        isLatinLetter(prev.charCodeAt(prev.length - 2)) &&
        isLatinLetter(first)
      ) {
        parts[parts.length - 1] = prev.slice(0, -1);
      } else if (brokenAcronym(prev, line)) {
        // joined as printed, without a space
      } else if (
        (isLatinLetter(last) || isDigit(last)) &&
        (isLatinLetter(first) || isDigit(first)) &&
        (isLatinLetter(last) || isLatinLetter(first))
      ) {
        parts.push(' ');
      }
    }
    parts.push(line);
    prev = line;
  }
  return parts.join('');
}

/** Splits a page's text into lines and repairs each one (offsets point into `pageText`). */
export function readLines(pageText: string): PageLine[] {
  // Blank lines are not read as paragraph breaks: text layers put them after every line, or between the
  // columns an article runs across, in the middle of a sentence.
  const pieces: Array<{ start: number; text: string }> = [];
  let start = 0;
  for (let i = 0; i <= pageText.length; i++) {
    const c = i < pageText.length ? pageText.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    const text = pageText.slice(start, i);
    if (trimSpace(text).length > 0) pieces.push({ start, text });
    if (c === 13 && pageText.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  const out: PageLine[] = [];
  const push = (start: number, raw: string, doubled: boolean, indented: boolean): void => {
    out.push({
      index: out.length,
      start,
      raw,
      text: collapseSpacing(raw),
      doubled,
      indented,
      width: displayWidth(raw),
    });
  };
  for (const p of pieces) {
    const indented = isSpace(p.text.charCodeAt(0));
    const unmarked = withoutTitleMark(p.text);
    const undone = undoubleLine(unmarked) ?? undoubleSpaced(unmarked);
    if (undone !== null) {
      push(p.start, undone, true, indented);
      continue;
    }
    // A brief's bold title doubled at the head of its first body line: title and body are two lines.
    const lead = unmarked.length >= 8 ? undoubleLead(unmarked) : null;
    if (lead) {
      push(p.start, lead.title, true, indented);
      if (lead.rest.length > 0)
        push(p.start + Math.max(0, p.text.length - lead.rest.length), lead.rest, false, true);
      continue;
    }
    push(p.start, trimSpace(p.text), false, indented);
  }
  return out;
}

function undoubleSpaced(line: string): string | null {
  const s = trimSpace(line);
  if (s.length > MAX_DOUBLED_LINE * 2) return null;
  let spaced = false;
  for (let i = 0; i < s.length && !spaced; i++) spaced = isSpace(s.charCodeAt(i));
  return spaced ? undoubleLine(splitOnSpace(s).join('')) : null;
}

/**
 * The width of the column a line sits in. Each side (up to five lines before, five after) gives the second
 * widest of its lines, so short paragraph ends and one odd wide line do not pull the estimate; where the
 * two sides differ by a fifth or more the layout changes at this line, and the narrower side is its column.
 */
export function columnWidths(lines: readonly PageLine[]): number[] {
  const side = (i: number, step: number): number => {
    let first = 0;
    let second = 0;
    let seen = 0;
    for (let k = i + step; k >= 0 && k < lines.length && seen < 5; k += step) {
      const l = lines[k];
      if (!l || l.doubled) continue;
      seen++;
      if (l.width > first) {
        second = first;
        first = l.width;
      } else if (l.width > second) second = l.width;
    }
    return seen >= 2 ? second : first;
  };
  const widths = lines.map((line, i) => {
    const before = side(i, -1);
    const after = side(i, 1);
    if (before === 0 || after === 0) return Math.max(before, after, line.width);
    const [small, large] = before < after ? [before, after] : [after, before];
    return large >= 1.2 * small ? small : large;
  });
  // A ragged layer (lines cut anywhere between a third shorter and full: text re-flowed without its layout)
  // has shorter lines everywhere, not only at paragraph ends: there only a much shorter line ends one.
  let short = 0;
  let counted = 0;
  lines.forEach((line, i) => {
    if (line.doubled || endsSentence(line.text)) return;
    counted++;
    if (line.width < RAGGED_LINE * (widths[i] ?? 0)) short++;
  });
  return counted >= 10 && short > RAGGED_SHARE * counted ? widths.map((w) => w * RAGGED_SCALE) : widths;
}

// More than this share of lines under this share of their column makes a layer ragged (a set column fills
// its lines but for paragraph ends); its widths then count this much less.
const RAGGED_LINE = 0.9;
const RAGGED_SHARE = 0.35;
const RAGGED_SCALE = 0.8;

/** A line narrower than this share of its column ends its paragraph. */
export const SHORT_LINE_RATIO = 0.75;

/** Whether a line is markedly shorter than its column (a paragraph's last line, a subhead, a title). */
export function isShortLine(line: PageLine, columnWidth: number): boolean {
  return line.width < SHORT_LINE_RATIO * columnWidth;
}

/**
 * Repairs a whole page of raw text into paragraphs separated by `\n`: joins broken lines, collapses
 * justified spacing, undoes doubled bold glyphs. A paragraph ends at a sentence end at the line end, at a
 * line much shorter than its column (unless it ends with a hyphenated word) or before an indented line.
 */
export function repairText(raw: string): string {
  const lines = readLines(raw);
  const widths = columnWidths(lines);
  const paragraphs: string[] = [];
  let open: string[] = [];
  const flush = (): void => {
    if (open.length > 0) paragraphs.push(joinLines(open));
    open = [];
  };
  lines.forEach((line, i) => {
    if (line.indented || line.doubled) flush();
    open.push(line.doubled ? normalizeTitleSpacing(line.raw) : line.text);
    if (
      line.doubled ||
      endsSentence(line.text) ||
      (!endsWithBrokenWord(line.text) && isShortLine(line, widths[i] ?? 0))
    )
      flush();
  });
  flush();
  return paragraphs.join('\n');
}
