/**
 * The rows read from an article as `Indicator`s: ids, the metric's code, labels and names as printed,
 * what was written and what carried, and the evidence as it stands in the article's text.
 */
import { type Indicator } from '@parkbrief/domain';
import { metricOf, type Draft } from './indicator-draft.js';

/** A stock at one moment (存款余额): under a span of months it is the figure at the span's end. */
const STOCK_LABEL = /(余额|保有量|存量)$/;

/** Where `emitIndicators` reads the rows' words and evidence. */
export interface EmitInput {
  readonly articleId: string;
  /** The article's text as given (evidence is cut from it). */
  readonly original: string;
  /** The compacted text as printed. */
  readonly text: string;
  /** `text` normalised for parsing (the rows' offsets and words are in it). */
  readonly s: string;
  /** Offset in `text` → offset in `original`. */
  readonly pos: ArrayLike<number>;
}

/** Each row as an indicator, numbered in order (`<articleId>-i1`, …). */
export function emitIndicators(input: EmitInput, drafts: readonly Draft[]): Indicator[] {
  const { s, text, pos } = input;
  // labels and names were read in the folded text; show them as printed where they stand in the evidence
  // (規上工業産值 stays so), else as read
  const printed = (words: string | null, from: number, to: number): string | null => {
    if (words === null) return null;
    const at = s.indexOf(words, Math.max(0, from));
    return at >= 0 && at + words.length <= to ? text.slice(at, at + words.length) : words;
  };
  return drafts.map((d, n) => {
    const start = pos[d.evStart]!;
    // 年末存款余额: a balance is the stock at the period's end
    if (d.period && d.period.start !== d.period.end && STOCK_LABEL.test(d.label))
      d.period = { ...d.period, start: d.period.end };
    const end = d.evEnd > d.evStart ? pos[d.evEnd - 1]! + 1 : start;
    return {
      id: `${input.articleId}-i${n + 1}`,
      articleId: input.articleId,
      subject: {
        kind: d.subject.kind,
        parkId: d.subject.parkId,
        name: printed(d.subject.name, d.evStart - 200, d.evEnd),
      },
      metric: metricOf(d.label),
      label: printed(d.label, d.evStart, d.evEnd)!,
      basis: {
        subject: d.subjectWritten ? 'written' : 'carried',
        period: d.period === null ? 'none' : d.periodWritten ? 'written' : 'carried',
      },
      value: d.value,
      change: d.change,
      share: d.share,
      comparison: d.comparison,
      period: d.period,
      evidence: { text: input.original.slice(start, end), start, end },
    };
  });
}
