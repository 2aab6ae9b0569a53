/**
 * The label of a figure: the words naming its metric, cut out of the clause before it (or after it) and
 * stripped of the particles, adverbs and verbs around them; lists of labels split for lists of figures.
 */
import { classifySubjectPhrase, metricWordIn, type Mention } from './attribute-subject.js';
import { type PeriodMention } from './resolve-period.js';

/** Words a label never starts with (topic markers, particles, verbs and adverbs before the metric). */
const LEAD_STRIP = [
  // 从工业增加值看, 的首次: a topic marker or a particle never starts a metric
  '从',
  '的',
  // 按可比价格计算同比增长9.7%: how the growth was computed, no metric of its own
  '按可比价格计算',
  '按可比价计算',
  '按不变价格计算',
  '按不变价计算',
  '按现价计算',
  '按可比口径',
  // (…，按可比价增长8.8%: the same without 计算, the growth's words following at once)
  '按可比价格',
  '按可比价',
  '按不变价格',
  '按不变价',
  // a company's name broken off before the label (…股份\n有限公司出口额) never starts a label
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '公司',
  '集团',
  '据统计',
  '以及',
  '其中',
  '同时',
  '此外',
  '另外',
  '而且',
  '并且',
  '目前',
  '共计',
  '合计',
  '总计',
  '累计',
  '已经',
  '实现了',
  '实现',
  '完成了',
  '完成',
  '达到',
  '拿到了',
  '拿到',
  '获得了',
  '获得',
  // 推动基础设施投资完成…, 带动工业投资…: the verb of what drove it, no part of the metric
  '推动',
  '带动',
  '拉动',
  '取得',
  '共有',
  '分别',
  '先后',
  '陆续',
  '总共',
  '并',
  '且',
  '和',
  '及',
  '与',
  '、',
  '共',
  '已',
  '就',
  '便',
  '均',
  '还',
  '又',
  '再',
  '也',
  '达',
  '是',
  '为',
  '其',
  '可',
  '将',
  '”',
  ' ',
];
/** Words a label never ends with (the verbs, adverbs and particles before the figure). */
const TRAIL_STRIP = [
  // (重点项目规划500个: planned, the count's noun is before it)
  '规划',
  '保持在',
  '稳定在',
  '维持在',
  '保持',
  '继续',
  '持续',
  '呈现',
  '完成了',
  '实现了',
  '达到了',
  '约为',
  '超过',
  '突破',
  '完成',
  '实现',
  '达到',
  '可达',
  '高达',
  '累计',
  '共计',
  '总计',
  '合计',
  '同比',
  '环比',
  '分别',
  '达',
  '为',
  '是',
  '约',
  '近',
  '超',
  '共',
  '已',
  '就',
  '便',
  '的',
  '仅',
  '逾',
  '过',
  '有',
  '了',
  '“',
  ' ',
];

/** Verbs a label's metric words follow (…可实现年销售收入). */
const VERB_CUT = ['实现', '完成', '达到', '获得', '带来', '创造'];

