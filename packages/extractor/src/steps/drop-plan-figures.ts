/**
 * Drops what a park's progress report writes next to its figures but is no figure of its economy: the amount
 * of a plan a completion rate is measured against (完成年任务20亿元的31.5%: 20亿元 is the plan). (How a growth
 * rate moved, 增速较上半年回落, stays the rate's own row, as the list readers decide.)
 */
import type { Indicator } from '@parkbrief/domain';
import { foldTraditional } from './fold-traditional.js';

/** A plan named right before its amount, after the verb of completing it (完成年任务, 占全年计划). */
const PLAN_BEFORE = /(完成|占|达到?)(了)?(全年|年度|本年|当年|年)?(任务|计划|目标)(任务)?$/;

/** Is the indicator's amount the plan a completion rate is measured against? */
function planAmount(ind: Indicator): boolean {
  const v = ind.value;
  if (v === null || ind.change !== null) return false;
  const evidence = foldTraditional(ind.evidence.text);
  const text = foldTraditional(v.text);
  // (every place the amount is written: the same amount may also be the park's figure elsewhere)
  for (let at = evidence.indexOf(text); at >= 0; at = evidence.indexOf(text, at + 1))
    if (PLAN_BEFORE.test(evidence.slice(0, at)) && evidence.startsWith('的', at + text.length)) return true;
  return false;
}

/** The indicators without the plan amounts, in order. */
export function dropPlanFigures(indicators: readonly Indicator[]): Indicator[] {
  return indicators.filter((ind) => !planAmount(ind));
}
