/**
 * The comparison of ../shared/tools/score-extraction.py, in TypeScript, for the test pages: park-figure
 * recall, precision and F1, and segmentation (headline, byline, parks of each item). Traditional characters
 * are not folded to simplified here as the Python scorer does: both forms of a page are scored alike, so the
 * gap between them is what it is.
 */
import type { Indicator, IssueExtraction } from '@parkbrief/domain';
import { matchesGold, normLabel, parkNames, zoneIn as zoneInGold, type GoldRow } from '@parkbrief/testkit';

export type { GoldRow };

export interface GoldArticle {
  headline: string | null;
  byline: string[];
  parks: string[];
  starts: string;
}

const norm = (s: string | null | undefined): string => normLabel(s);
const matches = matchesGold;
const zoneIn = (zone: string, names: ReadonlySet<string>): boolean => zoneInGold(zone, names);

/** Counts of one page, to be summed over pages. */
export interface Counts {
  want: number;
  found: number;
  tp: number;
  fp: number;
  mis: number;
  articles: number;
  headline: number;
  byline: number;
  parks: number;
}

export const zero = (): Counts => ({
  want: 0,
  found: 0,
  tp: 0,
  fp: 0,
  mis: 0,
  articles: 0,
  headline: 0,
  byline: 0,
  parks: 0,
});

/** Scores one extraction against its page's gold rows and items. */
export function scorePage(
  x: IssueExtraction,
  rows: readonly GoldRow[],
  articles: readonly GoldArticle[],
): Counts {
  const names = parkNames(x);
  const same = (p: Indicator, g: GoldRow) =>
    p.subject.kind === 'park' &&
    p.subject.parkId !== null &&
    zoneIn(g.zone, names.get(p.subject.parkId) ?? new Set());
  const preds = x.indicators.filter((p) => p.subject.kind === 'park');
  const zone = rows.filter((g) => g.subject === 'zone');
  const other = rows.filter((g) => g.subject !== 'zone');
  const want = zone.filter((g) => g.core !== false && !g.uncertain);
  const c = zero();
  c.want = want.length;
  c.found = want.filter((g) => preds.some((p) => same(p, g) && matches(p, g))).length;
  for (const p of preds) {
    if (zone.some((g) => same(p, g) && matches(p, g))) c.tp++;
    else if (other.some((g) => matches(p, g, false))) c.mis++;
    else c.fp++;
  }
  for (const g of articles) {
    c.articles++;
    const a = x.articles.find((a) => a.text.replace(/\s/g, '').slice(0, 60).includes(g.starts.slice(0, 8)));
    if (!a) continue;
    if (norm(a.headline) === norm(g.headline)) c.headline++;
    if (JSON.stringify(a.byline) === JSON.stringify(g.byline)) c.byline++;
    const got = new Set<string>();
    for (const id of a.parkIds) for (const n of names.get(id) ?? []) got.add(n);
    if (g.parks.every((pk) => zoneIn(pk, got))) c.parks++;
  }
  return c;
}

export function add(a: Counts, b: Counts): Counts {
  const out = zero();
  for (const k of Object.keys(out) as Array<keyof Counts>) out[k] = a[k] + b[k];
  return out;
}

/** F1 of park figures, and segmentation as the scorer computes it. */
export function summary(c: Counts): { recall: number; precision: number; f1: number; segmentation: number } {
  const recall = c.want ? c.found / c.want : 0;
  const denom = c.tp + c.fp + c.mis;
  const precision = denom ? c.tp / denom : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const segmentation = c.articles ? (c.headline + c.byline + c.parks) / (3 * c.articles) : 0;
  return { recall, precision, f1, segmentation };
}
