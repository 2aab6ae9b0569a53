/**
 * A figure's row while its sentence is read (`Draft`): its subject, label, value, change, share and
 * comparison filled in clause by clause, mapped to an `Indicator` once the article is read.
 */
import {
  classifyMetric,
  type Change,
  type Comparison,
  type Period,
  type Quantity,
  type Share,
} from '@parkbrief/domain';
import { type Mention, type SubjectGuess } from './attribute-subject.js';
import { type QuoteSpan } from './split-sentences.js';

/** The article as the indicator steps read it, fixed for the whole article. */
export interface ArticleText {
  /** The compacted text as printed (value and change texts are cut from it). */
  readonly text: string;
  /** `text` normalised for parsing (same offsets). */
  readonly s: string;
  /** The date the issue came out (YYYY-MM-DD). */
  readonly issueDate: string;
  /** The mentions of companies, parks and regions, in order. */
  readonly mentions: readonly Mention[];
  /** The quotes, in order. */
  readonly quotes: readonly QuoteSpan[];
  /** The quotes of speech (“…”某某说), in order. */
  readonly speechQuotes: readonly QuoteSpan[];
  /** Each park's kind nouns (片区, 综保区): the words that refer to it once it is named. */
  readonly kindOf: ReadonlyMap<string, readonly string[]>;
  /** The speaker found for each speech quote (by its start), found once. */
  readonly speakers: Map<number, SubjectGuess | null>;
}

/** A figure's row being read; the readers of a clause fill it in. */
export interface Draft {
  subject: SubjectGuess;
  label: string;
  value: Quantity | null;
  change: Change | null;
  share: Share | null;
  comparison: Comparison | null;
  period: Period | null;
  evStart: number;
  evEnd: number;
  /** Another period's figure given for comparison (去年同期为75亿元): later changes are not its. */
  earlier?: boolean;
  /** The share is a threshold passed (占比首次突破30%), the figure reached may follow (，达到31.6%). */
  shareOver?: boolean;
  /** The subject was named in the figure's own clause (not carried from an earlier one). */
  subjectWritten: boolean;
  /** The period was named in the figure's own sentence. */
  periodWritten: boolean;
}

/** Do two drafts have the same subject (kind, park and name)? */
export function sameSubject(a: Draft, b: Draft): boolean {
  return (
    a.subject.kind === b.subject.kind &&
    a.subject.parkId === b.subject.parkId &&
    a.subject.name === b.subject.name
  );
}

/** The last `n` drafts of a sentence when they are a list still waiting for their changes; else null. */
export function listBefore(drafts: readonly Draft[], n: number): Draft[] | null {
  if (drafts.length < n) return null;
  const list = drafts.slice(-n);
  return list.every((d) => d.change === null && d.value !== null) ? list : null;
}

/** The last draft of a sentence that is not an earlier period's figure. */
export function lastCurrent(drafts: readonly Draft[]): Draft | null {
  for (let k = drafts.length - 1; k >= 0; k--) if (!drafts[k]!.earlier) return drafts[k]!;
  return null;
}

/**
 * The label's taxonomy code by the domain's `classifyMetric`; taxes and fees paid (实缴税费, 缴纳税费, 税费收入,
 * 实缴税金) are tax revenue too, which the domain's synonyms do not cover for 税费.
 */
export function metricOf(label: string): ReturnType<typeof classifyMetric> {
  const m = classifyMetric(label);
  return m === 'other' && /税费|税金/.test(label) ? 'tax_revenue' : m;
}
