/**
 * A share (占全市的36.5%, 约占全市的三分之一, 占…的近四成): the share of the row before it, or a row of its
 * own when its label is written before it.
 */
import { type Share } from '@parkbrief/domain';
import { metricWordIn } from './attribute-subject.js';
import { labelFrom, newDraft, type ClauseReading, type FigureAt } from './draft-indicator.js';
import { type Draft } from './indicator-draft.js';
import { GENERIC_LABELS } from './indicator-words.js';
import { type RateRole } from './parse-change.js';

/**
 * Reads a share figure into a new row or into `target` (the row it is the share of); returns the row the
 * clause is now at.
 */
export function readShare(
  c: ClauseReading,
  at: FigureAt,
  role: Extract<RateRole, { role: 'share' }>,
  target: Draft | null,
): Draft | null {
  const q = at.fig.q;
  const { label, start } = labelFrom(c, at.regionStart, role.markerStart);
  // 占…的近四成 (成 = tens of percent), 约占全市的三分之一 (percent already, two decimals)
  const percent =
    q.bareUnit === '成'
      ? Number(q.amount) * 10
      : q.bareUnit === '个百分点' || q.bareUnit === '倍'
        ? null
        : Number(q.amount);
  const sh: Share | null = percent === null ? null : { percent, of: role.of, approx: q.approx };
  if (!sh) return at.cur;
  const over = /(突破|超过|超)[ ]*$/.test(c.article.s.slice(Math.max(0, q.start - 4), q.numeralStart));
  if (label && !(target && GENERIC_LABELS.has(label))) {
    const d = newDraft(c, label, start, role.markerStart);
    d.share = sh;
    if (over) d.shareOver = true;
    // 铜矿砂及其精矿占进口总值的近100%: a thing with no metric words is what holds the share — a
    // product or category of the whole it is a share of
    if (!metricWordIn(label) && role.of && metricWordIn(role.of) && d.subject.kind === 'park') {
      d.subject = { kind: 'industry', name: label, parkId: d.subject.parkId };
      d.label = metricWordIn(role.of)!.word;
    }
    return d;
  }
  if (target && !target.share) {
    target.share = sh;
    target.evEnd = Math.max(target.evEnd, c.clause.end);
  }
  return at.cur;
}
