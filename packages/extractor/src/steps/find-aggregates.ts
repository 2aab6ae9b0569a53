/**
 * Many parks taken together (全市工业园区, 全省10个国家级经开区, 全州省级及以上产业园区, 全部参评开发区, 各地
 * 高新区): a region whose figures are totals, never one park's. Statistical releases open with such a total
 * and name single parks after it; a figure of the total must not be given to any of them.
 */

/** A phrase that stands for many parks together. */
export interface AggregateMention {
  readonly start: number;
  readonly end: number;
  /** As written (全州9个省级及以上产业园区). */
  readonly name: string;
}

// A whole (全省, 全市, 各地, 所有) or a count (9个, 三大, 部分), ranks and qualifiers, then the kind of park.
const WHOLE = String.raw`(?:全国|全省|全市|全州|全县|全盟|全区|各地|各省|各市|各区县|各|所有|全部)`;
const COUNT = String.raw`(?:[0-9０-９]+|[一二两三四五六七八九十百几多]+)(?:个|家|大|座)`;
const QUALIFIER = String.raw`(?:国家级|国家|省级及以上|省级以上|省级|市级及以上|市级|县级|县域|重点|参评|开发区和|的|内的)`;
const KIND = String.raw`(?:经济技术开发区|高新技术产业开发区|经济开发区|工业集中区|工业园区|产业园区|高新区|经开区|开发区|新区|园区|自贸区|综保区|自贸试验区|综合保税区)`;
// 一区四园, 一区多园: a park and its satellite parks named together
const AREAS_AND_PARKS = String.raw`[一二两三四五六七八九十]区[一二两三四五六七八九十多]园`;
// 国家高新区 standing alone (after no name of a place: 某某国家高新区 is one park) is the national set
const NATIONAL_SET = String.raw`(?<![\u4e00-\u9fff])国家级?(?:高新区|经开区|高新技术产业开发区|经济技术开发区)`;
const AGGREGATE = new RegExp(
  String.raw`${WHOLE}(?:${COUNT})?${QUALIFIER}{0,3}${KIND}|${COUNT}${QUALIFIER}{0,3}${KIND}|${AREAS_AND_PARKS}|${NATIONAL_SET}`,
  'g',
);

/**
 * Every phrase of `s` (normalised text) that stands for many parks together, in order. A count of parks
 * (9个省级园区) or a whole (全市, 各地) before a park kind makes one; a kind alone (园区) does not.
 */
export function findAggregates(s: string): AggregateMention[] {
  const out: AggregateMention[] = [];
  for (const m of s.matchAll(AGGREGATE)) {
    const name = m[0];
    // 全区 alone is the park itself (a park's own report); 全区园区 or 全区3个园区 are many
    if (/^全区(新区|园区|开发区)?$/.test(name)) continue;
    out.push({ start: m.index, end: m.index + name.length, name });
  }
  return out;
}
