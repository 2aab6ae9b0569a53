/**
 * Reads every quantitative statement of an article: figures with their labels, changes, shares and
 * comparisons, paired in lists, with the period carried over from earlier clauses and the subject
 * attributed (the park by default, a company, an industry or a region when the text says so).
 */
import {
  classifyMetric,
  type Change,
  type Comparison,
  type Indicator,
  type Park,
  type Period,
  type Quantity,
  type Share,
} from '@parkbrief/domain';
import {
  classifySubjectPhrase,
  findMentions,
  isSubjectPosition,
  leadingSubject,
  metricWordIn,
  speakerSubject,
  splitIndustryLabel,
  splitRegionLabel,
  type Mention,
  type SubjectGuess,
} from './attribute-subject.js';
import { changeValue, rateRole, readDoubleDigit, readDoubling, readFlat } from './parse-change.js';
import { normalizeForParsing, readNumeral } from './parse-numeral.js';
import {
  readBareMagnitude,
  readFraction,
  readQuantity,
  startsNumeral,
  toQuantity,
  type QuantityMatch,
} from './parse-quantity.js';
import { findPeriods, type PeriodMention } from './resolve-period.js';
import { compactLines, findQuotes, splitSentences, type Clause, type QuoteSpan } from './split-sentences.js';

/** What `findIndicators` reads. */
export interface FindIndicatorsInput {
  readonly articleId: string;
  /** The repaired article text; evidence offsets point into it. */
  readonly text: string;
  readonly parkIds: readonly string[];
  readonly companies: readonly string[];
  readonly parks: readonly Park[];
  /** YYYY-MM-DD. */
  readonly issueDate: string;
  /** The article's headline: a year it names (2011年…统计公报) is the year its bare 全年 means. */
  readonly headline?: string | null;
}

interface Fig {
  readonly q: QuantityMatch;
  readonly rate: boolean;
  /** 两位数增长: a change of at least ten percent without a figure. */
  readonly doubleDigit?: 1 | -1;
  /** 与上年持平: no change (percent 0), with the basis its words give. */
  readonly flat?: { readonly basis: Change['basis'] };
}

interface Draft {
  subject: SubjectGuess;
  label: string;
  value: Quantity | null;
  change: Change | null;
  share: Share | null;
  comparison: Comparison | null;
  period: Period | null;
  evStart: number;
  evEnd: number;
  /** Another period's figure given for comparison (去年同期为75亿元): later changes are not its. */
  earlier?: boolean;
  /** The subject was named in the figure's own clause (not carried from an earlier one). */
  subjectWritten: boolean;
  /** The period was named in the figure's own sentence. */
  periodWritten: boolean;
}

