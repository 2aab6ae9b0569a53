/**
 * Sentences and clauses with their offsets: sentences end at 。！？ (and at a line break, which starts a new
 * paragraph); clauses end at ，；： inside a sentence. Speech quotes (“…”说) are found apart, as they cross
 * sentences.
 */

/** A clause: a run of text between clause punctuation. */
export interface Clause {
  readonly start: number;
  readonly end: number;
  /** The punctuation that ended the clause ("" at the end of the sentence). */
  readonly sep: string;
}

/** A sentence and its clauses. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Index of the paragraph (line) it belongs to. */
  readonly paragraph: number;
  readonly clauses: readonly Clause[];
}

const SENTENCE_END = '。！？!?';
const CLAUSE_END = '，,；;：:';
// per-character tests of the splitting loop
const SENTENCE_END_SET = new Set(SENTENCE_END);
const CLAUSE_END_SET = new Set(CLAUSE_END);
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\u3000';

function trimmed(s: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  while (a < b && (isSpace(s[a]) || s[a] === '\n')) a++;
  while (b > a && (isSpace(s[b - 1]) || s[b - 1] === '\n')) b--;
  return [a, b];
}

/** A CJK unified ideograph (not punctuation, digits or Latin). */
const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/** Does the text before the line break at `i` end a sentence (。！？, a closing quote after one, or nothing)? */
function endsSentence(s: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && isSpace(s[k])) k--;
  if (k < 0) return true;
  const c = s[k]!;
  if (c === '\n' || SENTENCE_END.includes(c) || c === '…' || c === '：' || c === ':') return true;
  if ((c === '”' || c === '’' || c === '）') && k > 0 && SENTENCE_END.includes(s[k - 1]!)) return true;
  return false;
}

/** A text with the line breaks inside its sentences removed, and where each character came from. */
export interface CompactText {
  /** The text without in-sentence line breaks (and the spaces around them). */
  readonly text: string;
  /** `pos[i]` is the offset in the original text of `text[i]`; `pos[text.length]` is the original length. */
  readonly pos: Int32Array;
}

/**
 * Removes the line breaks a narrow column leaves inside sentences (`规模以上工业增加\n值`, `658.4亿\n元`),
 * and a single space between two Chinese characters (a wrapped line's end in a copied web page), so that
 * words and figures read whole; a break after a sentence end stays (a paragraph). Offsets map back
 * through `pos`. Linear time; the text comes back as is (and `pos` the identity) when nothing is removed.
 */
/**
 * The line ending at `end` is a heading of its own (项目建设提速增效 between two paragraphs): short, without
 * punctuation or digits, after a line that ended a sentence (or at the text's start). A column's wrapped
 * line is never so: only a paragraph's last line is short, and it ends its sentence.
 */
function isHeadingLine(s: string, end: number): boolean {
  const start = s.lastIndexOf('\n', end - 1) + 1;
  const line = s.slice(start, end).trim();
  if (line.length < 2 || line.length > 10 || /[，。；：！？,.;:!?、0-9“”()（）]/.test(line)) return false;
  if (start === 0) return true;
  let k = start - 1;
  while (k > 0 && isSpace(s[k - 1])) k--;
  if (!/[。！？；]/.test(s[k - 1] ?? '')) return false;
  // (and clearly shorter than the line after it: a narrow column's wrapped lines are all about as long)
  const nextEnd = s.indexOf('\n', end + 1);
  const next = s
    .slice(end + 1, nextEnd < 0 ? Math.min(s.length, end + 200) : Math.min(nextEnd, end + 200))
    .trim();
  return next.length >= line.length + 4;
}

