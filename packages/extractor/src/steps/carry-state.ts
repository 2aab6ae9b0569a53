/**
 * What reading an article carries from clause to clause and sentence to sentence: the period, the subject
 * (a company, an industry, a region, a sub-area), the park the text is about, the metric last named. One
 * typed object for the article (`ReadingState`) and one for the sentence being read (`SentenceState`), and
 * one small rule per carry. The rules update the state they are given and nothing else.
 */
import { type Park, type Period } from '@parkbrief/domain';
import { FIRM_COUNT, LIST_JOINTS } from './indicator-words.js';
import { metricWordIn, isSubjectPosition, type Mention, type SubjectGuess } from './attribute-subject.js';
import { type ArticleText, type Draft } from './indicator-draft.js';
import { stripEnds } from './read-label.js';
import { type PeriodMention } from './resolve-period.js';
import { lowerBound } from './search-spans.js';
import { type Clause, type QuoteSpan, type Sentence } from './split-sentences.js';

/** What is carried across sentences and paragraphs while an article is read. */
export interface ReadingState {
  /** The paragraph of the sentence last read. */
  paragraph: number;
  /** The period the figures are under until another is named. */
  period: Period | null;
  /** The year a bare 1-7月 or 全年 is in. */
  contextYear: number | null;
  /** A company or other subject of the paragraph's last sentence, to which its next figures belong. */
  carried: SubjectGuess | null;
  /** A sub-area named as a subject (…高新区量子科技产业园迎来…): 园区 in the paragraph's next clauses is it. */
  subArea: SubjectGuess | null;
  /** Every sub-area named after its park so far: a later paragraph opening with one's name (A区的…) is about it. */
  subAreasNamed: SubjectGuess[];
  /** The industry last reported, which a 其中 sentence breaks down. */
  carriedIndustry: SubjectGuess | null;
  /** The region the last sentence was about, which a 其中 sentence breaks down. */
  carriedRegion: SubjectGuess | null;
  /** The company last named: what 该企业, 公司 refer to. */
  lastCompany: string | null;
  /** The metric word of the last row (增加值, 营业收入): what 新材料产业同比增长2.87% grew in. */
  lastMetricWord: string | null;
  /** The park last named (not by a reference): whose figures an industry's or a company's are. */
  lastParkId: string | null;
  /**
   * The park the article is talking about now: the one last named as a subject (合肥经开区则在…发力。全年
   * 规上工业增加值…), to which a bare figure, 园区 or 全区 refers — in an article about several parks the
   * first one is not the default for all.
   */
  currentPark: string | null;
  /**
   * Many parks together, named as the subject (全市工业园区…): what the bare figures after it are about until
   * a single park is named as a subject or the paragraph ends.
   */
  currentGroup: SubjectGuess | null;
  /** The park the text was about before a 其中 breakdown named a sub-park as a subject (hold-breakdown-park). */
  parkBeforeBreakdown?: string | null;
  /** Kind noun (片区, 综保区) → the park of that kind named last. */
  readonly lastOfKind: Map<string, string>;
}

/** What is carried from clause to clause within one sentence. */
export interface SentenceState {
  /** The speech quote the sentence is in, if any: its speaker is the subject of what it says. */
  readonly quote: QuoteSpan | null;
  /** The sentence opens with 其中: a breakdown of what was just reported. */
  readonly qizhong: boolean;
  /** The subject of the clauses read so far. */
  subject: SubjectGuess | null;
  /** The rows of the sentence, in order. */
  readonly drafts: Draft[];
  /** The metric named in the sentence's first clause when it has no figure (全区财政总收入跃上新台阶，…). */
  topic: string | null;
  /**
   * The metric named in the sentence's first clause, figures or not (技工贸收入增长较快的园区有3家，分别是甲园区
   * 同比增长40%、…): what a park's bare change later in the sentence is of.
   */
  leadMetric: string | null;
  /** The parks the sentence last named as a list (甲、乙和丙), which a later 分别 pairs with its figures. */
  parkList: Mention[] | null;
  /** A date or a plan was named: the figures have no period of their own. */
  datedSentence: boolean;
  /** The period carried before the date was named, resumed after the sentence. */
  periodBeforeDate: Period | null;
  /** The park or region the sentence is about, named in its first clauses: what a semicolon returns to. */
  topicSubject: SubjectGuess | null;
  /** The period named in this sentence (上半年，园区实现…): a figure under it has its period written. */
  periodInSentence: Period | null;
  /** The years the sentence spans (2019年至2021年，分别实现…): a list of one figure per year is theirs in order. */
  readonly yearSpan: { readonly from: number; readonly to: number } | null;
}