const RATE_UNITS = new Set(['%', '个百分点', '倍', '成', '分之']);
const SPEC_NOUNS = ['项目', '产业园', '基地', '工厂', '中心', '公寓', '生产线', '园区', '厂房', '车间'];
const LEAD_STRIP = [
  // 从工业增加值看, 的首次: a topic marker or a particle never starts a metric
  '从',
  '的',
  // 按可比价格计算同比增长9.7%: how the growth was computed, no metric of its own
  '按可比价格计算',
  '按可比价计算',
  '按现价计算',
  '按可比口径',
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
const TRAIL_STRIP = [
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
const GENERIC_LABELS = new Set([
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
const RATE_WORDS = new Set(['增速', '增幅', '增长率', '增长速度']);
/** A label that is a share (the share of the figure before it is what moved). */
const SHARE_WORDS = new Set(['占比', '比重', '占比重', '所占比重', '份额']);
const SPEECH_VERBS = ['表示', '介绍', '指出', '透露', '坦言', '告诉记者', '说', '称'];

/** Verbs a label's metric words follow (…可实现年销售收入). */
const VERB_CUT = ['实现', '完成', '达到', '获得', '带来', '创造'];

function stripEnds(label: string): string {
  // (增值税分别入库11.2亿元: 分别 pairs the figures of a list, no word of the metric)
  let t = label.replace(/\s*\n\s*/g, '').replace(/分别/g, '');
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
  if (t.length > 24) {
    const de = t.lastIndexOf('的');
    t = de >= 0 && t.length - de > 2 ? t.slice(de + 1) : t.slice(-16);
  }
  return /[\u4e00-\u9fffA-Za-z]/.test(t) && t.length >= 2 ? t : '';
}

/** What may stand between the figures of a list (16%、14.5%, 12.4%和18.1%). */
const LIST_JOINTS = new Set(['、', '和', '及', '与', '以及']);

/**
 * A list label split into `n` metrics (工业投资、技改投资和民间投资 → three); null when it does not hold
 * exactly `n` (then the figures are not a paired list).
 */
function splitList(label: string, n: number): string[] | null {
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
  const out = parts.map((x) => stripEnds(x));
  return out.every((x) => x) ? out : null;
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

/** The last `n` drafts of a sentence when they are a list still waiting for their changes; else null. */
function listBefore(drafts: readonly Draft[], n: number): Draft[] | null {
  if (drafts.length < n) return null;
  const list = drafts.slice(-n);
  return list.every((d) => d.change === null && d.value !== null) ? list : null;
}

/** The last draft of a sentence that is not an earlier period's figure. */
function lastCurrent(drafts: readonly Draft[]): Draft | null {
  for (let k = drafts.length - 1; k >= 0; k--) if (!drafts[k]!.earlier) return drafts[k]!;
  return null;
}

/** The same months `years` years later (earlier when negative), labelled as written. */
function shiftYear(p: Period, years: number, label: string): Period {
  const sh = (ym: string): string =>
    `${String(Number(ym.slice(0, 4)) + years).padStart(4, '0')}${ym.slice(4)}`;
  return { label, start: sh(p.start), end: sh(p.end) };
}

/** A year a headline names (2011年国民经济…公报); null when none. */
function yearNamedIn(headline: string): number | null {
  const m = /((?:19|20)\d{2})年/.exec(headline);
  return m ? Number(m[1]) : null;
}

/** Binary search: first index in `arr` whose `start` is >= `pos`. */
function lowerBound<T extends { start: number }>(arr: readonly T[], pos: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function mentionsIn(mentions: readonly Mention[], from: number, to: number): Mention[] {
  const out: Mention[] = [];
  for (let k = lowerBound(mentions, from); k < mentions.length && mentions[k]!.start < to; k++) {
    if (mentions[k]!.end <= to) out.push(mentions[k]!);
  }
  return out;
}

function scanFigures(
  s: string,
  clause: Clause,
  periods: readonly PeriodMention[],
  quotes: readonly QuoteSpan[],
): Fig[] {
  const out: Fig[] = [];
  let pi = 0;
  for (let i = clause.start; i < clause.end; i++) {
    while (pi < periods.length && periods[pi]!.end <= i) pi++;
    const p = periods[pi];
    if (p && p.start <= i && i < p.end) {
      i = p.end - 1;
      continue;
    }
    const bare = readBareMagnitude(s, i);
    const isNum = bare === null && startsNumeral(s, i);
    if (!bare && !isNum && s[i] !== '半') continue;
    // 三分之一, 一半, 半数: a fraction (read only as a share)
    const q = bare ?? (isNum ? readQuantity(s, i) : null) ?? readFraction(s, i);
    if (!q) {
      const n = readNumeral(s, i);
      if (n) i = n.end - 1;
      continue;
    }
    i = q.end - 1;
    if (q.end > clause.end || q.range) continue;
    const qi = lowerBound(quotes, q.numeralStart + 1) - 1;
    const quote = qi >= 0 ? quotes[qi] : undefined;
    if (quote && !quote.speech && quote.start < q.numeralStart && q.numeralStart < quote.end) continue; // “2+2+3”, “八个一”
    const rate = RATE_UNITS.has(q.bareUnit);
    if (!rate) {
      // a figure naming a thing's size (3.5万吨扩产项目, 64万平方米先进计算产业园) is a spec, not a statement
      let k = q.end;
      while (k < clause.end && k - q.end < 14 && !'，。；、和及与的“”'.includes(s[k]!)) k++;
      const after = s.slice(q.end, k);
      if (after.length > 0 && SPEC_NOUNS.some((n) => after.includes(n))) continue;
    }
    if (q.bareUnit === '成' && !q.chinese) continue;
    // 占南宁市(36家)的50%: a figure alone in brackets is an aside on the word before it, not a statement
    if ('(（'.includes(s[q.start - 1] ?? '') && ')）'.includes(s[q.end] ?? '')) continue;
    out.push({ q, rate });
  }
  const dd = readDoubleDigit(s, clause.start, clause.end);
  if (dd && !out.some((f) => f.rate)) {
    const q: QuantityMatch = {
      start: dd.start,
      end: dd.end,
      numeralStart: dd.start,
      amount: '10',
      unit: '%',
      bareUnit: '%',
      approx: 'over',
      base: null,
      range: false,
      chinese: true,
    };
    out.push({ q, rate: true, doubleDigit: dd.sign });
    out.sort((a, b) => a.q.start - b.q.start);
  }
  const flat = readFlat(s, clause.start, clause.end);
  if (flat && !out.some((f) => f.rate)) {
    const q: QuantityMatch = {
      start: flat.start,
      end: flat.end,
      numeralStart: flat.start,
      amount: '0',
      unit: '%',
      bareUnit: '%',
      approx: flat.approx,
      base: null,
      range: false,
      chinese: true,
    };
    out.push({ q, rate: true, flat: { basis: flat.basis } });
    out.sort((a, b) => a.q.start - b.q.start);
  }
  // 翻了一番 / 翻两番: a growth multiple of 2^N − 1 written without a figure (read like 持平: its span is the
  // change's text, its comparison word the basis)
  const dbl = readDoubling(s, clause.start, clause.end);
  if (dbl && !out.some((f) => f.q.start < dbl.end && dbl.start < f.q.end)) {
    const q: QuantityMatch = {
      start: dbl.start,
      end: dbl.end,
      numeralStart: dbl.start,
      amount: String(dbl.multiple),
      unit: '倍',
      bareUnit: '倍',
      approx: null,
      base: null,
      range: false,
      chinese: true,
    };
    out.push({ q, rate: true, flat: { basis: dbl.basis } });
    out.sort((a, b) => a.q.start - b.q.start);
  }
  return out;
}

/** Where a clause's words start once the period words at its start (not a basis) are passed over. */
function cutAfterNoise(periods: readonly PeriodMention[], from: number, to: number): number {
  let a = from;
  for (const p of periods) if (!p.basis && p.start <= a + 1 && p.end > a && p.end <= to) a = p.end;
  return a;
}

/** The label between `from` and `until`, past the period words and mentions in it and before a basis. */
function labelBetween(
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
function afterLabel(s: string, clauseEnd: number, from: number): { label: string; end: number } {
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

/** A figure's change: its value signed, with the basis and the text from the verb to the figure's end. */
function makeChange(f: Fig, sign: number, basis: Change['basis'], text: string): Change {
  const fv = f.doubleDigit ? { kind: 'percent' as const, value: 10 } : changeValue(f.q)!;
  return { kind: fv.kind, value: sign * fv.value, approx: f.q.approx, basis, text };
}

/**
 * The label's taxonomy code by the domain's `classifyMetric`; taxes and fees paid (实缴税费, 缴纳税费, 税费收入,
 * 实缴税金) are tax revenue too, which the domain's synonyms do not cover for 税费.
 */
function metricOf(label: string): ReturnType<typeof classifyMetric> {
  const m = classifyMetric(label);
  return m === 'other' && /税费|税金/.test(label) ? 'tax_revenue' : m;
}

/** Kind nouns that stand for a park of that kind when written alone (片区实现…, 该综保区). */
const KIND_NOUNS = ['片区', '综保区', '保税区', '高新区', '经开区', '开发区', '新区', '自贸区', '示范区'];

/** Metrics of a place as a whole: an industry named in an earlier clause is not what they are about. */
const PARK_TOTALS = new Set<ReturnType<typeof classifyMetric>>([
  'gdp',
  'fixed_asset_investment',
  'industrial_investment',
  'investment',
  'contracted_investment',
  'tax_revenue',
  'fiscal_revenue',
  'foreign_capital_utilized',
  'foreign_trade',
  'retail_sales',
  'projects',
]);

/** Words after a figure that make it a target (…超千亿元的目标). */
const TARGET_AFTER = /^(的)?(目标|任务)/;
/** A label of a plan's progress or of many indicators at once (全年计划的56%, 主要经济指标增幅均超20%). */
const PLAN_WORDS = /(计划|目标|任务|指标)/;

/** Words that compare a figure with another place or time (高于全市, 快于上年同期). */
const COMPARISON_WORD = /高于|低于|快于|慢于|好于|优于|领先于/;

/** A stock at one moment (存款余额): under a span of months it is the figure at the span's end. */
const STOCK_LABEL = /(余额|保有量|存量)$/;

/** The metric of a product (产量, 消费量): whose product it is decides the subject. */
const PRODUCT_WORD = /(产量|消费量)$/;

/** A sub-area's name right after a park's (量子科技产业园, 智能制造基地, 生命科学园). */
const SUB_AREA_AFTER_PARK = /^([\u4e00-\u9fff]{2,10}?(?:产业园|科技园|创新园|产业基地|基地|科学园))/;

/**
 * Every quantitative statement of one article as an indicator, with evidence offsets into `text`.
 * Linear in the text; never throws on any string.
 */
export function findIndicators(input: FindIndicatorsInput): Indicator[] {
  // parsing reads the text without the line breaks a narrow column leaves inside sentences; `text` below is
  // that compacted text as printed (for value and change texts), and `pos` maps back for evidence offsets
  const compact = compactLines(input.text);
  const text = compact.text;
  const pos = compact.pos;
  const s = normalizeForParsing(text);
  const mainPark = input.parkIds[0] ?? null;
  const sentences = splitSentences(s);
  const quotes = findQuotes(s);
  const speechQuotes = quotes.filter((q) => q.speech);
  const mentions = findMentions(
    s,
    { companies: [...input.companies], parkIds: [...input.parkIds] },
    input.parks,
  );
  const drafts: Draft[] = [];
  const speakerCache = new Map<number, SubjectGuess | null>();

  let paragraph = -1;
  let period: Period | null = null;
  let contextYear: number | null = yearNamedIn(input.headline ?? '');
  let carried: SubjectGuess | null = null;
  // a sub-area named as a subject (…高新区量子科技产业园迎来…): 园区 in the paragraph's next clauses is it
  let subArea: SubjectGuess | null = null;
  let carriedIndustry: SubjectGuess | null = null;
  let carriedRegion: SubjectGuess | null = null;
  let lastCompany: string | null = null;
  let lastMetricWord: string | null = null;
  let lastParkId: string | null = mainPark;
  // the park the article is talking about now: the one last named as a subject (合肥经开区则在…发力。全年
  // 规上工业增加值…), to which a bare figure, 园区 or 全区 refers — in an article about several parks the
  // first one is not the default for all
  let currentPark: string | null = mainPark;
  // 片区, 综保区, 新区 alone refer to the park of that kind named last (在某自贸片区某综保区…，片区实现… is the
  // free-trade area's), 全区/该区 to the park the text is about
  const kindOf = new Map<string, readonly string[]>();
  for (const p of input.parks)
    kindOf.set(
      p.id,
      KIND_NOUNS.filter((k) => [p.shortName, p.name, ...p.aliases].some((n) => n.endsWith(k))),
    );
  const lastOfKind = new Map<string, string>();
  const parkOf = (m: Mention): string | null => {
    if (!m.ref) return m.parkId;
    const word = s.slice(m.start, m.end).replace(/^[该本全这此]/, '');
    return lastOfKind.get(word) ?? currentPark;
  };

  // many parks together, named as the subject (全市工业园区…): what the bare figures after it are about until a
  // single park is named as a subject or the paragraph ends
  let currentGroup: SubjectGuess | null = null;
  const parkDefault = (): SubjectGuess =>
    currentGroup ??
    (currentPark !== null
      ? { kind: 'park', name: null, parkId: currentPark }
      : { kind: 'other', name: null, parkId: null });

  const speakerOf = (q: QuoteSpan): SubjectGuess | null => {
    if (speakerCache.has(q.start)) return speakerCache.get(q.start) ?? null;
    let result: SubjectGuess | null = null;
    // “…”普达特…董事长刘二壮说: the speaker follows the quote
    let stop = q.end;
    while (stop < s.length && stop - q.end < 50 && !'。！？\n“'.includes(s[stop]!)) stop++;
    const after = s.slice(q.end, stop);
    let vp = -1;
    for (const v of SPEECH_VERBS) {
      const p = after.indexOf(v);
      if (p >= 0 && (vp < 0 || p < vp)) vp = p;
    }
    if (vp > 0) result = speakerSubject(after.slice(0, vp), mentions, q.end, lastCompany);
    else {
      // 该企业总经理陆忠建表示：“…”: the speaker precedes it
      let a = q.start;
      while (a > 0 && q.start - a < 50 && !'。！？\n”'.includes(s[a - 1]!)) a--;
      const before = s.slice(a, q.start).replace(/[：:，\s]+$/, '');
      for (const v of SPEECH_VERBS) {
        if (before.endsWith(v) && before.length > v.length) {
          result = speakerSubject(before.slice(0, -v.length), mentions, a, lastCompany);
          break;
        }
      }
    }
    speakerCache.set(q.start, result);
    return result;
  };

  for (const sentence of sentences) {
    if (sentence.paragraph !== paragraph) {
      // a new paragraph ends what a company said or did; the period runs on until a new one is named
      // (articles state 1-7月 once and report paragraph after paragraph under it)
      paragraph = sentence.paragraph;
      carried = null;
      carriedIndustry = null;
      carriedRegion = null;
      subArea = null;
    }
    const qi = lowerBound(speechQuotes, sentence.start + 1) - 1;
    const quote = qi >= 0 && speechQuotes[qi]!.end > sentence.start ? speechQuotes[qi]! : null;
    const head = s.slice(sentence.start, sentence.start + 4).replace(/^[“”]/, '');
    const qizhong = head.startsWith('其中');
    let sentSubj: SubjectGuess | null = null;
    const sentDrafts: Draft[] = [];
    let topic: string | null = null;
    let datedSentence = false;
    let periodBeforeDate: Period | null = null;
    // the park or region the sentence is about, named in its first clauses: what a semicolon returns to
    let topicSubj: SubjectGuess | null = null;
    // the period named in this sentence (上半年，园区实现…): a figure under it has its period written
    let periodInSentence: Period | null = null;

    sentence.clauses.forEach((clause, ci) => {
      // a semicolon ends a topic chain: what follows it (…；实际利用内资56亿元) names its own subject or is the
      // park's again, so the subject of the clauses before it is not carried over
      const prevSep = ci > 0 ? sentence.clauses[ci - 1]!.sep : '';
      // (the sentence's topic — a park or region named first — stays: 园区已兑现…；争取奖励资金… is still the
      // park's, 全国进出口…其中出口…；进口… still the country's)
      if (prevSep === '；' || prevSep === ';') sentSubj = topicSubj;
      const periods = findPeriods(s, clause.start, clause.end, { issueDate: input.issueDate, contextYear });
      let clausePeriod: PeriodMention | null = null;
      // 增速高于上年同期、2017年全年0.9个百分点: a period after a comparison word is what the growth is
      // compared with, not the period the text goes on about
      const comparedFrom = COMPARISON_WORD.exec(s.slice(clause.start, clause.end));
      const comparedAt = comparedFrom ? clause.start + comparedFrom.index : clause.end;
      for (const p of periods) {
        if (p.basis || p.start > comparedAt) continue;
        if (p.period) clausePeriod = p;
        // 去年同期为75亿元 compares; the period carried on is still this year's
        if (p.period && p.label.endsWith('同期')) continue;
        if (p.year !== null) contextYear = p.year;
        if (p.period) {
          period = p.period;
          periodInSentence = p.period;
        } else if (!datedSentence) {
          // 8月8日，园区签约项目12个 / 将于9月投产，年产值可达5亿元: the figures of a dated event or a plan
          // have no period of their own; the period carried so far resumes after the sentence
          datedSentence = true;
          periodBeforeDate = period;
          period = null;
        }
      }
      const figs = scanFigures(s, clause, periods, quotes);
      const firstFig = figs[0]?.q.start ?? clause.end;
      const clauseMentions = mentionsIn(mentions, clause.start, clause.end);
      const firstCompany = clauseMentions.find((m) => m.kind === 'company' && m.name);
      if (firstCompany?.name) lastCompany = firstCompany.name;
      // period words and mentions removed: what the clause says before its first figure
      const contentStart = cutAfterNoise(periods, clause.start, clause.end);
      // many parks together open the clause as its subject (全市工业园区实现…; not 位列全省开发区第一)
      const groupLeads = (m: Mention): boolean =>
        m.kind === 'region' &&
        /^(其中|而|同时|此外|另外|目前|今年|全年)?$/.test(s.slice(contentStart, m.start));
      for (const m of clauseMentions) {
        // …and the bare figures after it are their total
        if (groupLeads(m) && m.start < firstFig)
          currentGroup = { kind: 'region', name: m.name, parkId: null };
        if (m.kind !== 'park' || !m.parkId) continue;
        if (!m.ref) {
          lastParkId = m.parkId;
          for (const k of kindOf.get(m.parkId) ?? []) lastOfKind.set(k, m.parkId);
        }
        // a park named as the subject before any figure of its clause (whether the sentence has figures or
        // not) is the one the text goes on about
        if (m.start < firstFig && isSubjectPosition(s, clause.start, m.start)) {
          if (!m.ref) currentPark = m.parkId;
          currentGroup = null;
        }
      }
      // the clause's own subject, written before its first figure
      let clauseSubj: SubjectGuess | null = null;
      let clauseSubjEnd = -1;
      for (const m of clauseMentions) {
        if (m.start >= firstFig) break;
        if (m.kind === 'company') clauseSubj = { kind: 'company', name: m.name, parkId: null };
        else if (m.kind === 'companyRef') clauseSubj = { kind: 'company', name: lastCompany, parkId: null };
        else if (m.kind === 'region') {
          if (groupLeads(m)) {
            clauseSubj = { kind: 'region', name: m.name, parkId: null };
            clauseSubjEnd = m.end;
          }
        } else if (m.ref && subArea && s.startsWith('园区', m.start) && !clauseSubj) clauseSubj = subArea;
        else if (isSubjectPosition(s, clause.start, m.start) && !clauseSubj) {
          // 合肥高新区量子科技产业园迎来…: the sub-area written after the park's name is the subject
          if (!m.ref) {
            const area = SUB_AREA_AFTER_PARK.exec(s.slice(m.end, Math.min(m.end + 16, firstFig, clause.end)));
            if (area) {
              subArea = { kind: 'region', name: area[1]!, parkId: null };
              if (firstFig < clause.end) clauseSubj = subArea;
              break;
            }
          }
          // 西咸新区沣东新城: a park written right after the one containing it is the subject
          let inner = m;
          for (const n of clauseMentions)
            if (n.start === inner.end && n.kind === 'park' && !n.ref && n.start < firstFig) inner = n;
          clauseSubj = { kind: 'park', name: null, parkId: parkOf(inner) };
        }
        if (clauseSubj) break;
      }
      if (!clauseSubj) {
        const lead = s
          .slice(contentStart, firstFig)
          .replace(/^(其中|同时|此外|另外|目前|近日|日前|据统计)/, '');
        if (lead.startsWith('由')) {
          const de = lead.indexOf('的');
          clauseSubj = {
            kind: 'other',
            name: (de > 1 ? lead.slice(1, de) : lead.slice(1, 20)) || null,
            parkId: null,
          };
        } else if (ci === 0 || figs.length === 0 || lead.length > 0) {
          const l = leadingSubject(lead);
          if (l) {
            clauseSubj = l;
            // looked for between the clause's start and its first figure only, never in the rest of the text
            const rel = l.name ? s.slice(contentStart, firstFig).indexOf(l.name) : -1;
            if (rel >= 0) clauseSubjEnd = contentStart + rel + l.name!.length;
          }
        }
        // 中天东方氟硅上半年累计获得…: a name standing before the period words is the subject
        const p0 = periods.find((p) => p.period && p.start > contentStart && p.start < firstFig);
        if (!clauseSubj && p0) {
          const np = s
            .slice(contentStart, p0.start)
            .replace(/^(其中|同时|此外|另外|目前|近日|日前|据统计)/, '');
          if (
            (/^[\u4e00-\u9fffA-Za-z（）()]{2,12}$/.test(np) ||
              // (a long name with a region's or an industry's ending: 中国(南宁)跨境电子商务综合试验区)
              (/^[\u4e00-\u9fffA-Za-z（）()·]{2,30}$/.test(np) && classifySubjectPhrase(np) !== null)) &&
            !/了|^(完成|实现|获得|累计|已|新增|达|在|对|为|将|预计|计划|力争|争取|有望|拟|预期|到|于)/.test(
              np,
            ) &&
            !metricWordIn(np) &&
            !mentionsIn(mentions, contentStart, p0.start).length
          ) {
            clauseSubj = classifySubjectPhrase(np) ?? { kind: 'other', name: np, parkId: null };
            clauseSubjEnd = p0.start;
          }
        }
      }
      if (clauseSubj) sentSubj = clauseSubj;
      if (topicSubj === null && figs.length > 0 && (sentSubj?.kind === 'park' || sentSubj?.kind === 'region'))
        topicSubj = sentSubj;
      if (ci === 0 && figs.length === 0) {
        const body = s.slice(contentStart, clause.end);
        const mw = metricWordIn(body);
        if (mw) topic = stripEnds(body.slice(0, mw.index + mw.word.length));
      }

      // whether the subject last given by subjectFor was written in this clause (or carried from before it)
      let subjectWritten = false;
      const subjectFor = (labelStart: number, labelEnd: number): SubjectGuess => {
        let subj: SubjectGuess | null = null;
        for (const m of clauseMentions) {
          if (m.start >= labelEnd) break;
          if (m.kind === 'company') subj = { kind: 'company', name: m.name, parkId: null };
          else if (m.kind === 'companyRef') subj = { kind: 'company', name: lastCompany, parkId: null };
          else if (m.kind === 'region') {
            if (groupLeads(m)) subj = { kind: 'region', name: m.name, parkId: null };
          } else if (m.ref && subArea && s.startsWith('园区', m.start)) subj = subArea;
          else if (isSubjectPosition(s, clause.start, m.start))
            subj = { kind: 'park', name: null, parkId: parkOf(m) };
        }
        void labelStart;
        subjectWritten = subj !== null || clauseSubj !== null;
        subj ??= clauseSubj ?? sentSubj;
        if (!subj && quote && quote.start < labelStart && labelStart < quote.end) subj = speakerOf(quote);
        if (!subj && qizhong) subj = carriedIndustry ?? carriedRegion;
        subj ??= carried ?? parkDefault();
        const parkId = subj.kind === 'park' ? (subj.parkId ?? currentPark) : (lastParkId ?? currentPark);
        return { ...subj, parkId };
      };

      // 甲、乙和丙…: the parks named as a list before `until` in this clause (null unless two or more)
      const parkList = (until: number): Mention[] | null => {
        const ps = clauseMentions.filter(
          (m) =>
            m.kind === 'park' && !m.ref && m.parkId !== null && m.start >= contentStart && m.end <= until,
        );
        if (ps.length < 2) return null;
        for (let k = 1; k < ps.length; k++)
          if (!LIST_JOINTS.has(s.slice(ps[k - 1]!.end, ps[k]!.start))) return null;
        return ps;
      };

      const labelFrom = (from: number, until: number): { label: string; start: number } =>
        labelBetween(s, periods, clauseMentions, Math.max(from, clause.start, clauseSubjEnd), until);

      const newDraft = (label: string, labelStart: number, labelEnd: number): Draft => {
        let subject = subjectFor(labelStart, labelEnd);
        let finalLabel = label;
        // an industry carried from an earlier clause does not take a park's own totals (先进制造业产值…，年计划
        // 投资699亿元; 现代服务业…，三产投资…): investment, trade, taxes and output of the whole are the park's
        if (!subjectWritten && subject.kind === 'industry' && PARK_TOTALS.has(metricOf(label))) {
          const park = parkDefault();
          subject = { ...park, parkId: park.kind === 'park' ? park.parkId : subject.parkId };
        }
        if (subject.kind === 'park' || subject.kind === 'industry') {
          const split = splitIndustryLabel(label);
          // (全区新能源汽车产量: a product's output named with the park as its subject is the park's)
          const parkProduct =
            split && subjectWritten && subject.kind === 'park' && PRODUCT_WORD.test(split.rest);
          if (split && !parkProduct) {
            // 四强产业增加值增长13.11%，新材料产业同比增长2.87%: the metric just reported in this sentence
            // (or the one a 其中 sentence breaks down); a sentence of its own (主导产业保持两位数增长) has none
            const metricHere = sentDrafts.length > 0 || qizhong ? lastMetricWord : null;
            const inherited = split.rest || metricHere || split.industry;
            subject = { kind: 'industry', name: split.industry, parkId: subject.parkId };
            finalLabel = inherited;
            // the clauses after it go on about the industry (…营业收入增长26.3%，集聚相关企业80余家)
            sentSubj = subject;
          }
        }
        if (subject.kind === 'park' && !subjectWritten) {
          // 乌鲁木齐市外贸进出口额同比增长13.5%: a place before the metric is whose figure it is; the clauses
          // after it go on about that place
          const place = splitRegionLabel(finalLabel);
          if (place) {
            subject = { kind: 'region', name: place.region, parkId: subject.parkId };
            finalLabel = place.rest;
            sentSubj = subject;
          }
        }
        const d: Draft = {
          subject,
          label: finalLabel,
          value: null,
          change: null,
          share: null,
          comparison: null,
          period,
          evStart: clause.start,
          evEnd: clause.end,
          subjectWritten,
          periodWritten: periodInSentence !== null && periodInSentence === period,
        };
        const mw = metricWordIn(finalLabel);
        if (mw) lastMetricWord = mw.word;
        drafts.push(d);
        sentDrafts.push(d);
        return d;
      };

      let cur: Draft | null = null;
      let regionStart = contentStart;
      for (let fi = 0; fi < figs.length; fi++) {
        const fig = figs[fi]!;
        const q = fig.q;
        // a list of figures joined by 、/和 (16%、14.5%, 12.4%和18.1%) shares the words before it
        const group: Fig[] = [fig];
        while (fi + 1 < figs.length && figs[fi + 1]!.rate === fig.rate) {
          const lastEnd = group[group.length - 1]!.q.end;
          const joint = s.slice(lastEnd, figs[fi + 1]!.q.start);
          if (!LIST_JOINTS.has(joint)) break;
          group.push(figs[++fi]!);
        }
        const groupEnd = group[group.length - 1]!.q.end;
        // 向工业产值超千亿元的目标冲刺: a target, not a figure reached
        if (TARGET_AFTER.test(s.slice(groupEnd, groupEnd + 4))) {
          regionStart = groupEnd;
          continue;
        }
        if (fig.rate) {
          let role = rateRole(s, regionStart, q.start);
          // 带动全区新能源汽车产量同比增长1.3倍: what was driven grew by that much (its own change); only a
          // figure in points after 带动/拉动 (拉动投资增长2个百分点) is a contribution
          if (
            role.role === 'contribution' &&
            q.bareUnit !== '个百分点' &&
            (s.startsWith('带动', role.markerStart) || s.startsWith('拉动', role.markerStart))
          ) {
            regionStart = role.markerStart + 2;
            role = rateRole(s, regionStart, q.start);
          }
          if (role.role === 'contribution') {
            regionStart = groupEnd;
            continue;
          }
          const target = cur ?? lastCurrent(sentDrafts);
          if (role.role === 'comparison') {
            const v = changeValue(q);
            // 规上工业总产值增速高于全市2.4个百分点 with no figure before it: the metric's own row, compared only
            const own = v && cur === null ? labelFrom(regionStart, role.markerStart) : null;
            if (own && own.label && !RATE_WORDS.has(own.label) && metricWordIn(own.label)) {
              const d = newDraft(own.label, own.start, role.markerStart);
              d.comparison = {
                against: role.against,
                kind: v!.kind,
                value: role.sign * v!.value,
                text: text.slice(role.markerStart, q.end),
              };
              cur = d;
            } else if (target && !target.comparison && v) {
              target.comparison = {
                against: role.against,
                kind: v.kind,
                value: role.sign * v.value,
                text: text.slice(role.markerStart, q.end),
              };
              target.evEnd = Math.max(target.evEnd, clause.end);
            }
            regionStart = groupEnd;
            continue;
          }
          if (role.role === 'share') {
            const { label, start } = labelFrom(regionStart, role.markerStart);
            // 占…的近四成 (成 = tens of percent), 约占全市的三分之一 (percent already, two decimals)
            const percent =
              q.bareUnit === '成'
                ? Number(q.amount) * 10
                : q.bareUnit === '个百分点' || q.bareUnit === '倍'
                  ? null
                  : Number(q.amount);
            const sh: Share | null = percent === null ? null : { percent, of: role.of };
            if (!sh) {
              regionStart = groupEnd;
              continue;
            }
            if (label && !(target && GENERIC_LABELS.has(label))) {
              const d = newDraft(label, start, role.markerStart);
              d.share = sh;
              // 铜矿砂及其精矿占进口总值的近100%: a thing with no metric words is what holds the share — a
              // product or category of the whole it is a share of
              if (!metricWordIn(label) && role.of && metricWordIn(role.of) && d.subject.kind === 'park') {
                d.subject = { kind: 'industry', name: label, parkId: d.subject.parkId };
                d.label = metricWordIn(role.of)!.word;
              }
              cur = d;
            } else if (target && !target.share) {
              target.share = sh;
              target.evEnd = Math.max(target.evEnd, clause.end);
            }
            regionStart = groupEnd;
            continue;
          }
          const v = fig.doubleDigit ? { kind: 'percent' as const, value: 10 } : changeValue(q);
          if (!v) {
            regionStart = groupEnd;
            continue;
          }
          if (role.role === 'change' || fig.doubleDigit || fig.flat) {
            const sign = fig.doubleDigit ?? (role.role === 'change' && !fig.flat ? role.sign : 1);
            let verbStart = role.role === 'change' && !fig.flat ? role.verbStart : q.start;
            let basis = fig.flat ? fig.flat.basis : role.role === 'change' ? role.basis : null;
            // 年均增长5.8%: an average yearly rate over a span, not a change against last year; 年均 goes
            // with the change (its text and basis 'other'), not the label
            if (verbStart >= 2 && s.startsWith('年均', verbStart - 2)) {
              verbStart -= 2;
              basis = 'other';
            }
            const mk = (f: Fig): Change => makeChange(f, sign, basis, text.slice(verbStart, f.q.end));
            const found = labelFrom(regionStart, verbStart);
            const start = found.start;
            let label = found.label;
            const labelEnd = verbStart;
            let rateOf: Draft | null = null;
            if (v.kind === 'points' && target && RATE_WORDS.has(label)) {
              // 增速较去年同期提高1.6个百分点 after a figure's growth: how that growth rate moved
              if (target.change) {
                label = target.label + label;
                rateOf = target;
              } else label = '';
            }
            // 占比较去年同期下降2.3个百分点 after a share: the share moved; it is the figure's change
            if (v.kind === 'points' && target?.share && SHARE_WORDS.has(label)) label = '';
            // 较年初增长12.6%, 比上月增长3%: the words before the verb are only what it is compared with;
            // the change is the figure's just given
            if (label && /^(较|比|相比|与|同)/.test(label) && !metricWordIn(label)) label = '';
            if (label && GENERIC_LABELS.has(label) && topic) label = topic;
            if (label === '' && cur === null && sentDrafts.length === 0 && topic) label = topic;
            // 新材料产业同比增长2.87%: the subject took all the words; the metric is the one just reported
            if (
              label === '' &&
              clauseSubj &&
              clauseSubjEnd > regionStart &&
              clauseSubjEnd <= verbStart &&
              cur === null
            ) {
              label = (sentDrafts.length > 0 || qizhong ? lastMetricWord : null) ?? clauseSubj.name ?? '';
            }
            // 税收收入占比提高到近八成, 比重上升至62%: the share reached that level; a share, not a change
            const toLevel = /[到至]$/.test(s.slice(verbStart, q.numeralStart).replace(/[近约超逾达 ]+$/, ''));
            if (label && toLevel && v.kind === 'percent' && /(占比|比重)$/.test(label) && !fig.flat) {
              const d = newDraft(label, start, labelEnd);
              d.share = { percent: v.value, of: null };
              cur = d;
              regionStart = groupEnd;
              continue;
            }
            const listed = label && group.length > 1 ? parkList(start) : null;
            if (label && listed?.length === group.length) {
              // 甲、乙、丙工业产值分别增长12%、9%和7%: each park of the list its figure
              group.forEach((g, gi) => {
                const d = newDraft(label, start, labelEnd);
                d.subject = { kind: 'park', name: null, parkId: listed[gi]!.parkId };
                d.change = mk(g);
                cur = d;
              });
            } else if (label && !(cur && !cur.change && GENERIC_LABELS.has(label))) {
              const parts = splitList(label, group.length);
              const industries = parts && industryList(parts);
              if (parts) {
                group.forEach((g, gi) => {
                  const d = newDraft(industries ? industries.label : parts[gi]!, start, labelEnd);
                  if (industries)
                    d.subject = { kind: 'industry', name: industries.names[gi]!, parkId: d.subject.parkId };
                  d.change = mk(g);
                  cur = d;
                });
              } else {
                const d = newDraft(label, start, labelEnd);
                d.change = mk(fig);
                if (rateOf) {
                  d.subject = rateOf.subject;
                  d.evStart = Math.min(d.evStart, rateOf.evStart);
                }
                cur = d;
              }
            } else if (group.length > 1 && listBefore(sentDrafts, group.length)) {
              // 分别为12.3亿元、8.1亿元，分别下降3.2%和1.5%: the changes of the figures just listed, in order
              const list = listBefore(sentDrafts, group.length)!;
              group.forEach((g, gi) => {
                list[gi]!.change = mk(g);
                list[gi]!.evEnd = Math.max(list[gi]!.evEnd, clause.end);
              });
            } else if (target && !target.change) {
              target.change = mk(fig);
              target.evEnd = Math.max(target.evEnd, clause.end);
            }
            regionStart = groupEnd;
            continue;
          }
          // a level given as a percent (研发投入强度3.2%): a value in %, if it has words of its own
          if (q.bareUnit === '%') {
            const { label, start } = labelFrom(regionStart, q.start);
            // (a rate as a level — 产销率97.5%, 入园率68% — is a value; a growth or contribution rate is not)
            // 入园率、开工率和投产率分别达到68%、100%和67%: a list of levels, one for each
            const levels = label ? splitList(label, group.length) : null;
            if (levels && levels.every((l) => /率$/.test(l) && !/(增长率|贡献率)$/.test(l))) {
              group.forEach((g, gi) => {
                const d = newDraft(levels[gi]!, start, q.start);
                d.value = toQuantity(g.q, text);
                cur = d;
              });
            } else if (label && !/(增长率|增速|贡献率|比重|占比)$/.test(label) && !PLAN_WORDS.test(label)) {
              const d = newDraft(label, start, q.start);
              // 研发投入强度6.2%, R&D经费投入强度: spending as a share of output — of 营业收入 for a company,
              // of 地区生产总值 for a place; a share, not a value in %
              if (label.endsWith('强度'))
                d.share = {
                  percent: Number(q.amount),
                  of: d.subject.kind === 'company' ? '营业收入' : '地区生产总值',
                };
              else d.value = toQuantity(q, text);
              cur = d;
            }
          }
          regionStart = groupEnd;
          continue;
        }
        // a value figure
        const before = labelFrom(regionStart, q.start);
        let label = before.label;
        let labelStart = before.start;
        let labelEnd = q.start;
        let nextRegion = groupEnd;
        if (!label || !metricWordIn(label)) {
          const after = afterLabel(s, clause.end, groupEnd);
          if (after.label) {
            label = after.label;
            labelStart = groupEnd;
            labelEnd = after.end;
            nextRegion = after.end;
          }
        }
        // a bare verb before a figure with an object after it (助推3家企业8类产品…) names nothing
        if (
          label.length <= 2 &&
          !metricWordIn(label) &&
          nextRegion === groupEnd &&
          groupEnd < clause.end &&
          s[groupEnd] !== '、'
        )
          label = '';
        // 去年营业收入2150亿元，2022年为1876亿元: another period's figure of the metric just given
        const prev = sentDrafts[sentDrafts.length - 1];
        if (
          !label &&
          prev?.value &&
          prev.value.unit === q.unit &&
          clausePeriod !== null &&
          /^[为是达到约近超了 ]*$/.test(s.slice(labelFrom(regionStart, q.start).start, q.numeralStart))
        ) {
          const d = newDraft(prev.label, regionStart, q.start);
          d.subject = prev.subject;
          // 去年同期为75亿元: the same months a year before
          d.period = clausePeriod.label.endsWith('同期')
            ? prev.period && shiftYear(prev.period, -1, clausePeriod.label)
            : clausePeriod.period;
          d.value = toQuantity(q, text);
          // a change after it (…去年同期为75亿元，增长14.7%) is still the current figure's
          d.earlier = true;
          cur = prev;
          regionStart = nextRegion;
          continue;
        }
        // 其中甲经开区主营业务收入494.8亿元；乙开发区325.4亿元: another park's figure of the metric just given
        // (a list of parks, the metric written once)
        if (
          !label &&
          prev?.value &&
          prev.value.unit === q.unit &&
          clauseSubj?.kind === 'park' &&
          clauseSubj.parkId !== null &&
          clauseSubj.parkId !== prev.subject.parkId
        ) {
          const d = newDraft(prev.label, regionStart, q.start);
          d.value = toQuantity(q, text);
          cur = d;
          regionStart = nextRegion;
          continue;
        }
        // 人均GDP超过10万元，达10.29万元 / 突破300万标箱大关，达到311.03万标箱: the threshold passed, then the
        // figure itself — the figure is the row's value
        if (
          !label &&
          prev?.value?.approx === 'over' &&
          prev.value.unit === q.unit &&
          /^[，, ]*(达到|达|为)[ ]*$/.test(s.slice(regionStart, q.numeralStart))
        ) {
          prev.value = toQuantity(q, text);
          prev.evEnd = Math.max(prev.evEnd, clause.end);
          cur = prev;
          regionStart = nextRegion;
          continue;
        }
        // 全区财政总收入跃上新台阶，达204.11亿元: the metric named in the sentence's first clause
        if (!label && cur === null && sentDrafts.length === 0 && topic) label = topic;
        if (!label) {
          regionStart = nextRegion;
          continue;
        }
        const listed = group.length > 1 ? parkList(labelStart) : null;
        if (listed?.length === group.length) {
          group.forEach((g, gi) => {
            const d = newDraft(label, labelStart, labelEnd);
            d.subject = { kind: 'park', name: null, parkId: listed[gi]!.parkId };
            d.value = toQuantity(g.q, text);
            cur = d;
          });
          regionStart = nextRegion;
          continue;
        }
        const parts = splitList(label, group.length);
        const industries = parts && industryList(parts);
        if (parts) {
          group.forEach((g, gi) => {
            const d = newDraft(industries ? industries.label : parts[gi]!, labelStart, labelEnd);
            if (industries)
              d.subject = { kind: 'industry', name: industries.names[gi]!, parkId: d.subject.parkId };
            d.value = toQuantity(g.q, text);
            cur = d;
          });
        } else {
          const d = newDraft(label, labelStart, labelEnd);
          d.value = toQuantity(q, text);
          cur = d;
        }
        regionStart = nextRegion;
      }
    });

    if (datedSentence && period === null) period = periodBeforeDate;
    if (sentSubj) {
      const ss: SubjectGuess = sentSubj;
      if (ss.kind === 'company' || ss.kind === 'other') carried = ss;
      else if (ss.kind === 'park') {
        carried = null;
        carriedIndustry = null;
      } else if (ss.kind === 'industry') carriedIndustry = ss;
    }
    // 其中出口…: a breakdown in the next sentence is of the region just reported
    const lastSubject = sentSubj as SubjectGuess | null;
    carriedRegion = lastSubject?.kind === 'region' ? lastSubject : null;
    const lastDraft = sentDrafts[sentDrafts.length - 1];
    if (lastDraft && lastDraft.subject.kind === 'industry') carriedIndustry = lastDraft.subject;
  }

  // labels and names were read in the folded text; show them as printed where they stand in the evidence
  // (規上工業産值 stays so), else as read
  const printed = (words: string | null, from: number, to: number): string | null => {
    if (words === null) return null;
    const at = s.indexOf(words, Math.max(0, from));
    return at >= 0 && at + words.length <= to ? text.slice(at, at + words.length) : words;
  };
  return drafts.map((d, n) => {
    const start = pos[d.evStart]!;
    // 年末存款余额: a balance is the stock at the period's end
    if (d.period && d.period.start !== d.period.end && STOCK_LABEL.test(d.label))
      d.period = { ...d.period, start: d.period.end };
    const end = d.evEnd > d.evStart ? pos[d.evEnd - 1]! + 1 : start;
    return {
      id: `${input.articleId}-i${n + 1}`,
      articleId: input.articleId,
      subject: {
        kind: d.subject.kind,
        parkId: d.subject.parkId,
        name: printed(d.subject.name, d.evStart - 200, d.evEnd),
      },
      metric: metricOf(d.label),
      label: printed(d.label, d.evStart, d.evEnd)!,
      basis: {
        subject: d.subjectWritten ? 'written' : 'carried',
        period: d.period === null ? 'none' : d.periodWritten ? 'written' : 'carried',
      },
      value: d.value,
      change: d.change,
      share: d.share,
      comparison: d.comparison,
      period: d.period,
      evidence: { text: input.text.slice(start, end), start, end },
    };
  });
}
