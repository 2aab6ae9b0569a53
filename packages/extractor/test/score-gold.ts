/**
 * Scores of whole pages and real texts against their hand readings, on testkit's comparison of
 * ../shared/tools/score-extraction.py, with traditional characters folded on both sides as that scorer does.
 */
import type { Indicator, IssueExtraction } from '@parkbrief/domain';
import { matchesGold, normLabel as normGold, parkNames, sameZone, type GoldRow } from '@parkbrief/testkit';
import { foldTraditional } from '../src/index.js';

export type { GoldRow };

/** A label compared without quotes, spaces or the difference of traditional and simplified characters. */
export const normLabel = (s: string | null | undefined): string => normGold(s, foldTraditional);
const matches = (p: Indicator, g: GoldRow, checkLabel = true): boolean =>
  matchesGold(p, g, checkLabel, foldTraditional);
const sameSubject = (p: Indicator, g: GoldRow, names: ReadonlyMap<string, ReadonlySet<string>>): boolean =>
  sameZone(p, g, names, foldTraditional);

/** A gold row in one line, for a failing test's message. */
export function describeRow(g: GoldRow): string {
  const value = g.amount === null ? '' : ` ${g.approx ? `${g.approx} ` : ''}${g.amount}${g.unit ?? ''}`;
  const change = g.change ? ` change ${g.change.kind} ${g.change.value}` : '';
  const share = g.share === null ? '' : ` share ${g.share}%`;
  const period = g.period ? ` ${g.period.start}..${g.period.end}` : '';
  return `${g.zone} ${g.label}${value}${change}${share}${period} — ${g.evidence ?? ''}`;
}

/** A prediction in one line, for a failing test's message. */
export function describePrediction(p: Indicator): string {
  const value = p.value ? ` ${p.value.text}` : '';
  const change = p.change ? ` ${p.change.text}` : '';
  const period = p.period ? ` ${p.period.label} ${p.period.start}..${p.period.end}` : '';
  return `${p.label}${value}${change}${period} — ${p.evidence.text}`;
}

/** Park-figure recall and precision parts, and the figures put on a park that are another subject's. */
export function score(x: IssueExtraction, rows: readonly GoldRow[]) {
  const names = parkNames(x);
  const preds = x.indicators.filter((p) => p.subject.kind === 'park');
  const zone = rows.filter((g) => g.subject === 'zone');
  const other = rows.filter((g) => g.subject !== 'zone');
  const want = zone.filter((g) => g.core !== false && !g.uncertain);
  const missed = want.filter((g) => !preds.some((p) => sameSubject(p, g, names) && matches(p, g)));
  const misattributed: { prediction: Indicator; row: GoldRow }[] = [];
  let tp = 0;
  for (const p of preds) {
    if (zone.some((g) => sameSubject(p, g, names) && matches(p, g))) {
      tp++;
      continue;
    }
    const row = other.find((g) => matches(p, g, false));
    if (row) misattributed.push({ prediction: p, row });
  }
  return {
    want: want.length,
    found: want.length - missed.length,
    tp,
    predicted: preds.length,
    missed,
    misattributed,
  };
}
