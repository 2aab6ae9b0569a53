/**
 * The figures of one clause, read in order: a list of figures (16%、14.5%) is read together, a target
 * (…超千亿元的目标) not at all, and each figure by its role — a comparison, a share, a change, a level in %
 * or a value — by its reader.
 */
import { metricWordIn } from './attribute-subject.js';
import { newDraft, type ClauseReading, type FigureAt } from './draft-indicator.js';
import { lastCurrent, type Draft } from './indicator-draft.js';
import { LIST_JOINTS } from './indicator-words.js';
import { changeValue, rateRole } from './parse-change.js';
import { readChange } from './read-change.js';
import { readComparison } from './read-comparison.js';
import { readLevel } from './read-level.js';
import { readShare } from './read-share.js';
import { readValue } from './read-value.js';
import { type Fig } from './scan-figures.js';

/** Words after a figure that make it a target (…超千亿元的目标). */
const TARGET_AFTER = /^(的)?(目标|任务)/;

/** Reads the figures `figs` of the clause into rows (added to the article's and the sentence's). */
export function readFigures(c: ClauseReading, figs: readonly Fig[]): void {
  const s = c.article.s;
  let cur: Draft | null = null;
  let regionStart = c.contentStart;
  // the row before an opening bracket: the growth after the closing one is its (a breakdown in brackets)
  let beforeBracket: Draft | null | undefined;
  for (let fi = 0; fi < figs.length; fi++) {
    const fig = figs[fi]!;
    const between = s.slice(fi === 0 ? c.clause.start : figs[fi - 1]!.q.end, fig.q.start);
    if (/[(（]/.test(between) && !/[)）]/.test(between)) beforeBracket = cur;
    else if (/[)）]/.test(between) && beforeBracket !== undefined) {
      cur = beforeBracket;
      // (and it is the sentence's row again for what follows: …，占全市的56.4%)
      const drafts = c.sentence.drafts;
      const k = cur ? drafts.indexOf(cur) : -1;
      if (k >= 0) drafts.push(...drafts.splice(k, 1));
      beforeBracket = undefined;
    }
    // a list of figures joined by 、/和 (16%、14.5%, 12.4%和18.1%) shares the words before it
    const group: Fig[] = [fig];
    while (fi + 1 < figs.length && figs[fi + 1]!.rate === fig.rate) {
      const lastEnd = group[group.length - 1]!.q.end;
      const joint = s.slice(lastEnd, figs[fi + 1]!.q.start);
      // (nothing between two figures is a list whose 、 was lost: 43.31亿元24.88亿元)
      if (!LIST_JOINTS.has(joint) && joint !== '') break;
      group.push(figs[++fi]!);
    }
    const groupEnd = group[group.length - 1]!.q.end;
    // 向工业产值超千亿元的目标冲刺: a target, not a figure reached
    if (TARGET_AFTER.test(s.slice(groupEnd, groupEnd + 4))) {
      regionStart = groupEnd;
      continue;
    }
    const at: FigureAt = { fig, group, groupEnd, regionStart, cur };
    if (fig.rate) {
      cur = readRate(c, at);
      regionStart = groupEnd;
    } else ({ cur, next: regionStart } = readValue(c, at));
  }
}

/** Reads a rate by its role; returns the row the clause is now at. */
function readRate(c: ClauseReading, at: FigureAt): Draft | null {
  const s = c.article.s;
  const { fig, cur } = at;
  const q = fig.q;
  let regionStart = at.regionStart;
  let role = rateRole(s, regionStart, q.start);
  // 带动全区新能源汽车产量同比增长1.3倍: what was driven grew by that much (its own change); a figure in
  // points after 带动 (带动投资增长2个百分点) is a contribution, and so is any after 拉动 (拉动全区生产总值增长
  // 6.5%: statistics write a contribution so, in points or loosely in %)
  if (role.role === 'contribution' && q.bareUnit !== '个百分点' && s.startsWith('带动', role.markerStart)) {
    regionStart = role.markerStart + 2;
    role = rateRole(s, regionStart, q.start);
  }
  // 贡献了全市44.2%的外贸进出口额: the part a place contributed of a whole is its share of that metric
  if (role.role === 'contribution') return contributedShare(c, at, role.markerStart) ?? cur;
  const here: FigureAt = regionStart === at.regionStart ? at : { ...at, regionStart };
  const target = cur ?? lastCurrent(c.sentence.drafts);
  if (role.role === 'comparison') return readComparison(c, here, role, target);
  if (role.role === 'share') return readShare(c, here, role, target);
  const v = fig.doubleDigit ? { kind: 'percent' as const, value: 10 } : changeValue(q);
  if (!v) return cur;
  if (role.role === 'change' || fig.doubleDigit || fig.flat) return readChange(c, here, role, target, v);
  // 占比首次突破30%，达到31.6%: the threshold passed, then the share itself
  if (
    q.bareUnit === '%' &&
    target?.shareOver &&
    target.share &&
    /^[，, ]*(达到|达|为)[ ]*$/.test(s.slice(regionStart, q.numeralStart))
  ) {
    target.share = { ...target.share, percent: Number(q.amount), approx: q.approx };
    target.shareOver = false;
    target.evEnd = Math.max(target.evEnd, c.clause.end);
    return target;
  }
  // 占全国的27.6%，杭州的63.1%: another whole the same figure is a share of (one share is kept)
  if (
    q.bareUnit === '%' &&
    target?.share &&
    /^[\u4e00-\u9fff]{1,10}的[ ]*$/.test(s.slice(regionStart, q.numeralStart))
  )
    return target;
  // a level given as a percent (研发投入强度3.2%): a value in %, if it has words of its own
  if (q.bareUnit === '%') return readLevel(c, here);
  return cur;
}

/** 贡献(了)全市X%的<metric>: a share of the metric named after the figure, of the whole named before it. */
function contributedShare(c: ClauseReading, at: FigureAt, markerStart: number): Draft | null {
  const s = c.article.s;
  const q = at.fig.q;
  if (q.bareUnit !== '%' || !s.startsWith('贡献', markerStart) || s.startsWith('贡献率', markerStart))
    return null;
  const after = /^的([\u4e00-\u9fff]{2,12}?)(?=[，。；,;、]|$)/.exec(s.slice(q.end, c.clause.end));
  if (!after || !metricWordIn(after[1]!)) return null;
  const of = s
    .slice(markerStart + 2, q.start)
    .replace(/^了/, '')
    .trim();
  const d = newDraft(c, after[1]!, q.end + 1, q.end + 1 + after[1]!.length);
  d.share = { percent: Number(q.amount), of: of.length > 0 ? of : null, approx: q.approx };
  return d;
}
