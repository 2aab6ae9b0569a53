/**
 * Binary searches over spans sorted by their start (quotes, mentions): a clause looks up what lies in it
 * without scanning the whole article again.
 */
import { type Mention } from './attribute-subject.js';

/** Binary search: first index in `arr` whose `start` is >= `pos`. */
export function lowerBound<T extends { start: number }>(arr: readonly T[], pos: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mentions lying wholly between `from` and `to` (`mentions` sorted by start). */
export function mentionsIn(mentions: readonly Mention[], from: number, to: number): Mention[] {
  const out: Mention[] = [];
  for (let k = lowerBound(mentions, from); k < mentions.length && mentions[k]!.start < to; k++) {
    if (mentions[k]!.end <= to) out.push(mentions[k]!);
  }
  return out;
}
