/**
 * A level given as a percent (研发投入强度3.2%, 产销率97.5%): a value in %, or for an intensity a share,
 * if it has words of its own.
 */
import { newDraft, labelFrom, type ClauseReading, type FigureAt } from './draft-indicator.js';
import { type Draft } from './indicator-draft.js';
import { RISE_VERB } from './indicator-words.js';
import { toQuantity } from './parse-quantity.js';
import { splitList } from './read-label.js';

/** A label of a plan's progress or of many indicators at once (全年计划的56%, 主要经济指标增幅均超20%). */
const PLAN_WORDS = /(计划|目标|任务|指标)/;

/**
 * Words before a % that name no metric: a rise (…比重从4.6%跃升至9.5%: the share moved) or an adverb alone
 * (预计2025年将首次突破10%).
 */
const NAMES_NOTHING = new RegExp(`^(?:${RISE_VERB}|下降|降|回落)[到至]$|^(?:首次|再次|已经|已|将|有望)$`);

/** Reads a level in % (or a list of them) into new rows; returns the row the clause is now at. */
export function readLevel(c: ClauseReading, at: FigureAt): Draft | null {
  const { fig, group } = at;
  const q = fig.q;
  const text = c.article.text;
  let cur = at.cur;
  const { label, start } = labelFrom(c, at.regionStart, q.start);
  // (a rate as a level — 产销率97.5%, 入园率68% — is a value; a growth or contribution rate is not)
  // 入园率、开工率和投产率分别达到68%、100%和67%: a list of levels, one for each
  const levels = label ? splitList(label, group.length) : null;
  if (levels && levels.every((l) => /率$/.test(l) && !/(增长率|贡献率)$/.test(l))) {
    group.forEach((g, gi) => {
      const d = newDraft(c, levels[gi]!, start, q.start);
      d.value = toQuantity(g.q, text);
      cur = d;
    });
  } else if (
    label &&
    !/(增长率|增速|贡献率|比重|占比)$/.test(label) &&
    !PLAN_WORDS.test(label) &&
    !NAMES_NOTHING.test(label)
  ) {
    const d = newDraft(c, label, start, q.start);
    // 研发投入强度6.2%, R&D经费投入强度: spending as a share of output — of 营业收入 for a company,
    // of 地区生产总值 for a place; a share, not a value in %
    if (label.endsWith('强度'))
      d.share = {
        percent: Number(q.amount),
        of: d.subject.kind === 'company' ? '营业收入' : '地区生产总值',
        approx: q.approx,
      };
    else d.value = toQuantity(q, text);
    cur = d;
  }
  return cur;
}
