/**
 * A park's report breaks its totals down by item: products (统计的主要产品中，甲、乙分别增长…), categories of
 * goods (家电类增长…，其中智能家电增长…) and sectors whose firms it counts (电子信息15户实现产值…). Each
 * item's figure is that item's (an industry of the park), not the park's. The items are told apart from the
 * park's own list of metrics (产值、税收分别增长…) by naming no metric: a bare noun before a bare change.
 */
import type { Indicator } from '@parkbrief/domain';
import { metricWordIn } from './attribute-subject.js';
import { foldTraditional } from './fold-traditional.js';

/** An item's name: a few Chinese characters, no digits or punctuation. */
const ITEM = /^[\u4e00-\u9fff]{2,12}$/;
/** A category of goods as a retail breakdown writes it (家电类, 金银珠宝类); not 各类, 两类. */
const CATEGORY = /^(?![各此这该那每几多某两三四五六七八九十])[\u4e00-\u9fff]{2,10}类$/;
/** Words in the lines before a list that say what it breaks down: products or categories of goods. */
const BREAKDOWN_LEAD = /产品|商品|类别|品类|分行业|主要行业/;
/** How far back (characters, within the paragraph) a breakdown's lead is looked for. */
const LEAD_WINDOW = 160;
/** Names of counted things that are firms or bodies (the park's own counts), not a sector of firms. */
const COUNTED_BODY =
  /(企业|公司|集团|项目|机构|单位|平台|中心|基地|园区|工程|银行|学校|医院|商户|门店|个体户|户)$/;

function isBareItem(ind: Indicator): string | null {
  // (the park's, or the category just given carried to it: 家电类增长…，其中智能家电增长… — see `singled`)
  const carriedIndustry = ind.subject.kind === 'industry' && ind.basis?.subject === 'carried';
  if (ind.subject.kind !== 'park' && !carriedIndustry) return null;
  const label = foldTraditional(ind.label);
  if (!ITEM.test(label) || metricWordIn(label)) return null;
  return label;
}

/** Is the item one of a 分别 list (甲、乙和丙分别增长…), written next to another item? */
function listed(ind: Indicator, item: string): boolean {
  const ev = foldTraditional(ind.evidence.text);
  if (!ev.includes('分别')) return false;
  const at = ev.indexOf(item);
  if (at < 0) return false;
  const before = ev[at - 1] ?? '';
  const after = ev[at + item.length] ?? '';
  return '、和及与'.includes(after) || (before !== '' && '、和及与'.includes(before));
}

/** Does the paragraph say, shortly before the indicator, that it breaks down products or categories? */
function afterBreakdownLead(text: string, ind: Indicator): boolean {
  const from = Math.max(0, ind.evidence.start - LEAD_WINDOW);
  let before = text.slice(from, ind.evidence.start);
  const nl = before.lastIndexOf('\n');
  if (nl >= 0) before = before.slice(nl + 1);
  return BREAKDOWN_LEAD.test(foldTraditional(before));
}

/** 电子信息15户实现产值…: a count of firms named by their sector (no body word), with more figures after it. */
function sectorCount(ind: Indicator, item: string, next: Indicator | undefined): boolean {
  if (ind.value?.base?.unit !== 'count' || !/^[户家]$/.test(ind.value.unit)) return false;
  if (item.length > 8 || COUNTED_BODY.test(item)) return false;
  // (its sector's own figure follows in the same clause: 15户实现产值…)
  return (
    next !== undefined &&
    next.subject.kind === 'park' &&
    next.evidence.start === ind.evidence.start &&
    next.basis?.subject === 'carried'
  );
}

/**
 * The indicators with each item of a breakdown given to that item as an industry: categories of goods,
 * items of a 分别 list after a lead naming products or categories, an item 其中 singles out of the category
 * just given, and sectors counted by their firms (with the figures of their clause). Linear in the indicators.
 */
export function giveItemFigures(indicators: readonly Indicator[], text: string): Indicator[] {
  const out = indicators.slice();
  for (let k = 0; k < out.length; k++) {
    const ind = out[k]!;
    const item = isBareItem(ind);
    if (item === null) continue;
    const prev = k > 0 ? out[k - 1] : undefined;
    const singled =
      prev?.subject.kind === 'industry' &&
      foldTraditional(ind.evidence.text).includes(`其中${item}`) &&
      ind.evidence.start - prev.evidence.end <= 2;
    // A carried industry is only re-given to the item 其中 singles out of it.
    if (ind.subject.kind !== 'park' && !singled) continue;
    if (sectorCount(ind, item, out[k + 1])) {
      const industry = { ...ind.subject, kind: 'industry' as const, name: ind.label };
      out[k] = { ...ind, subject: industry };
      // the sector's figures in its clause (实现产值…，同比增长…)
      for (let j = k + 1; j < out.length && out[j]!.evidence.start === ind.evidence.start; j++)
        if (out[j]!.subject.kind === 'park') out[j] = { ...out[j]!, subject: industry };
    } else if (CATEGORY.test(item) || singled || (listed(ind, item) && afterBreakdownLead(text, ind)))
      out[k] = { ...ind, subject: { ...ind.subject, kind: 'industry', name: ind.label } };
  }
  return out;
}