/** A span of years written in full (2019年至2021年, 2016—2018年). */
const YEAR_SPAN = /(\d{4})年?(?:至|到|—|－|-|~|～)(\d{4})年/;

function yearSpanIn(s: string, from: number, to: number): SentenceState['yearSpan'] {
  // (only the sentence's opening words: the span leads the list it dates)
  const m = YEAR_SPAN.exec(s.slice(from, Math.min(to, from + 40)));
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return b > a && b - a <= 10 ? { from: a, to: b } : null;
}

/** The state at an article's start: the main park is current, the headline's year the context year. */
export function startReading(mainPark: string | null, headline: string): ReadingState {
  return {
    paragraph: -1,
    period: null,
    contextYear: yearNamedIn(headline),
    carried: null,
    subArea: null,
    subAreasNamed: [],
    carriedIndustry: null,
    carriedRegion: null,
    lastCompany: null,
    lastMetricWord: null,
    lastParkId: mainPark,
    currentPark: mainPark,
    currentGroup: null,
    lastOfKind: new Map<string, string>(),
  };
}

/** A year a headline names (2011年国民经济…公报); null when none. */
function yearNamedIn(headline: string): number | null {
  const m = /((?:19|20)\d{2})年/.exec(headline);
  return m ? Number(m[1]) : null;
}

/** Kind nouns that stand for a park of that kind when written alone (片区实现…, 该综保区). */
const KIND_NOUNS = ['片区', '综保区', '保税区', '高新区', '经开区', '开发区', '新区', '自贸区', '示范区'];

/**
 * Each park's kind nouns: 片区, 综保区, 新区 alone refer to the park of that kind named last (在某自贸片区某
 * 综保区…，片区实现… is the free-trade area's), 全区/该区 to the park the text is about.
 */
export function kindNouns(parks: readonly Park[]): Map<string, readonly string[]> {
  const kindOf = new Map<string, readonly string[]>();
  for (const p of parks)
    kindOf.set(
      p.id,
      KIND_NOUNS.filter((k) => [p.shortName, p.name, ...p.aliases].some((n) => n.endsWith(k))),
    );
  return kindOf;
}

/**
 * A new paragraph ends what a company said or did; the period runs on until a new one is named (articles
 * state 1-7月 once and report paragraph after paragraph under it).
 */
export function startParagraph(state: ReadingState, paragraph: number): void {
  state.paragraph = paragraph;
  state.carried = null;
  state.carriedIndustry = null;
  state.carriedRegion = null;
  state.subArea = null;
}

/** A sentence's own state: nothing of the sentence before it, the quote it is in, whether it opens with 其中. */
export function startSentence(article: ArticleText, sentence: Sentence): SentenceState {
  const s = article.s;
  const speech = article.speechQuotes;
  const qi = lowerBound(speech, sentence.start + 1) - 1;
  const quote = qi >= 0 && speech[qi]!.end > sentence.start ? speech[qi]! : null;
  const head = s.slice(sentence.start, sentence.start + 4).replace(/^[“”]/, '');
  return {
    quote,
    qizhong: head.startsWith('其中'),
    subject: null,
    drafts: [],
    topic: null,
    leadMetric: null,
    parkList: null,
    datedSentence: false,
    periodBeforeDate: null,
    topicSubject: null,
    periodInSentence: null,
    yearSpan: yearSpanIn(s, sentence.start, sentence.end),
  };
}

