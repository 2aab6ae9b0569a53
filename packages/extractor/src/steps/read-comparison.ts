/**
 * A rate compared with another place or time (高于全市2.4个百分点, 比全省高2个百分点): the comparison of the
 * row before it, or a row of its own when the metric is written before it and no figure is.
 */
import { metricWordIn } from './attribute-subject.js';
import { labelFrom, newDraft, type ClauseReading, type FigureAt } from './draft-indicator.js';
import { type Draft } from './indicator-draft.js';
import { RATE_WORDS } from './indicator-words.js';
import { changeValue, type RateRole } from './parse-change.js';

/**
 * Reads a comparison figure into a new row or into `target` (the row it compares); returns the row the
 * clause is now at.
 */
export function readComparison(
  c: ClauseReading,
  at: FigureAt,
  role: Extract<RateRole, { role: 'comparison' }>,
  target: Draft | null,
): Draft | null {
  const q = at.fig.q;
  const text = c.article.text;
  const v = changeValue(q);
  // 规上工业总产值增速高于全市2.4个百分点 with no figure before it: the metric's own row, compared only
  const own = v && at.cur === null ? labelFrom(c, at.regionStart, role.markerStart) : null;
  if (own && own.label && !RATE_WORDS.has(own.label) && metricWordIn(own.label)) {
    const d = newDraft(c, own.label, own.start, role.markerStart);
    d.comparison = {
      against: role.against,
      kind: v!.kind,
      value: role.sign * v!.value,
      text: text.slice(role.markerStart, q.end),
    };
    return d;
  }
  if (target && !target.comparison && v) {
    target.comparison = {
      against: role.against,
      kind: v.kind,
      value: role.sign * v.value,
      text: text.slice(role.markerStart, q.end),
    };
    target.evEnd = Math.max(target.evEnd, c.clause.end);
  }
  return at.cur;
}
