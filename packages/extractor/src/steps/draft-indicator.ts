/**
 * A clause as its figures are read (`ClauseReading`), and the helpers every figure's reader uses: the label
 * between two offsets, the parks named as a list, the subject of a label, and a new row (`newDraft`) with
 * its subject, label and period decided.
 */
import { type classifyMetric } from '@parkbrief/domain';
import {
  isSubjectPosition,
  splitIndustryLabel,
  splitRegionLabel,
  type Mention,
  type SubjectGuess,
} from './attribute-subject.js';
import {
  carryMetricWord,
  leadsAsGroup,
  parkDefault,
  parkOf,
  type ReadingState,
  type SentenceState,
} from './carry-state.js';
import { findSpeaker } from './find-speaker.js';
import { FIRM_COUNT, LIST_JOINTS } from './indicator-words.js';
import { metricOf, type ArticleText, type Draft } from './indicator-draft.js';
import { afterExamples, labelBetween } from './read-label.js';
import { type PeriodMention } from './resolve-period.js';
import { type Fig } from './scan-figures.js';
import { type Clause } from './split-sentences.js';

/** One clause being read: the article, the carried state, and what was found in the clause before its figures. */
export interface ClauseReading {
  readonly article: ArticleText;
  readonly state: ReadingState;
  readonly sentence: SentenceState;
  /** Every row of the article so far; a new row is added here and to the sentence's. */
  readonly drafts: Draft[];
  readonly clause: Clause;
  readonly periods: readonly PeriodMention[];
  /** The clause's own period, null when none. */
  readonly clausePeriod: PeriodMention | null;
  /** The mentions in the clause, in order. */
  readonly mentions: readonly Mention[];
  /** Where the clause's words start past its leading period words. */
  readonly contentStart: number;
  /** The clause's own subject (`findClauseSubject`), null when it names none. */
  readonly subject: SubjectGuess | null;
  /** Where the words of the clause's subject end (-1 when unknown): a label starts after them. */
  readonly subjectEnd: number;
}

/** The label between `from` and `until` in the clause, never taking the words of the clause's subject. */
export function labelFrom(c: ClauseReading, from: number, until: number): { label: string; start: number } {
  return labelBetween(
    c.article.s,
    c.periods,
    c.mentions,
    Math.max(from, c.clause.start, c.subjectEnd),
    until,
  );
}

/**
 * 甲、乙和丙…: the parks named as a list before `until` in this clause (null unless two or more); else, when
 * the clause pairs figures with 分别, the list an earlier clause of the sentence named (甲和乙的投资增长迅速，
 * 分别增长50.1%和46.9%).
 */
export function parkList(c: ClauseReading, until: number): Mention[] | null {
  const s = c.article.s;
  const here = joinedParks(
    s,
    c.mentions.filter((m) => m.start >= c.contentStart && m.end <= until),
  );
  if (here) return here;
  return s.slice(c.clause.start, c.clause.end).includes('分别') ? c.sentence.parkList : null;
}

/** Two or more parks (not references) written one after another, joined by 、/和/及 or by nothing; else null. */
export function joinedParks(s: string, mentions: readonly Mention[]): Mention[] | null {
  const ps = mentions.filter((m) => m.kind === 'park' && !m.ref && m.parkId !== null);
  if (ps.length < 2) return null;
  for (let k = 1; k < ps.length; k++) {
    const joint = s.slice(ps[k - 1]!.end, ps[k]!.start);
    // (nothing between two names is a list whose 、 was lost: 海口江东新区海口综合保税区)
    if (!LIST_JOINTS.has(joint) && joint !== '') return null;
  }
  return ps;
}

/**
 * The subject of a label from `labelStart` to `labelEnd`: the last one the clause names before the label's
 * end, else the clause's, the sentence's, a quote's speaker, a breakdown's whole, the carried one or the
 * park the text is about; `written` when the clause itself names it (not carried from before it).
 */
