/**
 * A value figure (营业收入2150亿元, 12家企业): a row of its own with the label written before it (or after it),
 * another period's or park's figure of the metric just given, or the figure a threshold led up to.
 */
import { type Period } from '@parkbrief/domain';
import { metricWordIn } from './attribute-subject.js';
import { labelFrom, newDraft, parkList, type ClauseReading, type FigureAt } from './draft-indicator.js';
import { type Draft } from './indicator-draft.js';
import { RISE_VERB } from './indicator-words.js';
import { toQuantity } from './parse-quantity.js';
import { mentionsIn } from './search-spans.js';
import { afterExamples, afterLabel, industryList, splitList, stripEnds } from './read-label.js';
import { sectorLabels } from './read-sector-list.js';

/** A value figure's label and the offsets it spans; `next` is where the next figure's words may start. */
interface ValueLabel {
  readonly label: string;
  readonly labelStart: number;
  readonly labelEnd: number;
  readonly next: number;
}

/**
 * Reads a value figure (or a list of them) into new rows or into the row before it; returns the row the
 * clause is now at and where the next figure's words may start.
 */
export function readValue(c: ClauseReading, at: FigureAt): { cur: Draft | null; next: number } {
  const span = fromToValue(c, at);
  if (span) return { cur: span, next: at.groupEnd };
  const rise = risingFrom(c, at);
  if (typeof rise === 'object' && rise !== null) return { cur: at.cur, next: at.groupEnd };
  const found = rise ? { ...valueLabel(c, at), label: rise } : valueLabel(c, at);
  const next = found.next;
  const before = rowBefore(c, at, found.label);
  if (before) return { cur: before, next };
  // (甲、乙等45家企业: examples before a count leave it no label)
  let label = afterExamples(found.label);
  // 全区财政总收入跃上新台阶，达204.11亿元: the metric named in the sentence's first clause
  const topic = c.sentence.topic;
  if (!label && at.cur === null && c.sentence.drafts.length === 0 && topic) label = topic;
  // 家具制造6户实现产值…: an industry took the words before its count of firms; the count is of that industry
  if (
    !label &&
    at.cur === null &&
    c.subject?.kind === 'industry' &&
    c.subject.name &&
    /^[户家]$/.test(at.fig.q.unit)
  )
    label = c.subject.name;
  if (!label) return { cur: at.cur, next };
  return { cur: placeValue(c, at, { ...found, label }), next };
}

/** A rise to a level: 增加到, 激增至, 提高到 (the verb alone before the figure). */
const RISE_TO = new RegExp(`^[，, ]*(?:也|则|已)?${RISE_VERB}[到至][ ]*$`);
/** A rise written right after a figure (…的54家增加到…): that figure is the base. */
const RISE_AFTER = new RegExp(`^${RISE_VERB}[到至]`);

/**
 * 从设立之初的31家增加到88家 / 钟表类商品出口从上年的零，猛增至36.5亿元: the figure risen from is a base
 * (`{ base: true }`: no row), and the figure reached takes the metric named before 从 (or the sentence's topic);
 * null when the figure is neither.
 */
function risingFrom(c: ClauseReading, at: FigureAt): { base: true } | string | null {
  const { s } = c.article;
  const q = at.fig.q;
  if (at.group.length > 1) return null;
  const lead = s.slice(at.regionStart, q.numeralStart);
  if (/从[^，。；,;]{0,12}的[ ]*$/.test(lead) && RISE_AFTER.test(s.slice(at.groupEnd, at.groupEnd + 4)))
    return { base: true };
  if (!RISE_TO.test(lead)) return null;
  // the metric before 从, in this clause or the one before (…进口从去年的零，激增至…)
  const back = s.slice(Math.max(0, at.regionStart - 40), at.regionStart);
  const m =
    /([\u4e00-\u9fff“”]{2,20})从[^，。；,;]{0,12}的[^，。；,;]{0,8}[，, ]*(也|则|已)?[^，。；,;]{0,4}$/.exec(
      back,
    );
  if (m) {
    const start = at.regionStart - back.length + m.index;
    let from = start;
    // (the mentions within those words only, found by binary search: the text may hold thousands)
    for (const mention of mentionsIn(c.article.mentions, Math.max(0, start - 2), start + m[1]!.length))
      if (mention.end > from) from = mention.end;
    const words = stripEnds(s.slice(from, start + m[1]!.length).replace(/(也|则|已)$/, ''));
    if (words.length >= 2 && metricWordIn(words)) return words;
  }
  return c.sentence.topic;
}

