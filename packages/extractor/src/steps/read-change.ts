/**
 * A change (同比增长12.6%, 下降3.2%, 提高1.6个百分点, 两位数增长, 与上年持平, 翻了一番): a row of its own when
 * its label is written before it, else the change of the row (or the list of rows) before it.
 */
import { type Change } from '@parkbrief/domain';
import { metricWordIn } from './attribute-subject.js';
import { labelFrom, newDraft, parkList, type ClauseReading, type FigureAt } from './draft-indicator.js';
import { listBefore, type Draft } from './indicator-draft.js';
import { GENERIC_LABELS, RATE_WORDS, SHARE_WORDS } from './indicator-words.js';
import { type RateRole } from './parse-change.js';
import { industryList, splitList } from './read-label.js';
import { makeChange, type Fig } from './scan-figures.js';

/** A change's value: its kind and its size unsigned. */
export interface ChangeSize {
  readonly kind: Change['kind'];
  readonly value: number;
}

/**
 * Reads a change figure (or a list of them) into new rows or into the rows before it; returns the row the
 * clause is now at.
 */
export function readChange(
  c: ClauseReading,
  at: FigureAt,
  role: Extract<RateRole, { role: 'change' | 'level' }>,
  target: Draft | null,
  v: ChangeSize,
): Draft | null {
  const { fig } = at;
  const q = fig.q;
  const s = c.article.s;
  const sign = fig.doubleDigit ?? (role.role === 'change' && !fig.flat ? role.sign : 1);
  let verbStart = role.role === 'change' && !fig.flat ? role.verbStart : q.start;
  let basis = fig.flat ? fig.flat.basis : role.role === 'change' ? role.basis : null;
  // 年均增长5.8%: an average yearly rate over a span, not a change against last year; 年均 goes
  // with the change (its text and basis 'other'), not the label
  if (verbStart >= 2 && s.startsWith('年均', verbStart - 2)) {
    verbStart -= 2;
    basis = 'other';
  }
  const text = c.article.text;
  // each figure of a list (分别增长12%、9%和7%) with the verb and its own figure only: 增长9%
  const firstStart = at.group[0]!.q.start;
  const mk = (f: Fig): Change =>
    makeChange(
      f,
      sign,
      basis,
      f.q.start === firstStart
        ? text.slice(verbStart, f.q.end)
        : text.slice(verbStart, firstStart) + text.slice(f.q.start, f.q.end),
    );
  const { label, start, rateOf } = changeLabel(c, at, target, v, verbStart);
  // 税收收入占比提高到近八成, 比重上升至62%: the share reached that level; a share, not a change
  const toLevel = /[到至]$/.test(s.slice(verbStart, q.numeralStart).replace(/[近约超逾达 ]+$/, ''));
  if (label && toLevel && v.kind === 'percent' && /(占比|比重)$/.test(label) && !fig.flat) {
    const d = newDraft(c, label, start, verbStart);
    d.share = { percent: v.value, of: null, approx: q.approx };
    return d;
  }
  // 三项增长均超过16倍, 两项指标均增长10%: the change of each of the last figures counted
  const items = /^([两二三四五六七八九十]|\d{1,2})项(指标)?(增长|增速|增幅)?$/.exec(label);
  const all = /[均都]/.test(s.slice(at.regionStart, q.numeralStart));
  if (items && all) {
    const k = '两二三四五六七八九十'.indexOf(items[1]!);
    const n = k < 0 ? Number(items[1]) : Math.max(2, k + 1);
    // (of the sentence's figures: a figure the sentence listed without a row of its own is left out)
    for (const d of c.sentence.drafts.slice(-n)) if (!d.change) d.change = mk(fig);
    return at.cur;
  }
  // a summary with no metric of its own (主要经济指标增幅均超过20%) names no figure
  if (all && label && !metricWordIn(label)) return at.cur;
  // 高技术制造业产值占全区工业总产值比重同比提高3%: a share moved, its level not given — neither the
  // share's whole nor its part changed by that much, and a share without its level is no row
  if (label && /(占比|比重)$/.test(label) && /占/.test(s.slice(at.regionStart, verbStart)) && !target?.share)
    return at.cur;
  return placeChange(c, at, target, { label, start, labelEnd: verbStart, rateOf, mk });
}

/**
 * The label of a change written before its verb: the growth rate of the row before it, the sentence's
 * topic, the metric just reported, or '' when the change is the row before it's.
 */
