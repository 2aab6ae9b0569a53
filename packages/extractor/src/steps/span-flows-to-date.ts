/**
 * 截至目前 dates a stock at one moment (企业总数达6300家); a flow's growth under it (截至目前，规上工业营收同比增长
 * 35.2%) is the year's cumulative figure so far: January to the latest month reported. Statistics come
 * out for whole periods, so when the article reports a year-to-date period of its own (上半年…) that ends
 * at most two months before, that period is the latest one the figures can cover. A flow's growth against
 * the year before dated at a month's end (截至8月底，累计完成投资13亿元，同比增长17%) is the year to that month.
 */
import { type Draft } from './indicator-draft.js';
import { FLOW_WORDS } from './indicator-words.js';

/** A period written as up to now, with no month of its own. */
const UP_TO_NOW = /^(截至|截止|到)(目前|当前|现在|今)/;
/** A stock's date at a month's end (截至9月底): a flow's growth under it is the year to that month. */
// (止六月底: the month in figures or in words, 止 for 截至)
const MONTH_END = /^(截至|截止|到|止)(\d{4}年)?(\d{1,2}|[一二三四五六七八九十]{1,2})月(底|末)$/;

function isFlow(d: Draft): boolean {
  return d.change !== null && d.change.kind !== 'points' && FLOW_WORDS.test(d.label);
}

/** The drafts with every up-to-now flow spanning from January to the latest month it can cover. */
export function spanFlowsToDate(drafts: readonly Draft[]): readonly Draft[] {
  // the year-to-date periods the article writes (from January), by their last month: looked up, not searched
  const written = new Set<string>();
  for (const e of drafts) {
    const q = e.period;
    if (q && e.periodWritten && q.start.endsWith('-01') && !UP_TO_NOW.test(q.label))
      written.add(`${q.start}|${q.end}`);
  }
  for (const d of drafts) {
    const p = d.period;
    if (!p || p.start !== p.end || !isFlow(d)) continue;
    const year = p.end.slice(0, 4);
    // 截至8月底，累计完成技改投资13亿元，同比增长17.2%: January to that month
    if (MONTH_END.test(p.label) && d.change?.basis === 'yoy') {
      d.period = { label: p.label, start: `${year}-01`, end: p.end };
      continue;
    }
    if (!UP_TO_NOW.test(p.label)) continue;
    // (the latest of the point's month and the two before it; a period may not run into another year)
    let end = p.end;
    for (let back = 0; back <= 2; back++) {
      const m = Number(p.end.slice(5, 7)) - back;
      if (m < 1) break;
      const ym = `${year}-${String(m).padStart(2, '0')}`;
      if (written.has(`${year}-01|${ym}`)) {
        end = ym;
        break;
      }
    }
    d.period = { label: p.label, start: `${year}-01`, end };
  }
  return drafts;
}