export function subjectFor(
  c: ClauseReading,
  labelStart: number,
  labelEnd: number,
): { subject: SubjectGuess; written: boolean } {
  const { s } = c.article;
  const { state, sentence } = c;
  let subj: SubjectGuess | null = null;
  for (const m of c.mentions) {
    if (m.start >= labelEnd) break;
    if (m.kind === 'company') subj = { kind: 'company', name: m.name, parkId: null };
    else if (m.kind === 'companyRef') subj = { kind: 'company', name: state.lastCompany, parkId: null };
    else if (m.kind === 'region') {
      if (leadsAsGroup(s, c.contentStart, m)) subj = { kind: 'region', name: m.name, parkId: null };
    } else if (m.ref && state.subArea && s.startsWith('园区', m.start)) subj = state.subArea;
    else if (isSubjectPosition(s, c.clause.start, m.start, m.end))
      subj = { kind: 'park', name: null, parkId: parkOf(state, s, m) };
  }
  const written = subj !== null || c.subject !== null;
  subj ??= c.subject ?? sentence.subject;
  const quote = sentence.quote;
  if (!subj && quote && quote.start < labelStart && labelStart < quote.end)
    subj = findSpeaker(c.article, quote, state.lastCompany);
  if (!subj && sentence.qizhong) subj = state.carriedIndustry ?? state.carriedRegion;
  subj ??= state.carried ?? parkDefault(state);
  const parkId =
    subj.kind === 'park' ? (subj.parkId ?? state.currentPark) : (state.lastParkId ?? state.currentPark);
  return { subject: { ...subj, parkId }, written };
}

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

/** Metrics of what members of a group did for the whole (贡献产值, 投资完成率), not the whole's own. */
const MEMBERS_METRIC = /^(贡献|带来)|完成率$|^投资完成/;
/** Counts of firms or projects: the members a following 贡献…/完成率 is of. */
const COUNTED_MEMBERS = /(企业|项目|工程)$/;

/** A class of firms by ownership (外资企业, 民营企业), as a breakdown of the park's firms names it. */
const OWNERSHIP_CLASS = /(外商投资|外商独资|中外合资|外资|港澳台资?|内资|民营|私营|国有)企业/;

/**
 * A new row for the label from `labelStart` to `labelEnd`, under the period carried, added to the article's
 * and the sentence's rows. An industry or a place written in the label becomes its subject (and the
 * sentence's from then on); its metric word is the one a later bare change is of.
 */