/**
 * A semicolon ends a topic chain: what follows it (…；实际利用内资56亿元) names its own subject or is the
 * park's again, so the subject of the clauses before it is not carried over (the sentence's topic — a park
 * or region named first — stays: 园区已兑现…；争取奖励资金… is still the park's, 全国进出口…其中出口…；进口…
 * still the country's).
 */
export function returnToTopic(sent: SentenceState, prevSep: string): void {
  if (prevSep === '；' || prevSep === ';') sent.subject = sent.topicSubject;
}

/** Words that compare a figure with another place or time (高于全市, 快于上年同期). */
const COMPARISON_WORD = /高于|低于|快于|慢于|好于|优于|领先于/;

/**
 * The clause's periods become the ones carried on; returns the clause's own period (the last one named
 * before a comparison word), null when none.
 */
export function carryPeriods(
  state: ReadingState,
  sent: SentenceState,
  s: string,
  clause: Clause,
  periods: readonly PeriodMention[],
): PeriodMention | null {
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
    if (p.year !== null) state.contextYear = p.year;
    if (p.period) {
      state.period = p.period;
      sent.periodInSentence = p.period;
    } else if (!sent.datedSentence) {
      // 8月8日，园区签约项目12个 / 将于9月投产，年产值可达5亿元: the figures of a dated event or a plan
      // have no period of their own; the period carried so far resumes after the sentence
      sent.datedSentence = true;
      sent.periodBeforeDate = state.period;
      state.period = null;
    }
  }
  return clausePeriod;
}

/** The first company named in a clause is the one 该企业 and 公司 refer to from then on. */
export function carryCompany(state: ReadingState, clauseMentions: readonly Mention[]): void {
  const firstCompany = clauseMentions.find((m) => m.kind === 'company' && m.name);
  if (firstCompany?.name) state.lastCompany = firstCompany.name;
}

/** Many parks together open the clause as its subject (全市工业园区实现…; not 位列全省开发区第一). */
export function leadsAsGroup(s: string, contentStart: number, m: Mention): boolean {
  return (
    m.kind === 'region' &&
    // (这27个国家级开发区, 东部沿海33家开发区, 广东省内13个综保区: a demonstrative or the part of the country
    // the group lies in may come first)
    // (高新区和四个市级工业园区: a park named with the group is in it)
    /^(其中|而|同时|此外|另外|目前|今年|全年)?(这|这些|上述|其余|其他)?(全国|国内|东部沿海|东部|中西部|西部|中部|东北|[\u4e00-\u9fff]{2,3}(省|市)内?|[\u4e00-\u9fff]{2,3}内|[\u4e00-\u9fff]{0,10}(高新区|经开区|开发区|新区|园区|综保区)(和|及|与))?[“"‘]?$/.test(
      s.slice(contentStart, m.start),
    )
  );
}

/**
 * The parks and groups a clause names: the last park named and the last of each kind, and the park or group
 * named as the subject before the clause's first figure, which becomes the one the text is about. Returns
 * the group when parks listed together are the clause's subject.
 */
