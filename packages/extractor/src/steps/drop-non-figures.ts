/**
 * Drops what reads like a figure but is not one of the park's economic indicators, by how such text is
 * written: counts of what an administration did (推出28项改革措施, 组团招商50余次, 开通航线22条), a number
 * that names a set or a rank (在30个同类园区中…最高, 排名前十名), and a conversion of a figure already
 * given (按现行汇率折算达1.6万美元). Analysts' readings of park news leave these out; a briefing that lists
 * them buries the park's output and investment under them.
 */
import type { Indicator } from '@parkbrief/domain';
import { foldTraditional } from './fold-traditional.js';
import { RATE_WORDS } from './indicator-words.js';

/** Nouns of an administration's own work: the count of them is activity, not the park's economy. */
const ACTIVITY_NOUN = /(措施|任务|举措|政策|事项|办法|经验|航线|线路|领域|方面)$/;
/** The same, as the first words after a count (10条航线以及…, 8个领域). */
const ACTIVITY_AFTER = /^[\u4e00-\u9fff]{0,4}?(措施|任务|举措|政策|事项|办法|经验|航线|线路|领域|方面)/;
/** Verbs of an administration's own work right before a count (调度50个项目, 走访120家企业). */
const ACTIVITY_VERB = /(调度|督导|督查|走访|帮扶|对接|协调|服务)$/;
/** Many of the park's indicators taken together (主要经济指标, 多项指标, 各项指标). */
const MANY_INDICATORS = /^([0-9一二三四五六七八九十几多各]+项|多个|主要|全部)(主要)?(经济)?指标$/;
/** A count of parks of a kind (…试验区总数, 开发区数量). */
const PARKS_COUNTED =
  /(试验区|自贸区|开发区|经开区|高新区|新区|园区|综保区|保税区|示范区|片区)(的)?(总数|数量|个数|总量)$/;
/** Words that convert a figure given before into another unit or currency. */
const CONVERSION = /(折算|折合|约合|换算)/;
/** People by age, schooling or origin (…学历, …岁, 常住人口, 外籍人员): a share of them is population. */
const PEOPLE_MAKEUP = /(学历|岁|人口|外籍|留学|归国)/;
/** Qualifiers that may stand between a number and what comes before it (在近50个…中). */
const LEAD_QUALIFIER = /[近约超逾达共计合 ]+$/;

/** The words after the figure up to the clause's end: what a count counts (61项“规定任务”). */
function countedAfter(evidence: string, valueAt: number, valueText: string): string {
  const rest = evidence.slice(valueAt + valueText.length);
  const end = rest.search(/[，,；;。！？：:]/);
  return (end < 0 ? rest : rest.slice(0, end)).replace(/[“”"‘’「」]/g, '');
}

/** Is the indicator a figure of the economy, not an activity count, a set, a rank or a conversion? */
export function isEconomicFigure(ind: Indicator): boolean {
  const v = ind.value;
  // 主要经济指标保持两位数增长, 多项指标…: many indicators at once name no metric of their own
  if (MANY_INDICATORS.test(foldTraditional(ind.label))) return false;
  // 增速与1-7月持平, 增幅比上半年回落2个百分点: how a growth rate moved, with no metric named — not a figure's
  // change (the metric's own growth is read where it stands)
  if (v === null && ind.share === null && RATE_WORDS.has(foldTraditional(ind.label))) return false;
  // 本科以上学历人员占比, 35岁以下人口占比: how the park's people are made up is population, not economy
  if ((ind.share !== null || v?.unit === '%') && PEOPLE_MAKEUP.test(foldTraditional(ind.label))) return false;
  if (v === null) return true;
  const evidence = foldTraditional(ind.evidence.text);
  const label = foldTraditional(ind.label);
  if (CONVERSION.test(label)) return false;
  // 行政管辖面积120平方公里, 建成面积9.6平方公里: the park's own territory, not its economy
  if (ind.subject.kind === 'park' && /面积$/.test(label) && /平方公里$/.test(v.unit)) return false;
  const valueText = foldTraditional(v.text);
  const labelAt = evidence.indexOf(label);
  // the figure after its label, or (a label read after the figure: 推出28项改革措施) the first one
  let at = labelAt < 0 ? -1 : evidence.indexOf(valueText, labelAt + label.length);
  if (at < 0) at = evidence.indexOf(valueText);
  if (at < 0) return true;
  const before = evidence.slice(0, at).replace(LEAD_QUALIFIER, '');
  // 第三, 前十名: a place in a ranking
  if (/[第前]$/.test(before)) return false;
  const counted = countedAfter(evidence, at, valueText);
  // 上半年进出口10.9%的增幅: a growth rate named again in a comment on it, not a level in %
  if (v.unit === '%' && /^的(增幅|增速|涨幅|降幅|增长)/.test(counted)) return false;
  // 在30个同类园区中, 在全省38个开发区中, 在某部门推广的260项成果中: the number says how many there are
  // to compare with
  if (/在(全[国省市区州县]|国内|省内|市内)?$/.test(before) && counted.includes('中')) return false;
  if (/在[^，。；,;]{0,30}$/.test(before) && /^[^，。；,;]{0,12}中$/.test(counted)) return false;
  if (v.base?.unit !== 'count' || ind.change !== null || ind.share !== null) return true;
  // 24项主要经济指标中, 7项增速全市第一: how many of the park's indicators did something, not a figure
  if (
    /^[项个]$/.test(foldTraditional(v.unit)) &&
    (/指标/.test(label + counted) || /^(增速|增幅|增长)/.test(counted))
  )
    return false;
  // 全程调度28个重大工程, 走访企业200家: what an administration looked after, not what the economy did
  // (服务企业 may be a kind of firm: only the unambiguous verbs when they lead the label)
  if (ACTIVITY_VERB.test(before) || /^(调度|督导|督查|走访|帮扶)/.test(label)) return false;
  // 自由贸易试验区总数达22个, 国家级经开区数量, 新增2个综保区后总数达13个: a count of parks of a kind is
  // about the kind, not one park
  if (PARKS_COUNTED.test(label) || /区后?(的)?(总数|数量)(达到|达|为)?$/.test(before)) return false;
  // 招商50余次: how often something was done (人次, 架次 and 家次 count people, flights and firms)
  if (/^[万亿]?次$/.test(v.unit)) return false;
  return !ACTIVITY_NOUN.test(label) && !ACTIVITY_NOUN.test(counted) && !ACTIVITY_AFTER.test(counted);
}

/** The indicators that are economic figures (see `isEconomicFigure`), in order. */
export function dropNonFigures(indicators: readonly Indicator[]): Indicator[] {
  return indicators.filter(isEconomicFigure);
}