/** The label written before the figure, else after it; '' for a bare verb before a figure with an object. */
function valueLabel(c: ClauseReading, at: FigureAt): ValueLabel {
  const { s } = c.article;
  const { groupEnd } = at;
  const q = at.fig.q;
  const clauseEnd = c.clause.end;
  const before = labelFrom(c, at.regionStart, q.start);
  let label = before.label;
  let labelStart = before.start;
  let labelEnd = q.start;
  let next = groupEnd;
  if (!label || !metricWordIn(label)) {
    const after = afterLabel(s, clauseEnd, groupEnd);
    if (after.label) {
      label = after.label;
      labelStart = groupEnd;
      labelEnd = after.end;
      next = after.end;
    }
  }
  // 以5356万美元/平方公里排名第三: a rank after the figure names no metric
  if (/^(排名|排在|位列|位居|居)/.test(label) && labelStart === groupEnd) label = '';
  // a bare verb before a figure with an object after it (助推3家企业8类产品…) names nothing
  if (
    label.length <= 2 &&
    !metricWordIn(label) &&
    next === groupEnd &&
    groupEnd < clauseEnd &&
    s[groupEnd] !== '、'
  )
    label = '';
  return { label, labelStart, labelEnd, next };
}

/**
 * A figure without a label that is of the row just given: another period's, another park's, or the figure
 * its threshold led up to. Returns the row the clause is now at, null when the figure is none of these.
 */
function rowBefore(c: ClauseReading, at: FigureAt, label: string): Draft | null {
  const { s, text } = c.article;
  const { regionStart } = at;
  const q = at.fig.q;
  const { clausePeriod, subject: clauseSubj } = c;
  // 去年营业收入2150亿元，2022年为1876亿元: another period's figure of the metric just given
  const prev = c.sentence.drafts[c.sentence.drafts.length - 1];
  if (
    !label &&
    prev?.value &&
    prev.value.unit === q.unit &&
    clausePeriod !== null &&
    /^[为是达到约近超了 ]*$/.test(s.slice(labelFrom(c, regionStart, q.start).start, q.numeralStart))
  ) {
    const d = newDraft(c, prev.label, regionStart, q.start);
    d.subject = prev.subject;
    // 去年同期为75亿元: the same months a year before
    d.period = clausePeriod.label.endsWith('同期')
      ? prev.period && shiftYear(prev.period, -1, clausePeriod.label)
      : clausePeriod.period;
    d.value = toQuantity(q, text);
    // a change after it (…去年同期为75亿元，增长14.7%) is still the current figure's
    d.earlier = true;
    return prev;
  }
  // 其中甲经开区主营业务收入494.8亿元；乙开发区325.4亿元: another park's figure of the metric just given
  // (a list of parks, the metric written once); 其次为乙经开区，为6516万美元 / 丙经开区以5356万美元/平方公里
  // 排名第三: the park named in the clause before, the figure in this one
  const parkHere =
    clauseSubj?.kind === 'park'
      ? clauseSubj
      : c.sentence.subject?.kind === 'park' &&
          /^[为是达以约近超 ]*$/.test(s.slice(c.clause.start, q.numeralStart))
        ? c.sentence.subject
        : null;
  // (the metric may have been given in the sentence before: 其次为乙经开区，为6516万美元。)
  const given = prev ?? c.drafts[c.drafts.length - 1];
  if (
    !label &&
    given?.value &&
    sameUnit(given.value.unit, q.unit) &&
    parkHere?.parkId != null &&
    parkHere.parkId !== given.subject.parkId
  ) {
    // (从工业增加值看，乙经开区单位土地增加值领先，为…: a metric this sentence names before its
    // first figure is the figure's, not the metric of the sentence before)
    const topic = prev === undefined ? c.sentence.topic : null;
    const d = newDraft(c, topic ?? given.label, regionStart, q.start);
    d.value = toQuantity(q, text);
    return d;
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
    prev.evEnd = Math.max(prev.evEnd, c.clause.end);
    return prev;
  }
  return null;
}

/** Words between a year and its figure in 从2017年的12亿元 / 增至2021年的首次突破60亿元. */
const YEAR_OF = /^的(首次)?(突破|超过|达到|达)?[近约逾超 ]*$/;

/**
 * 进出口额从2017年的12亿元增至2022年的138亿元: a figure written with its own year after 从 (the label before
 * 从) or after 增至/升到… (the same metric as the figure before it) — each its year's, not the clause's last.
 */
