/**
 * A level written right after its metric's growth (营业收入增长11%，达到860亿元; 工业投资增长20.7%，总量超过
 * 500亿元) is that metric's value: one row per metric, subject and period. The level's own clause names no
 * metric — nothing, or a word for the whole amount (总量, 规模) — so it is merged into the row just before it
 * when that row has a change and no value yet.
 */
import { sameSubject, type Draft } from './indicator-draft.js';

/** What the clause of a bare level may say for its metric: nothing, or the whole amount. */
const LEVEL_WORDS = new Set(['', '总量', '总额', '规模', '总规模', '总体规模', '体量']);
/** How far the level's clause may start past the growth's end: a comma and a verb (，达到). */
const GAP = 4;

/** The rows with each bare level merged into the growth-only row right before it (see above). */
export function mergeLevelRows(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    if (
      prev &&
      d.value !== null &&
      d.change === null &&
      d.share === null &&
      d.comparison === null &&
      LEVEL_WORDS.has(d.label) &&
      prev.value === null &&
      prev.change !== null &&
      !prev.earlier &&
      d.evStart >= prev.evEnd &&
      d.evStart - prev.evEnd <= GAP &&
      sameSubject(prev, d) &&
      prev.period?.start === d.period?.start &&
      prev.period?.end === d.period?.end
    ) {
      prev.value = d.value;
      prev.evEnd = d.evEnd;
      continue;
    }
    out.push(d);
  }
  return out;
}