export function compactLines(s: string): CompactText {
  let drop: Uint8Array | null = null;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
    // the whitespace run around this break; a blank line (two breaks) is a paragraph, kept
    let a = i;
    while (a > 0 && isSpace(s[a - 1])) a--;
    let b = i + 1;
    while (b < s.length && isSpace(s[b])) b++;
    if (s[b] === '\n' || s[a - 1] === '\n' || endsSentence(s, i) || isHeadingLine(s, a)) {
      i = b - 1;
      continue;
    }
    drop ??= new Uint8Array(s.length);
    for (let k = a; k < b; k++) drop[k] = 1;
    i = b - 1;
  }
  // a web page copied from a print layout keeps each wrapped line's end as one space, inside words
  // (科技创 新, 8.2个百 分点, 提 高5个百分点): Chinese sets no space between its characters, so one there is that
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) {
    if (isHan(s.charCodeAt(i - 1)) && isHan(s.charCodeAt(i + 1))) (drop ??= new Uint8Array(s.length))[i] = 1;
  }
  if (drop === null) {
    const pos = new Int32Array(s.length + 1);
    for (let i = 0; i <= s.length; i++) pos[i] = i;
    return { text: s, pos };
  }
  const parts: string[] = [];
  const pos = new Int32Array(s.length + 1);
  let n = 0;
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    if (drop[i]) {
      if (i > runStart) parts.push(s.slice(runStart, i));
      runStart = i + 1;
    } else pos[n++] = i;
  }
  if (s.length > runStart) parts.push(s.slice(runStart));
  pos[n] = s.length;
  return { text: parts.join(''), pos: pos.subarray(0, n + 1) };
}

/** Splits a text into sentences and clauses, keeping offsets; empty pieces are dropped. Linear time. */
export function splitSentences(s: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let sentStart = 0;
  let clauses: Clause[] = [];
  let clauseStart = 0;
  const pushClause = (end: number, sep: string): void => {
    const [a, b] = trimmed(s, clauseStart, end);
    if (b > a) clauses.push({ start: a, end: b, sep });
  };
  const pushSentence = (end: number): void => {
    const [a, b] = trimmed(s, sentStart, end);
    if (b > a && clauses.length > 0) out.push({ start: a, end: b, paragraph, clauses });
    clauses = [];
  };
  // (外贸总值612亿元（出口318亿元，增长24.6%；进口294亿元），增长1.8倍: a breakdown in brackets is part
  // of the clause it stands in, and so are the words right after it — the growth there is still the figure's
  // before the bracket; an unclosed bracket stops holding after a short stretch)
  let bracket = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = s[i];
    if (c === '(' || c === '（') bracket = i;
    else if (c === ')' || c === '）' || c === '\n' || (bracket >= 0 && i - bracket > 60)) bracket = -1;
    // a line break inside a sentence is layout the repair left behind, not a paragraph end
    // (a heading line kept by compactLines ends there too: 项目建设提速增效 names no figure's metric)
    if (c === '\n' && !endsSentence(s, i) && !isHeadingLine(s, i)) continue;
    if (bracket >= 0 && (c === '，' || c === ',' || c === '；' || c === ';')) continue;
    if ((c === '，' || c === ',') && (s[i - 1] === ')' || s[i - 1] === '）') && bracketHeldClause(s, i))
      continue;
    if (c === undefined || c === '\n' || SENTENCE_END_SET.has(c)) {
      pushClause(i, '');
      pushSentence(i);
      if (c === '\n') paragraph++;
      sentStart = i + 1;
      clauseStart = i + 1;
    } else if (CLAUSE_END_SET.has(c)) {
      pushClause(i, c);
      clauseStart = i + 1;
    }
  }
  return out;
}

/** A quotation: “…” with its offsets (the marks included). */
export interface QuoteSpan {
  readonly start: number;
  readonly end: number;
  /** Holds clause or sentence punctuation: someone's words, not a name (“政采贷”, “2+2+3”). */
  readonly speech: boolean;
}

/** Every “…” quotation (not nested, at most 2,000 characters), in order. Linear time. */
export function findQuotes(s: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '“') open = i;
    else if (c === '”' && open >= 0) {
      if (i - open <= 2000) {
        let speech = false;
        for (let k = open + 1; k < i && !speech; k++) if ('，。！？；'.includes(s[k]!)) speech = true;
        out.push({ start: open, end: i + 1, speech });
      }
      open = -1;
    } else if (c === '\n') open = -1;
  }
  return out;
}

/** The bracket closing right before `i` held a clause break of its own (a breakdown, not an aside). */
function bracketHeldClause(s: string, i: number): boolean {
  // (looked for within the bracket's longest stretch only: the pass stays linear)
  const from = Math.max(0, i - 62);
  const near = s.slice(from, i);
  const open = Math.max(near.lastIndexOf('('), near.lastIndexOf('（'));
  return open >= 0 && /[，,；;]/.test(near.slice(open));
}
