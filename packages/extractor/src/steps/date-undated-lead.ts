/**
 * 日前记者从新区了解到，新区实现地区生产总值…，增长8%。…2017年，新区工业应税销售增长…: a year-end report
 * printed early in the next year may give its first figures with no period and name the year only later.
 * Those leading figures are that year's: the report is about one year, and the first period it writes for
 * its figures is the last full year.
 */
import type { Indicator } from '@parkbrief/domain';

/** How many months into the new year a report on the year just ended is still printed. */
const REPORT_MONTHS = 4;

/** The indicators with the undated ones before the first dated one given its year, when that is last year. */
export function dateUndatedLead(indicators: readonly Indicator[], issueDate: string): Indicator[] {
  const issueY = Number(issueDate.slice(0, 4));
  const issueM = Number(issueDate.slice(5, 7));
  if (!(issueM >= 1 && issueM <= REPORT_MONTHS)) return [...indicators];
  const first = indicators.findIndex((i) => i.period !== null);
  if (first <= 0) return [...indicators];
  const p = indicators[first]!.period!;
  const year = `${issueY - 1}`;
  // (the first period written is the whole of last year, written in its own clause)
  if (p.start !== `${year}-01` || p.end !== `${year}-12` || indicators[first]!.basis?.period !== 'written')
    return [...indicators];
  return indicators.map((ind, k) =>
    k < first && ind.period === null && ind.basis?.period === 'none'
      ? { ...ind, period: { label: p.label, start: p.start, end: p.end } }
      : ind,
  );
}