export function carryParks(
  state: ReadingState,
  article: ArticleText,
  clause: Clause,
  clauseMentions: readonly Mention[],
  contentStart: number,
  firstFig: number,
): SubjectGuess | null {
  const s = article.s;
  for (const m of clauseMentions) {
    // …and the bare figures after it are their total
    if (leadsAsGroup(s, contentStart, m) && m.start < firstFig)
      state.currentGroup = { kind: 'region', name: m.name, parkId: null };
    if (m.kind !== 'park' || !m.parkId) continue;
    if (!m.ref) {
      state.lastParkId = m.parkId;
      for (const k of article.kindOf.get(m.parkId) ?? []) state.lastOfKind.set(k, m.parkId);
    }
    // a park named as the subject before any figure of its clause (whether the sentence has figures or
    // not) is the one the text goes on about
    // (a sentence that is a name alone — a photo's caption, a heading — says nothing about it)
    const alone = !/[\u4e00-\u9fff0-9]/.test(s.slice(clause.start, m.start) + s.slice(m.end, clause.end));
    if (m.start < firstFig && !alone && isSubjectPosition(s, clause.start, m.start, m.end)) {
      if (!m.ref) state.currentPark = m.parkId;
      state.currentGroup = null;
    }
  }
  // 甲新区、乙新区和丙新区分别与企业签约，…协议总投资582亿元: parks listed together as the subject; the bare
  // figures after them are theirs together, no single park's (a figure for each is paired by 分别 apart)
  const listed = parksListedAsSubject(s, clause, clauseMentions, firstFig);
  if (!listed) return null;
  state.currentGroup = { kind: 'region', name: listed, parkId: null };
  return state.currentGroup;
}

/** The names of two or more parks listed at the clause's start (甲、乙和丙), before its first figure. */
function parksListedAsSubject(
  s: string,
  clause: Clause,
  clauseMentions: readonly Mention[],
  firstFig: number,
): string | null {
  const ps = clauseMentions.filter(
    (m) => m.kind === 'park' && !m.ref && m.parkId !== null && m.end <= firstFig,
  );
  if (ps.length < 2 || !/^[\s“]*(其中|而|同时|此外|另外)?$/.test(s.slice(clause.start, ps[0]!.start)))
    return null;
  if (!isSubjectPosition(s, clause.start, ps[0]!.start, ps[ps.length - 1]!.end)) return null;
  for (let k = 1; k < ps.length; k++)
    if (!LIST_JOINTS.has(s.slice(ps[k - 1]!.end, ps[k]!.start))) return null;
  return s.slice(ps[0]!.start, ps[ps.length - 1]!.end);
}

/**
 * A sub-area named as a subject (…高新区量子科技产业园迎来…): 园区 in the paragraph's next clauses is it, until
 * another is named or the paragraph ends.
 */
export function carrySubArea(state: ReadingState, subArea: SubjectGuess | null): void {
  if (!subArea) return;
  state.subArea = subArea;
  // (the last few only: each clause looks them up)
  if (!state.subAreasNamed.some((a) => a.name === subArea.name) && state.subAreasNamed.push(subArea) > 8)
    state.subAreasNamed.shift();
}

/**
 * A clause opening with the name of a sub-area named before (A区的一位物业人员说，园区内…) is about it again,
 * in a later paragraph too: 园区 is that sub-area from there on.
 */
export function resumeSubArea(state: ReadingState, s: string, contentStart: number): void {
  for (const a of state.subAreasNamed)
    if (a.name && s.startsWith(a.name, contentStart) && a !== state.subArea) state.subArea = a;
}

/**
 * The metric word of a new row's label (增加值, 营业收入) is what a later change with no metric of its own is of
 * (四强产业增加值增长13.11%，新材料产业同比增长2.87%).
 */
export function carryMetricWord(state: ReadingState, label: string): void {
  const mw = metricWordIn(label);
  if (mw) state.lastMetricWord = mw.word;
}

/** The park a park mention stands for: itself, or for a reference (该区, 片区) the park of that kind last named. */
export function parkOf(state: ReadingState, s: string, m: Mention): string | null {
  if (!m.ref) return m.parkId;
  const word = s.slice(m.start, m.end).replace(/^[该本全这此]/, '');
  return state.lastOfKind.get(word) ?? state.currentPark;
}