function changeLabel(
  c: ClauseReading,
  at: FigureAt,
  target: Draft | null,
  v: ChangeSize,
  verbStart: number,
): { label: string; start: number; rateOf: Draft | null } {
  const { cur, regionStart } = at;
  const { sentence } = c;
  const topic = sentence.topic;
  const found = labelFrom(c, regionStart, verbStart);
  let label = found.label;
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
  if (label === '' && cur === null && sentence.drafts.length === 0 && topic) label = topic;
  // 增长较快的园区有3家，分别是甲园区同比增长40%、乙园区同比增长29%: each park's change is of the metric
  // the sentence opened with
  if (label === '' && sentence.leadMetric && parkNamedIn(c, regionStart, verbStart))
    label = sentence.leadMetric;
  // 新材料产业同比增长2.87%: the subject took all the words; the metric is the one just reported
  if (label === '' && c.subject && c.subjectEnd > regionStart && c.subjectEnd <= verbStart && cur === null) {
    label =
      (sentence.drafts.length > 0 || sentence.qizhong ? c.state.lastMetricWord : null) ??
      c.subject.name ??
      '';
  }
  return { label, start: found.start, rateOf };
}

/**
 * A list label whose items share one figure, written with 均 or 都 before it (…、…方式进出口同比增长均超过10%):
 * its items, else null.
 */
function eachOfList(c: ClauseReading, label: string, at: FigureAt): string[] | null {
  if (at.group.length !== 1 || !label.includes('、')) return null;
  const q = at.fig.q;
  if (!/[均都][^，,；;。]{0,3}$/.test(c.article.s.slice(at.regionStart, q.numeralStart))) return null;
  const n = label.split('、').length;
  const parts = splitList(label, n) ?? splitList(label, n + 1);
  if (!parts) return null;
  // (the last item carries the words the others share: 一般贸易、保税物流、加工贸易方式进出口 — items of a
  // parallel list are as long as each other, so what the last has beyond that length is shared)
  const last = parts[parts.length - 1]!;
  const head = Math.min(...parts.slice(0, -1).map((p) => p.length));
  const shared = last.slice(head);
  if (!metricWordIn(shared)) return parts;
  return parts.map((p) => (metricWordIn(p) ? p : p + shared));
}

/** Is a park (not a reference to one) named in the clause between `from` and `to`? */
function parkNamedIn(c: ClauseReading, from: number, to: number): boolean {
  return c.mentions.some((m) => m.kind === 'park' && !m.ref && m.start >= from && m.end <= to);
}

/** Where a change goes once its label is known: new rows (one per park or metric of a list) or rows before. */
function placeChange(
  c: ClauseReading,
  at: FigureAt,
  target: Draft | null,
  w: {
    readonly label: string;
    readonly start: number;
    readonly labelEnd: number;
    readonly rateOf: Draft | null;
    readonly mk: (f: Fig) => Change;
  },
): Draft | null {
  const { group, fig } = at;
  const { label, start, labelEnd, rateOf, mk } = w;
  let cur = at.cur;
  const listed = label && group.length > 1 ? parkList(c, start) : null;
  if (label && listed?.length === group.length) {
    // 甲、乙、丙工业产值分别增长12%、9%和7%: each park of the list its figure
    group.forEach((g, gi) => {
      const d = newDraft(c, label, start, labelEnd);
      d.subject = { kind: 'park', name: null, parkId: listed[gi]!.parkId };
      d.change = mk(g);
      cur = d;
    });
  } else if (label && !(cur && !cur.change && GENERIC_LABELS.has(label))) {
    const parts = splitList(label, group.length) ?? eachOfList(c, label, at);
    const industries = parts && industryList(parts);
    if (parts && parts.length > group.length) {
      // 一般贸易、保税物流、加工贸易方式进出口同比增长均超过10%: each of the list by the one figure
      for (const part of parts) {
        const d = newDraft(c, part, start, labelEnd);
        d.change = mk(fig);
        cur = d;
      }
    } else if (parts) {
      group.forEach((g, gi) => {
        const d = newDraft(c, industries ? industries.label : parts[gi]!, start, labelEnd);
        if (industries)
          d.subject = { kind: 'industry', name: industries.names[gi]!, parkId: d.subject.parkId };
        d.change = mk(g);
        cur = d;
      });
    } else {
      const d = newDraft(c, label, start, labelEnd);
      d.change = mk(fig);
      if (rateOf) {
        d.subject = rateOf.subject;
        d.evStart = Math.min(d.evStart, rateOf.evStart);
      }
      cur = d;
    }
  } else if (group.length > 1 && listBefore(c.sentence.drafts, group.length)) {
    // 分别为12.3亿元、8.1亿元，分别下降3.2%和1.5%: the changes of the figures just listed, in order
    const list = listBefore(c.sentence.drafts, group.length)!;
    group.forEach((g, gi) => {
      list[gi]!.change = mk(g);
      list[gi]!.evEnd = Math.max(list[gi]!.evEnd, c.clause.end);
    });
  } else if (target && !target.change) {
    target.change = mk(fig);
    target.evEnd = Math.max(target.evEnd, c.clause.end);
  }
  return cur;
}
