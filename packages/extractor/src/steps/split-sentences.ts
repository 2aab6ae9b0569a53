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
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\u3000';

function trimmed(s: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  while (a < b && (isSpace(s[a]) || s[a] === '\n')) a++;
  while (b > a && (isSpace(s[b - 1]) || s[b - 1] === '\n')) b--;
  return [a, b];
}

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
  for (let i = 0; i <= s.length; i++) {
    const c = s[i];
    // a line break inside a sentence is layout the repair left behind, not a paragraph end
    if (c === '\n' && !endsSentence(s, i)) continue;
    if (c === undefined || c === '\n' || SENTENCE_END.includes(c)) {
      pushClause(i, '');
      pushSentence(i);
      if (c === '\n') paragraph++;
      sentStart = i + 1;
      clauseStart = i + 1;
    } else if (CLAUSE_END.includes(c)) {
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