function fromToValue(c: ClauseReading, at: FigureAt): Draft | null {
  if (at.group.length > 1) return null;
  const { s, text } = c.article;
  const q = at.fig.q;
  const year = c.periods.find(
    (p) =>
      (p.period !== null || p.year !== null) &&
      p.start >= at.regionStart &&
      p.end < q.start &&
      YEAR_OF.test(s.slice(p.end, q.numeralStart)),
  );
  // (从2018年 reads as a basis of comparison: its year is the figure's period all the same)
  const period: Period | null =
    year?.period ??
    (year?.year != null ? { label: year.label, start: `${year.year}-01`, end: `${year.year}-12` } : null);
  if (!year || !period) return null;
  const lead = s.slice(at.regionStart, year.start);
  if (lead.endsWith('从')) {
    const { label, start } = labelFrom(c, at.regionStart, year.start - 1);
    if (!label || !metricWordIn(label)) return null;
    const d = newDraft(c, label, start, year.start - 1);
    d.period = period;
    d.value = toQuantity(q, text);
    return d;
  }
  const prev = c.sentence.drafts[c.sentence.drafts.length - 1];
  if (
    !prev?.value ||
    prev.value.unit !== q.unit ||
    !/(增|升|提高|扩大|增长|增加|上升|跃升|提升)(至|到)$/.test(lead)
  )
    return null;
  const d = newDraft(c, prev.label, at.regionStart, q.start);
  d.subject = prev.subject;
  d.period = period;
  d.value = toQuantity(q, text);
  return d;
}

/** The same unit, a density written in full or not (96.98亿元 and 96.42亿元/平方公里 of 每平方公里工业总产值). */
function sameUnit(a: string, b: string): boolean {
  const bare = (u: string): string => u.replace(/\/(平方公里|亩)$/, '');
  return bare(a) === bare(b);
}

/** The same months `years` years later (earlier when negative), labelled as written. */
function shiftYear(p: Period, years: number, label: string): Period {
  const sh = (ym: string): string =>
    `${String(Number(ym.slice(0, 4)) + years).padStart(4, '0')}${ym.slice(4)}`;
  return { label, start: sh(p.start), end: sh(p.end) };
}

/** New rows for a labelled value: one per park or metric of a list, or one; returns the last. */
function placeValue(c: ClauseReading, at: FigureAt, w: ValueLabel): Draft | null {
  const { group } = at;
  const { label, labelStart, labelEnd } = w;
  const text = c.article.text;
  let cur = at.cur;
  const listed = group.length > 1 ? parkList(c, labelStart) : null;
  if (listed?.length === group.length) {
    group.forEach((g, gi) => {
      const d = newDraft(c, label, labelStart, labelEnd);
      d.subject = { kind: 'park', name: null, parkId: listed[gi]!.parkId };
      d.value = toQuantity(g.q, text);
      cur = d;
    });
    return cur;
  }
  const parts =
    sectorLabels(c.article.s.slice(Math.max(0, at.fig.q.start - 24), at.fig.q.start), label, group.length) ??
    splitList(label, group.length);
  const industries = parts && industryList(parts);
  if (parts) {
    group.forEach((g, gi) => {
      const d = newDraft(c, industries ? industries.label : parts[gi]!, labelStart, labelEnd);
      if (industries) d.subject = { kind: 'industry', name: industries.names[gi]!, parkId: d.subject.parkId };
      d.value = toQuantity(g.q, text);
      cur = d;
    });
  } else if (spansYears(c, group.length)) {
    // 2019年至2021年，分别实现生产总值120亿元、134亿元、151亿元: one figure per year, in order
    const from = c.sentence.yearSpan!.from;
    group.forEach((g, gi) => {
      const d = newDraft(c, label, labelStart, labelEnd);
      const y = from + gi;
      d.period = { label: `${y}年`, start: `${y}-01`, end: `${y}-12` };
      d.periodWritten = true;
      d.value = toQuantity(g.q, text);
      cur = d;
    });
  } else {
    const d = newDraft(c, label, labelStart, labelEnd);
    d.value = toQuantity(at.fig.q, text);
    cur = d;
  }
  return cur;
}

/** The sentence spans as many years as the list has figures (and the list is one metric's). */
function spansYears(c: ClauseReading, n: number): boolean {
  const span = c.sentence.yearSpan;
  return n > 1 && span !== null && span.to - span.from + 1 === n;
}
