/**
 * 其中：甲园区增长15%，乙园区增长9%: a report breaks its park's figure down by the sub-parks inside it. A sub-park
 * named there as a clause's subject is what that breakdown is about, not the park the report goes on about:
 * once the paragraph ends, the park before the breakdown is the current one again.
 */
import { type ReadingState } from './carry-state.js';

/** Notes the park before a 其中 sentence named another as its subject, to return to it at the paragraph's end. */
export function holdBreakdownPark(state: ReadingState, before: string | null, qizhong: boolean): void {
  if (qizhong && before !== null && state.currentPark !== before) state.parkBeforeBreakdown ??= before;
}

/** At a new paragraph: the park before the last breakdown is the current one again. */
export function releaseBreakdownPark(state: ReadingState): void {
  if (state.parkBeforeBreakdown == null) return;
  state.currentPark = state.parkBeforeBreakdown;
  state.lastParkId = state.parkBeforeBreakdown;
  state.parkBeforeBreakdown = null;
}
