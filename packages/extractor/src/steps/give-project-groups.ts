/**
 * 甲项目、乙产业园等12个重点项目总投资86亿元，年计划投资30亿元，累计完成投资7亿元: the investment of projects
 * named by example and counted is that group's (a group of projects), not the park's — and so are the
 * investment figures after it in the same sentence, which go on about the group.
 */
import type { Indicator } from '@parkbrief/domain';
import { foldTraditional } from './fold-traditional.js';

/** Examples ended by 等, the count of projects and what they are, then an investment metric. */
const GROUP_INVESTS =
  /等([0-9一二三四五六七八九十百]+[个项宗])([\u4e00-\u9fff、]{0,12}?项目)(?:的)?(总投资|计划总投资|计划投资|完成投资|投资)/;

/** The group of projects the indicator's investment is written after, or null. */
function groupOf(ind: Indicator): string | null {
  if (ind.subject.kind !== 'park' || ind.value?.base?.unit !== 'CNY') return null;
  if (!foldTraditional(ind.label).includes('投资')) return null;
  const ev = foldTraditional(ind.evidence.text);
  const m = GROUP_INVESTS.exec(ev);
  if (!m) return null;
  // (the figure follows the group's metric: it is the group's)
  const at = ev.indexOf(foldTraditional(ind.value.text), m.index + m[0].length);
  return at >= 0 ? m[1]! + m[2]! : null;
}

/**
 * The indicators with each investment of a counted group of projects given to that group (a company subject,
 * as a group of firms is), with the investment figures after it in its sentence. Linear in the indicators.
 */
export function giveProjectGroups(indicators: readonly Indicator[], text: string): Indicator[] {
  const out = indicators.slice();
  for (let k = 0; k < out.length; k++) {
    const name = groupOf(out[k]!);
    if (name === null) continue;
    const subject = { ...out[k]!.subject, kind: 'company' as const, name };
    out[k] = { ...out[k]!, subject };
    // the investments after it, in the same sentence, with no subject of their own
    for (let j = k + 1; j < out.length; j++) {
      const next = out[j]!;
      if (text.slice(out[k]!.evidence.start, next.evidence.start).includes('。')) break;
      if (next.subject.kind !== 'park' || next.basis?.subject !== 'carried') break;
      if (!foldTraditional(next.label).includes('投资')) break;
      out[j] = { ...next, subject };
    }
  }
  return out;
}