export function newDraft(c: ClauseReading, label: string, labelStart: number, labelEnd: number): Draft {
  const { state, sentence } = c;
  const found = subjectFor(c, labelStart, labelEnd);
  let subject = found.subject;
  const subjectWritten = found.written;
  let finalLabel = afterExamples(label);
  // an industry carried from an earlier clause does not take a park's own totals (先进制造业产值…，年计划
  // 投资699亿元; 现代服务业…，三产投资…): investment, trade, taxes and output of the whole are the park's
  if (!subjectWritten && subject.kind === 'industry' && PARK_TOTALS.has(metricOf(finalLabel))) {
    const park = parkDefault(state);
    subject = { ...park, parkId: park.kind === 'park' ? park.parkId : subject.parkId };
  }
  if (subject.kind === 'park' || subject.kind === 'industry') {
    const split = splitIndustryLabel(finalLabel);
    // (全区新能源汽车产量, 该区手机总产量: a product's output is that product's, even where the park is
    // written as the subject — a product is an industry of the park)
    if (split) {
      // 四强产业增加值增长13.11%，新材料产业同比增长2.87%: the metric just reported in this sentence
      // (or the one a 其中 sentence breaks down); a sentence of its own (主导产业保持两位数增长) has none
      const metricHere = sentence.drafts.length > 0 || sentence.qizhong ? state.lastMetricWord : null;
      const inherited = split.rest || metricHere || split.industry;
      // 甲、乙等38家重点企业产值…: firms counted (and named by example) are a group of firms, not a class
      let groupFrom = c.clause.start;
      for (const m of c.mentions) if (m.end <= labelStart && m.end > groupFrom) groupFrom = m.end;
      const group = countedGroup(c.article.s, groupFrom, labelStart, split.industry);
      subject = group
        ? { kind: 'company', name: group, parkId: subject.parkId }
        : { kind: 'industry', name: split.industry, parkId: subject.parkId };
      finalLabel = inherited;
      // the clauses after it go on about the industry (…营业收入增长26.3%，集聚相关企业80余家)
      sentence.subject = subject;
    }
  }
  // 首次纳统企业21家，贡献产值47亿元 / 调度28个重大工程，投资完成率31.5%: what the firms or projects just
  // counted contributed or completed is theirs, not the park's
  const counted = sentence.drafts[sentence.drafts.length - 1];
  if (
    !subjectWritten &&
    subject.kind === 'park' &&
    MEMBERS_METRIC.test(finalLabel) &&
    counted?.value?.base?.unit === 'count' &&
    COUNTED_MEMBERS.test(counted.label)
  )
    subject = { kind: 'company', name: counted.label, parkId: subject.parkId };
  // 其中外资企业248家 / 其中新设外资企业19家: a breakdown by ownership is that class of firms'
  const owned = subject.kind === 'park' ? OWNERSHIP_CLASS.exec(finalLabel) : null;
  // (其中 may stand just before the clause: the clause's words start after it)
  // (the label's offsets may still hold the 其中 its words were cut from)
  // (新设企业中外商投资企业185家: the whole named before 中)
  const breakdown =
    /其中/.test(c.article.s.slice(Math.max(0, c.clause.start - 3), labelStart + 2)) ||
    (owned !== null && /企业中$/.test(finalLabel.slice(0, owned.index)));
  if (owned && breakdown) {
    subject = { kind: 'industry', name: `${owned[1]}企业`, parkId: subject.parkId };
    finalLabel = finalLabel.replace(owned[0], '企业').replace(/^(.+企业)中企业$/, '$1');
    // (新设企业3000家，其中外资企业248家: the count broken down is what the class's figure counts)
    const whole = sentence.drafts[sentence.drafts.length - 1]?.label;
    if (finalLabel === '企业' && whole?.endsWith('企业')) finalLabel = whole;
  }
  if (subject.kind === 'park' && !subjectWritten) {
    // 乌鲁木齐市外贸进出口额同比增长13.5%: a place before the metric is whose figure it is; the clauses
    // after it go on about that place
    const place = splitRegionLabel(finalLabel);
    if (place) {
      subject = { kind: 'region', name: place.region, parkId: subject.parkId };
      finalLabel = place.rest;
      sentence.subject = subject;
    }
  }
  const d: Draft = {
    subject,
    label: finalLabel,
    value: null,
    change: null,
    share: null,
    comparison: null,
    period: state.period,
    evStart: c.clause.start,
    evEnd: c.clause.end,
    subjectWritten,
    periodWritten: sentence.periodInSentence !== null && sentence.periodInSentence === state.period,
  };
  carryMetricWord(state, finalLabel);
  c.drafts.push(d);
  sentence.drafts.push(d);
  return d;
}

/** A count ending the words before a group's name, with the examples before it (甲、乙等38家). */
const COUNT_BEFORE_GROUP = new RegExp(`([^，。；：,;:]{0,40}?等)?${FIRM_COUNT}$`);

/** Names of a group of firms or projects (企业, 银行, 项目): counted, they are a group, not a class. */
const GROUP_END = /(企业|公司|银行|机构|项目|工程)$/;

/**
 * The name of a group of firms written as a count before `name` (…等38家重点企业, 16家银行), examples
 * included; null when no count stands right before it.
 */
export function countedGroup(s: string, from: number, at: number, name: string): string | null {
  // (29户规模以上工业企业: the firms of a size class counted are the park's statistical whole, not a group)
  if (!GROUP_END.test(name) || /规模以上|规上|限额以上|限上|入统|在统/.test(name)) return null;
  const words = s.slice(Math.max(from, at - 60), at).replace(/^(全区|园区|区内|我区|本区)/, '');
  const m = COUNT_BEFORE_GROUP.exec(words);
  return m ? m[0] + name : null;
}

/** A figure (or the list of figures it opens) as its reader gets it. */
export interface FigureAt {
  readonly fig: Fig;
  /** The figures of the list it opens (16%、14.5%), itself first. */
  readonly group: readonly Fig[];
  /** Where the list's last figure ends. */
  readonly groupEnd: number;
  /** Where the words that may be the figure's own start (past the figure before it). */
  readonly regionStart: number;
  /** The row the clause's figure before went to; null at the clause's first. */
  readonly cur: Draft | null;
}
