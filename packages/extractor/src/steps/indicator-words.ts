/** Word lists several steps of reading indicators share. */

/**
 * Labels too generic to name a metric alone (投资额, 增速): the figure is the row's before it, or of the
 * metric the sentence's topic names.
 */
export const GENERIC_LABELS = new Set([
  '投资额',
  '投资',
  '金额',
  '总额',
  '规模',
  '增速',
  '增幅',
  '总量',
  '额',
  '增长',
]);
/** A label that is a growth rate (the change of the figure before it is what moved). */
export const RATE_WORDS = new Set(['增速', '增幅', '增长率', '增长速度']);

/** Verbs of a rise to a level (增加到, 激增至 once 到/至 follows): one list for every reader of a rise. */
export const RISE_VERB = '(?:激增|猛增|增加|增长|提高|上升|扩大|跃升|提升|升|增)';

/** A count of firms or projects (38家, 50余个, 8户): what a group of them is named by. */
export const FIRM_COUNT = '[\\d两一二三四五六七八九十百千]+(?:余|多)?[家个户]';
/** A label that is a share (the share of the figure before it is what moved). */
export const SHARE_WORDS = new Set(['占比', '比重', '占比重', '所占比重', '份额']);

/** What may stand between the figures of a list (16%、14.5%, 12.4%和18.1%). */
export const LIST_JOINTS = new Set(['、', '和', '及', '与', '以及']);

/**
 * Words of a flow metric: summed over the months of a period, never a stock (余额, 总数 are not). A flow dated
 * at a month's end or "up to now" is the year's cumulative figure to that month.
 */
export const FLOW_WORDS =
  /(产值|增加值|收入|营收|投资|进出口|出口|进口|税收|税金|利润|销售|生产总值|GDP|消费|货值|贸易额|到位资金)/;
