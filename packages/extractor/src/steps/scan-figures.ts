/**
 * The figures of one clause, in order: quantities, rates, fractions and the changes written without a figure
 * (两位数增长, 与上年持平, 翻了一番), skipping period words, quoted slogans, specs and asides.
 */
import { type Change } from '@parkbrief/domain';
import { changeValue, readDoubleDigit, readDoubling, readFlat } from './parse-change.js';
import { readNumeral } from './parse-numeral.js';
import {
  readBareMagnitude,
  readFraction,
  readQuantity,
  startsNumeral,
  type QuantityMatch,
} from './parse-quantity.js';
import { type PeriodMention } from './resolve-period.js';
import { lowerBound } from './search-spans.js';
import { type Clause, type QuoteSpan } from './split-sentences.js';

/** One figure of a clause: its quantity and whether it is a rate (%, 个百分点, 倍, 成, 分之). */
export interface Fig {
  readonly q: QuantityMatch;
  readonly rate: boolean;
  /** 两位数增长: a change of at least ten percent without a figure. */
  readonly doubleDigit?: 1 | -1;
  /** 与上年持平: no change (percent 0), with the basis its words give. */
  readonly flat?: { readonly basis: Change['basis'] };
}

/** Units of a rate (a change, a share or a comparison), not of an amount. */
const RATE_UNITS = new Set(['%', '个百分点', '倍', '成', '分之']);
/** Things a figure right before them is the size of (3.5万吨扩产项目): a spec, not a statement. */
const SPEC_NOUNS = [
  '项目',
  '产业园',
  '基地',
  '工厂',
  '中心',
  '公寓',
  '生产线',
  '园区',
  '厂房',
  '车间',
  '目的地',
];
/** A count of projects or firms before a bare magnitude (31个项目投资超亿元): the magnitude is their class. */
const COUNTED_BEFORE =
  /[0-9一二两三四五六七八九十百千]+(余|多)?[个家项宗][^，。；,;]{0,12}(项目|企业)[^，。；,;]{0,6}$/;

/** Verbs after a count that end the thing counted (企业登陆…中心, 项目落户…基地). */
const ARRIVAL_VERB = /登陆|落户|入驻|进驻|签约|落地/;

/**
 * The figures of `clause` in `s` (normalised text), in order of their start; `periods` are the clause's
 * period words (never figures) and `quotes` the article's quotes (a figure in a slogan is none).
 */
export function scanFigures(
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
    // 17个制造业项目投资超亿元: a threshold that defines the projects counted, no figure of its own
    if (bare && COUNTED_BEFORE.test(s.slice(Math.max(clause.start, q.start - 40), q.start))) continue;
    const qi = lowerBound(quotes, q.numeralStart + 1) - 1;
    const quote = qi >= 0 ? quotes[qi] : undefined;
    if (quote && !quote.speech && quote.start < q.numeralStart && q.numeralStart < quote.end) continue; // “2+2+3”, “八个一”
    const rate = RATE_UNITS.has(q.bareUnit);
    if (!rate) {
      // a figure naming a thing's size (3.5万吨扩产项目, 64万平方米先进计算产业园) is a spec, not a statement
      let k = q.end;
      // (目的地 holds a 的 that is no particle: 年接待超五百万人次度假目的地)
      while (
        k < clause.end &&
        k - q.end < 14 &&
        (!'，。；、和及与的“”'.includes(s[k]!) || (s[k - 1] === '目' && s.startsWith('的地', k)))
      )
        k++;
      // (only the words before a verb: 90家企业登陆某服务中心 counts firms, the centre is where they went)
      const after = s.slice(q.end, k).split(ARRIVAL_VERB)[0]!;
      if (after.length > 0 && SPEC_NOUNS.some((n) => after.includes(n))) continue;
    }
    if (q.bareUnit === '成' && !q.chinese) continue;
    // 纳税300万元以上企业9家, 年进出口值超百亿元的龙头企业: a threshold that defines a class of firms or
    // projects (an investment written before a project is that project's, read elsewhere)
    // (a count with 多/余 — 300多家企业 — is a count, not a threshold)
    if (!rate && q.approx === 'over' && q.base?.unit !== 'count' && definesClass(s, clause, q)) continue;
    // 甲公司3万吨特种陶瓷及2万吨耐火材料、乙公司新型涂料等项目已投产: sizes inside examples of projects are specs
    if (!rate && q.base?.unit !== 'count' && inExamplesOfProjects(s, clause, q)) continue;
    // 占南宁市(36家)的50%: a figure alone in brackets is an aside on the word before it, not a statement
    if ('(（'.includes(s[q.start - 1] ?? '') && ')）'.includes(s[q.end] ?? '')) continue;
    out.push({ q, rate });
  }
  addWordedChanges(s, clause, out);
  return out;
}

/**
 * The changes written without a figure, added to `out` (kept in order) unless a figure says it already: 两位数增长
 * (at least ten percent), 与上年持平 (no change), 翻了一番 (a multiple).
 */
function addWordedChanges(s: string, clause: Clause, out: Fig[]): void {
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
}

/** A figure's change: its value signed, with the basis and the text from the verb to the figure's end. */
export function makeChange(f: Fig, sign: number, basis: Change['basis'], text: string): Change {
  const fv = f.doubleDigit ? { kind: 'percent' as const, value: 10 } : changeValue(f.q)!;
  return { kind: fv.kind, value: sign * fv.value, approx: f.q.approx, basis, text };
}

/** The words after a threshold name a class of firms or projects (…以上企业, …的龙头企业), no verb between. */
function definesClass(s: string, clause: Clause, q: QuantityMatch): boolean {
  const rest = s.slice(q.end, Math.min(clause.end, q.end + 24));
  const m = /^[^，。；,;]*?(企业|项目|公司)/.exec(rest);
  if (!m || /(达到|实现|完成|增长|拥有)/.test(m[0])) return false;
  return !s.slice(Math.max(clause.start, q.start - 40), q.start).includes('投资');
}

/** The figure stands in a list of examples of projects or firms (…5万吨刚玉、…等项目), before their 等. */
function inExamplesOfProjects(s: string, clause: Clause, q: QuantityMatch): boolean {
  const rest = s.slice(q.end, Math.min(clause.end, q.end + 40));
  const m = /^[^，。；,;]*?等[\u4e00-\u9fff]{0,6}?(项目|企业|工程)/.exec(rest);
  if (!m || /(达到|实现|完成|增长)/.test(m[0].slice(0, m[0].lastIndexOf('等')))) return false;
  return !s.slice(Math.max(clause.start, q.start - 40), q.start).includes('投资');
}