/** Whose a bare figure is: the group of parks named as subject, else the park the text is about. */
export function parkDefault(state: ReadingState): SubjectGuess {
  return (
    state.currentGroup ??
    (state.currentPark !== null
      ? { kind: 'park', name: null, parkId: state.currentPark }
      : { kind: 'other', name: null, parkId: null })
  );
}

/**
 * A clause's own subject is the sentence's from then on; the first park or region that figures are given
 * for is the sentence's topic (what a semicolon returns to).
 */
export function carryClauseSubject(
  sent: SentenceState,
  clauseSubj: SubjectGuess | null,
  figCount: number,
  last = false,
): void {
  // …货值3841万美元，某机场已成为全国最大的口岸。: a name in the last clause, without figures, after the
  // sentence's figures concludes about it; the figures before were not its, nor are the next sentence's
  // (其次为乙经开区，每平方公里…: a name in a middle clause still leads the figures after it)
  if (clauseSubj && !(last && figCount === 0 && sent.drafts.length > 0)) sent.subject = clauseSubj;
  if (
    sent.topicSubject === null &&
    figCount > 0 &&
    (sent.subject?.kind === 'park' || sent.subject?.kind === 'region')
  )
    sent.topicSubject = sent.subject;
}

/**
 * A sentence's first clause without figures names the metric its next figures are of (全区财政总收入跃上新
 * 台阶，达204.11亿元).
 */
export function carryTopic(sent: SentenceState, s: string, contentStart: number, clauseEnd: number): void {
  const metric = metricNamed(s, contentStart, clauseEnd);
  if (metric) sent.topic = metric;
}

/** The metric a clause names (its words up to the metric word), or null. */
export function metricNamed(s: string, from: number, to: number): string | null {
  const body = s.slice(from, to);
  const mw = metricWordIn(body);
  return mw ? stripEnds(body.slice(0, mw.index + mw.word.length)) || null : null;
}

/** The words of a money metric a text opens with, known or not (技工贸收入, 上交税金), or null. */
const MONEY_METRIC = /^[\u4e00-\u9fff]{0,8}?(收入|营收|产值|增加值|投资|税收|税金|利润|销售额|进出口额|总额)/;

/**
 * The metric a sentence's first clause names before its figures (技工贸收入增长较快的园区有3家): a metric
 * word, else the words of a money metric it opens with.
 */
export function leadMetricNamed(s: string, from: number, to: number): string | null {
  return metricNamed(s, from, to) ?? MONEY_METRIC.exec(s.slice(from, to))?.[0] ?? null;
}

/** After a dated sentence (8月8日，园区签约项目12个) the period carried before the date resumes. */
export function resumePeriod(state: ReadingState, sent: SentenceState): void {
  if (sent.datedSentence && state.period === null) state.period = sent.periodBeforeDate;
}

/** A group of firms named by its count (…等38家重点企业, 16家银行). */
const COUNTED_GROUP = new RegExp(`${FIRM_COUNT}[^家个]*$`);

/**
 * A sentence's subject at its end: a company's or other subject carries to the next sentence of the
 * paragraph, a park ends the carry; the region and the industry last reported carry for a breakdown (其中…).
 */
export function carrySentenceSubject(state: ReadingState, sent: SentenceState): void {
  const ss = sent.subject;
  if (ss) {
    // (a counted group of firms, 38家重点企业, is what its own sentence is about: the next names its own)
    if ((ss.kind === 'company' && !COUNTED_GROUP.test(ss.name ?? '')) || ss.kind === 'other')
      state.carried = ss;
    else if (ss.kind === 'park') {
      state.carried = null;
      state.carriedIndustry = null;
    } else if (ss.kind === 'industry') state.carriedIndustry = ss;
  }
  // 其中出口…: a breakdown in the next sentence is of the region just reported
  state.carriedRegion = ss?.kind === 'region' ? ss : null;
  const lastDraft = sent.drafts[sent.drafts.length - 1];
  if (lastDraft && lastDraft.subject.kind === 'industry') state.carriedIndustry = lastDraft.subject;
}
