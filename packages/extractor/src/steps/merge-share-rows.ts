/**
 * A share written in a sentence of its own after the figure it divides (服务业增加值148亿元，增长12.4%；
 * 服务业增加值占GDP比重为27.5%，较上年提高0.9个百分点) is that figure's share: one row per metric, subject
 * and period. The change written after such a share is how the share moved, not how the metric grew, so it
 * goes with the share's row, which is merged away.
 */
import { sameSubject, type Draft } from './indicator-draft.js';

/** Rows looked back over for the figure a share divides: the share follows it closely. */
const LOOK_BACK = 6;

function samePeriod(a: Draft, b: Draft): boolean {
  return a.period?.start === b.period?.start && a.period?.end === b.period?.end;
}

/** The rows with each share-only row merged into the earlier figure of the same metric it divides. */
export function mergeShareRows(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    if (d.share !== null && d.value === null && d.comparison === null) {
      let into: Draft | null = null;
      for (let k = out.length - 1; k >= Math.max(0, out.length - LOOK_BACK); k--) {
        const e = out[k]!;
        if (e.label === d.label && sameSubject(e, d) && samePeriod(e, d)) {
          if (e.value !== null && e.share === null) into = e;
          break;
        }
      }
      if (into) {
        into.share = d.share;
        into.evEnd = Math.max(into.evEnd, d.evEnd);
        continue;
      }
    }
    out.push(d);
  }
  return out;
}
