/**
 * Drops the figures of an aim (力争营业收入增长两成, 目标是税收突破30亿元): what a park means to reach
 * is no figure of what it did. Reports close a year's results with the next year's aims in the same words
 * and units, so without this a briefing puts a target among the results. An aim word governs the rest of its
 * sentence (力争…增长12%，…增长9%); a result written before it in the sentence is kept.
 */
import type { Indicator } from '@parkbrief/domain';
import { foldTraditional } from './fold-traditional.js';

/** Words that say what follows is aimed at, not done. (争取 alone is also 争取资金5亿元, a result: not here.) */
const AIM = /力争|力求|争取到|争取实现|目标是|目标为|预期目标|目标任务/;
/** How far back from a figure its sentence is looked at: a sentence, bounded so the look-back stays linear. */
const LOOK_BACK = 80;
const SENTENCE_END = /[。！？!?；;\n]/;

/** Is the figure of `ind` written after an aim word of its own sentence? */
function isAim(ind: Indicator, text: string): boolean {
  const e = ind.evidence;
  const figText = ind.value?.text ?? ind.change?.text ?? null;
  const at = figText ? e.text.indexOf(figText) : -1;
  const figStart = e.start + (at >= 0 ? at : 0);
  let from = Math.max(0, figStart - LOOK_BACK);
  const window = text.slice(from, figStart);
  // from the last sentence end before the figure
  for (let k = window.length - 1; k >= 0; k--) {
    if (SENTENCE_END.test(window[k]!)) {
      from += k + 1;
      break;
    }
  }
  return AIM.test(foldTraditional(text.slice(from, figStart)));
}

/** The indicators that are no aim (see `isAim`), in order; `text` is the article text evidence points into. */
export function dropAims(indicators: readonly Indicator[], text: string): Indicator[] {
  return indicators.filter((ind) => !isAim(ind, text));
}
