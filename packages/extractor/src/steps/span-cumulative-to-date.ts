/**
 * 截至3月底，累计完成投资2.6亿元 / 止六月底累计实现产值…: a flow summed up to a month's end is the year's
 * cumulative figure, January to that month — not that month alone, as a stock dated at a month's end is
 * (企业总数达到…家). `spanFlowsToDate` does this for a flow's growth; this step for a cumulative amount.
 */
import { type Draft } from './indicator-draft.js';
import { FLOW_WORDS } from './indicator-words.js';

/** A period at a month's end, as written (截至3月底, 止六月底, 9月末). */
const MONTH_END = /月(底|末)$/;

/** The drafts with every cumulative flow dated at a month's end spanning from January to that month. */
export function spanCumulativeToDate(drafts: readonly Draft[], s: string): readonly Draft[] {
  for (const d of drafts) {
    const p = d.period;
    if (!p || p.start !== p.end || !MONTH_END.test(p.label) || d.value === null) continue;
    if (!FLOW_WORDS.test(d.label) || /余额|总数|总量$/.test(d.label)) continue;
    // (累计 in the figure's own clause says it is summed)
    if (!s.slice(d.evStart, d.evEnd).includes('累计')) continue;
    d.period = { label: p.label, start: `${p.end.slice(0, 4)}-01`, end: p.end };
  }
  return drafts;
}
