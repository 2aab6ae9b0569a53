/**
 * The comparison of ../shared/tools/score-extraction.py, in TypeScript, for the tests that score whole
 * pages and real texts against their hand readings: a park-level indicator matches a gold row when its park,
 * amount and unit, change, period and label agree; traditional characters are folded on both sides.
 */
import type { Indicator, IssueExtraction } from '@parkbrief/domain';
import { foldTraditional } from '../src/index.js';

/** One hand-read row (the gold format of ../shared/samples and ../shared/real). */
export interface GoldRow {
  subject: 'zone' | 'company' | 'industry' | 'region';
  zone: string;
  name: string | null;
  label: string;
  amount: number | null;
  unit: string | null;
  approx: string | null;
  change: { kind: 'percent' | 'points' | 'multiple'; value: number } | null;
  share: number | null;
  period: { start: string; end: string } | null;
  core?: boolean;
  evidence: string;
  uncertain?: boolean;
}

const GENERIC = new Set([
  '高新区',
  '经开区',
  '开发区',
  '示范区',
  '新区',
  '园区',
  '工业园区',
  '自贸区',
  '保税区',
]);
// A park's own report naming itself only so: any park the extractor names.
const SELF = new Set(['全区', '我区', '本区']);

/** A label compared without quotes, spaces or the difference of traditional and simplified characters. */
export function normLabel(s: string | null | undefined): string {
  return foldTraditional((s ?? '').replace(/[“”"'‘’「」\s]/g, ''));
}

function close(a: number | null | undefined, b: number | null | undefined): boolean {
  return a != null && b != null && Math.abs(a - b) < 1e-6;
}

function zoneNorm(n: string): string {
  return foldTraditional(n).replace(/国家/g, '');
}

function zoneIn(zone: string, names: ReadonlySet<string>): boolean {
  const z = zoneNorm(zone);
  const ns = [...names].map(zoneNorm);
  if (ns.includes(z)) return true;
  if (SELF.has(z)) return ns.length > 0;
  return GENERIC.has(z) && ns.some((n) => n.endsWith(z));
}

function parkNames(x: IssueExtraction): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  for (const p of x.parks)
    names.set(p.id, new Set([p.shortName, p.name, ...p.aliases].filter((n) => n.length > 0)));
  return names;
}

/** Does the prediction give the row's figure (and, with `checkLabel`, its label)? */
export function matches(p: Indicator, g: GoldRow, checkLabel = true): boolean {
  if (g.amount !== null) {
    if (!p.value || !close(p.value.amount, g.amount) || normLabel(p.value.unit) !== normLabel(g.unit))
      return false;
  } else if (g.change === null) {
    if (g.share === null || !close(p.share?.percent, g.share)) return false;
  }
  if (g.change !== null) {
    if (!p.change || p.change.kind !== g.change.kind || !close(p.change.value, g.change.value)) return false;
  }
  if (g.period !== null) {
    if (!p.period || p.period.start !== g.period.start || p.period.end !== g.period.end) return false;
  }
  if (checkLabel) {
    const a = normLabel(p.label);
    const b = normLabel(g.label);
    if (!a || !(b.includes(a) || a.includes(b))) return false;
  }
  return true;
}

function sameSubject(p: Indicator, g: GoldRow, names: Map<string, Set<string>>): boolean {
  return (
    p.subject.kind === 'park' &&
    p.subject.parkId !== null &&
    zoneIn(g.zone, names.get(p.subject.parkId) ?? new Set())
  );
}

/** A gold row in one line, for a failing test's message. */
export function describeRow(g: GoldRow): string {
  const value = g.amount === null ? '' : ` ${g.approx ? `${g.approx} ` : ''}${g.amount}${g.unit ?? ''}`;
  const change = g.change ? ` change ${g.change.kind} ${g.change.value}` : '';
  const share = g.share === null ? '' : ` share ${g.share}%`;
  const period = g.period ? ` ${g.period.start}..${g.period.end}` : '';
  return `${g.zone} ${g.label}${value}${change}${share}${period} — ${g.evidence}`;
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
