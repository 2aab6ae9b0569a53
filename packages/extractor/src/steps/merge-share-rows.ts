/**
 * A share written in a sentence of its own after the figure it divides (第三产业增加值201亿元，增长29.8%；
 * 第三产业增加值占GDP比重达32.3%，比上年提高1.3个百分点) is that figure's share: one row per metric, subject
 * and period. The change written after such a share is how the share moved, not how the metric grew, so it
 * goes with the share's row, which is merged away.
 */
import { type Draft } from './indicator-draft.js';

/** Rows looked back over for the figure a share divides: the share follows it closely. */
const LOOK_BACK = 6;

function sameSubject(a: Draft, b: Draft): boolean {
  return (
    a.subject.kind === b.subject.kind &&
    a.subject.parkId === b.subject.parkId &&
    a.subject.name === b.subject.name
  );
}

function samePeriod(a: Draft, b: Draft): boolean {
  return a.period?.start === b.period?.start && a.period?.end === b.period?.end;
}

/** The same label, or one misprinted by a character (第三产业增加值 … 第三产值增加值: long labels only). */
function sameLabel(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length !== b.length || a.length < 6) return false;
  let diff = 0;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k] && ++diff > 1) return false;
  return true;
}

/** The rows with each share-only row merged into the earlier figure of the same metric it divides. */
export function mergeShareRows(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    if (d.share !== null && d.value === null && d.comparison === null) {
      let into: Draft | null = null;
      for (let k = out.length - 1; k >= Math.max(0, out.length - LOOK_BACK); k--) {
        const e = out[k]!;
        if (sameLabel(e.label, d.label) && sameSubject(e, d) && samePeriod(e, d)) {
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