/** A label cut of the words around the metric's name (particles, adverbs, verbs, a quote's marks); '' if none. */
export function stripEnds(label: string): string {
  // (增值税分别入库11.2亿元: 分别 pairs the figures of a list, no word of the metric)
  // (（出口, ；进口: the bracket or semicolon a breakdown's item follows is no word of it)
  let t = label
    .replace(/\s*\n\s*/g, '')
    .replace(/分别/g, '')
    .replace(/^[(（；;，,]+/, '');
  // “我们的研发投入强度已经连续三年保持在: a quote's opening mark, the speaker's 我们的 and the adverbs
  // before a verb are no part of the metric's name
  const qm = Math.max(t.lastIndexOf('“'), t.lastIndexOf('”'));
  if (qm >= 0) t = t.slice(qm + 1);
  t = t.replace(/^(我们的|我们|我们这里的)/, '');
  const adv = /(已经|已|连续|持续|一直)/.exec(t);
  if (adv && adv.index >= 2 && metricWordIn(t.slice(0, adv.index))) t = t.slice(0, adv.index);
  for (let guard = 0; guard < 20; guard++) {
    const before = t;
    for (const w of LEAD_STRIP) if (t.startsWith(w)) t = t.slice(w.length);
    for (const w of TRAIL_STRIP) if (t.endsWith(w)) t = t.slice(0, -w.length);
    if (t === before) break;
  }
  // 项目达产后可实现年销售收入: the metric follows the clause's last verb
  for (const v of VERB_CUT) {
    const p = t.lastIndexOf(v);
    // (an industry or area before the verb stays: 产业链重点企业实现产值 is that industry's output)
    if (p > 0 && metricWordIn(t.slice(p + v.length)) && !classifySubjectPhrase(t.slice(0, p))) {
      t = stripEnds(t.slice(p + v.length));
      break;
    }
  }
  // (a list of metrics, 工业增加值、建筑业增加值、软件和信息技术服务业营收, is long by nature: splitList reads it)
  if (t.length > 24 && !t.includes('、')) {
    const de = t.lastIndexOf('的');
    t = de >= 0 && t.length - de > 2 ? t.slice(de + 1) : t.slice(-16);
  }
  return /[\u4e00-\u9fffA-Za-z]/.test(t) && t.length >= 2 ? t : '';
}

/**
 * A label without the examples before 等 (某医疗中心、某新工厂等重大外资项目 → 重大外资项目): what is counted
 * follows 等. 高等, 中等, 同等 and 等级 are words of their own; 电子信息、生物医药等行业产值 names the industries
 * a list of figures goes to, and is kept. Applied to a single row's label: a list is split before.
 */
export function afterExamples(label: string): string {
  const deng = label.lastIndexOf('等');
  // 甲、乙等45家重点企业: names before a count are examples of what it counts, no metric's words
  if (
    deng === label.length - 1 &&
    /[、和及与]/.test(label) &&
    !'高中初平同均对相上下超'.includes(label[deng - 1] ?? '')
  )
    return '';
  if (
    deng >= 1 &&
    label.length - deng > 2 &&
    !'高中初平同均对相上下超'.includes(label[deng - 1]!) &&
    !'级同于'.includes(label[deng + 1]!) &&
    !/^(行业|产业|领域|板块|门类)/.test(label.slice(deng + 1))
  )
    return label.slice(deng + 1);
  return label;
}

/**
 * A list label split into `n` metrics (工业投资、技改投资和民间投资 → three); null when it does not hold
 * exactly `n` (then the figures are not a paired list).
 */
export function splitList(label: string, n: number): string[] | null {
  if (n < 2) return null;
  let parts = label.split('、');
  if (parts.length === n - 1) {
    // the last two joined by 和/及/与/以及
    const last = parts[parts.length - 1]!;
    const m = /^(.{2,}?)(以及|和|及|与)(.{2,})$/.exec(last);
    if (!m) return null;
    parts = [...parts.slice(0, -1), m[1]!, m[3]!];
  } else if (parts.length === 1 && n === 2) {
    const m = /^(.{2,}?)(以及|和|及|与)(.{2,})$/.exec(label);
    if (!m || !metricWordIn(m[1]!) || !metricWordIn(m[3]!)) return null;
    parts = [m[1]!, m[3]!];
  }
  if (parts.length !== n) return null;
  const out = withSharedMetric(parts.map((x) => stripEnds(x)));
  return out.every((x) => x) ? out : null;
}

/**
 * 对东盟、欧盟等新兴市场进出口分别增长65%、75%: items without a metric of their own, the last followed by 等
 * and the words they share — each item takes the shared metric (对东盟进出口, 对欧盟进出口). A kind of
 * industry after 等 (电子、医药等行业产值) is left for `industryList`.
 */
function withSharedMetric(parts: string[]): string[] {
  const last = parts[parts.length - 1]!;
  const deng = last.lastIndexOf('等');
  if (deng < 1 || parts.slice(0, -1).some((p) => metricWordIn(p))) return parts;
  const rest = last.slice(deng + 1);
  const mw = metricWordIn(rest);
  if (!mw || /^(行业|产业|领域|板块|门类)/.test(rest)) return parts;
  const metric = rest.slice(mw.index);
  // (对 before the first item is every item's: 对东盟、欧盟 → 对欧盟)
  const to = parts[0]!.startsWith('对') ? '对' : '';
  return [...parts.slice(0, -1), last.slice(0, deng)].map((p) => (p.startsWith(to) ? p : to + p) + metric);
}

/**
 * A list of industries sharing one metric (集成电路、生物医药、人工智能三大先导产业规模 / 电子、汽车等行业产值):
 * the last item ends at a count word (三大, 四个) or 等, and the words after name a kind of industry and the
 * metric. Returns the industry names and the shared label (产业规模, 行业产值); null when the list is of
 * metrics.
 */
export function industryList(parts: readonly string[]): { names: string[]; label: string } | null {
  const last = parts[parts.length - 1]!;
  const m = /^(.{2,}?)(?:[两二三四五六七八九十]{1,2}[大个类]|等)(.*)$/.exec(last);
  if (!m) return null;
  const tail = m[2]!;
  const kind = /产业|行业|领域|板块/.exec(tail);
  if (!kind) return null;
  const metric = tail.slice(kind.index + 2);
  const label = metric && !/^(链|集群)/.test(metric) ? kind[0] + metric : '';
  if (!label) return null;
  return { names: [...parts.slice(0, -1), m[1]!], label };
}

/** Where a clause's words start once the period words at its start (not a basis) are passed over. */
export function cutAfterNoise(periods: readonly PeriodMention[], from: number, to: number): number {
  let a = from;
  for (const p of periods) if (!p.basis && p.start <= a + 1 && p.end > a && p.end <= to) a = p.end;
  return a;
}

/** The label between `from` and `until`, past the period words and mentions in it and before a basis. */
export function labelBetween(
  s: string,
  periods: readonly PeriodMention[],
  clauseMentions: readonly Mention[],
  from: number,
  until: number,
): { label: string; start: number } {
  let to = until;
  let a = from;
  for (const p of periods) {
    if (p.basis && p.start >= a && p.start < to) {
      // 增速较去年同期提高: the words before the basis are the label, its 比/较 not among them
      to = p.start;
      while (to > a && '比较与和同'.includes(s[to - 1]!)) to--;
    } else if (p.end > a && p.end <= to) a = Math.max(a, p.end);
  }
  for (const m of clauseMentions) if (m.end > a && m.end <= to && m.start >= a - 0) a = m.end;
  return { label: stripEnds(s.slice(a, to)), start: a };
}

/** The label written after a figure (…12家的企业): up to the next 、 of the clause, at most 30 characters. */
export function afterLabel(s: string, clauseEnd: number, from: number): { label: string; end: number } {
  let k = from;
  while (k < clauseEnd && s[k] !== '、' && k - from < 30) k++;
  let t = s.slice(from, k);
  if (/[“”0-9]/.test(t)) return { label: '', end: from };
  if (t.startsWith('的')) t = t.slice(1);
  const lead = metricWordIn(t.slice(0, 6));
  if (lead && lead.index === 0 && t.length > 6) t = t.slice(0, lead.word.length); // 112万元贷款解决了…
  const de = t.lastIndexOf('的');
  if (de >= 0) t = t.slice(de + 1);
  const mw = metricWordIn(t);
  if (mw && t.length > 10) t = t.slice(0, mw.index + mw.word.length);
  else if (!mw && t.length > 10) return { label: '', end: from };
  return { label: stripEnds(t), end: k };
}
