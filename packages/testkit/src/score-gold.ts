/**
 * The comparison of ../shared/tools/score-extraction.py, in TypeScript, for tests that score extractions
 * against hand readings: a park-level indicator matches a gold row when its park, amount and unit, change,
 * period and label agree. `fold` normalises characters on both sides (the extractor's tests fold traditional
 * to simplified as the Python scorer does; a test comparing two readings of one page may leave them).
 */
import type { Indicator, IssueExtraction } from '@parkbrief/domain';

/** One hand-read row (the gold format of ../shared/samples and ../shared/real). */
export interface GoldRow {
  subject: 'zone' | 'company' | 'industry' | 'region';
  zone: string;
  name?: string | null;
  label: string;
  amount: number | null;
  unit: string | null;
  approx?: string | null;
  change: { kind: string; value: number } | null;
  share: number | null;
  period: { start: string; end: string } | null;
  core?: boolean;
  evidence?: string;
  uncertain?: boolean;
}

/** Character normalisation applied to labels, units and park names before comparing. */
export type GoldFold = (s: string) => string;

const identity: GoldFold = (s) => s;

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

/** A label compared without quotes or spaces. */
export function normLabel(s: string | null | undefined, fold: GoldFold = identity): string {
  return fold((s ?? '').replace(/[“”"'‘’「」\s]/g, ''));
}

function close(a: number | null | undefined, b: number | null | undefined): boolean {
  return a != null && b != null && Math.abs(a - b) < 1e-6;
}

/** Is the gold zone among a predicted park's names (a generic or self name accepts any park of its kind)? */
export function zoneIn(zone: string, names: ReadonlySet<string>, fold: GoldFold = identity): boolean {
  const norm = (n: string): string => fold(n).replace(/国家/g, '');
  const z = norm(zone);
  const ns = [...names].map(norm);
  if (ns.includes(z)) return true;
  if (SELF.has(z)) return ns.length > 0;
  return GENERIC.has(z) && ns.some((n) => n.endsWith(z));
}

/** Every name form of each park of an extraction, by park id. */
export function parkNames(x: IssueExtraction): Map<string, Set<string>> {
  return new Map(x.parks.map((p) => [p.id, new Set([p.shortName, p.name, ...p.aliases].filter(Boolean))]));
}

/** Does the prediction give the row's figure (and, with `checkLabel`, its label)? */
export function matchesGold(p: Indicator, g: GoldRow, checkLabel = true, fold: GoldFold = identity): boolean {
  if (g.amount !== null) {
    if (
      !p.value ||
      !close(p.value.amount, g.amount) ||
      normLabel(p.value.unit, fold) !== normLabel(g.unit, fold)
    )
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
    const a = normLabel(p.label, fold);
    const b = normLabel(g.label, fold);
    if (!a || !(b.includes(a) || a.includes(b))) return false;
  }
  return true;
}

/** Is the prediction a park figure of the row's park? */
export function sameZone(
  p: Indicator,
  g: GoldRow,
  names: ReadonlyMap<string, ReadonlySet<string>>,
  fold: GoldFold = identity,
): boolean {
  return (
    p.subject.kind === 'park' &&
    p.subject.parkId !== null &&
    zoneIn(g.zone, names.get(p.subject.parkId) ?? new Set(), fold)
  );
}
