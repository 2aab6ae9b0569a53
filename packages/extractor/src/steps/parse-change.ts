/**
 * What a rate figure (X%, X个百分点, X倍, X成) is: the figure's change (同比增长18.3%, 下降2个百分点,
 * 增长1倍, 增长超八成), a share (占…比重X%), a comparison with another place (高于全市平均水平3.6个百分点), or
 * a contribution that belongs to nobody's change (贡献率, 拉动).
 */
import type { Change } from '@parkbrief/domain';
import { normalizeForParsing, readNumeral } from './parse-numeral.js';
import { readQuantity, type QuantityMatch } from './parse-quantity.js';

const UP = [
  '同比增长',
  '同比增加',
  '同比提高',
  '同比上升',
  '同比提升',
  '净增长',
  '净增',
  '增长',
  '增加',
  '上升',
  '提高',
  '提升',
  '上涨',
  '攀升',
  '扩大',
  '增速为',
  '增速达',
  '增速',
  '增幅为',
  '增幅达',
  '增幅',
  '增长率',
  '增',
  '涨',
];
const DOWN = [
  '同比下降',
  '同比减少',
  '下降',
  '减少',
  '回落',
  '降低',
  '下滑',
  '下跌',
  '收缩',
  '缩减',
  '萎缩',
  '降幅为',
  '降幅',
  '减',
  '降',
];
const VERBS: ReadonlyArray<readonly [string, 1 | -1]> = [
  ...UP.map((v) => [v, 1] as const),
  ...DOWN.map((v) => [v, -1] as const),
].sort((a, b) => b[0].length - a[0].length);
/** Characters allowed between a verb and its figure (增长了, 提高到, 达, 为; 增长均超过: each of a list). */
const GAP = '了达为至到均都 ';

const COMPARE_ABOVE = ['高于', '快于', '高出', '超出', '领先', '优于', '多于'];
const COMPARE_BELOW = ['低于', '慢于', '少于', '落后'];
const COMPARE_AFTER_BI: ReadonlyArray<readonly [string, 1 | -1]> = [
  ['高', 1],
  ['快', 1],
  ['多', 1],
  ['低', -1],
  ['慢', -1],
  ['少', -1],
];

/** The role a rate figure plays in its clause. */
export type RateRole =
  | {
      readonly role: 'change';
      readonly sign: 1 | -1;
      readonly verbStart: number;
      readonly basis: Change['basis'];
    }
  | { readonly role: 'share'; readonly of: string | null; readonly markerStart: number }
  | {
      readonly role: 'comparison';
      readonly against: string;
      readonly sign: 1 | -1;
      readonly markerStart: number;
    }
  | { readonly role: 'contribution'; readonly markerStart: number }
  | { readonly role: 'level' };

/** The change verb ending right before `at` (gap characters skipped), looking no further back than `from`. */
export function changeVerbBefore(
  s: string,
  from: number,
  at: number,
): { start: number; sign: 1 | -1 } | null {
  let k = at;
  // (增长率分别为20.7%、18%: 分别 pairs the figures of a list, between the verb and them)
  for (;;) {
    if (k > from && GAP.includes(s[k - 1]!)) k--;
    else if (k - 2 >= from && s[k - 2] === '分' && s[k - 1] === '别') k -= 2;
    else if (k > from && (s[k - 1] === ')' || s[k - 1] === '）')) {
      // 同比增长(下同)15%, 增长（按可比价计算）8%: an aside in brackets between the verb and its figure
      // (looked for within the aside's longest stretch only: the reading stays linear)
      const lo = Math.max(from, k - 15);
      const near = s.slice(lo, k - 1);
      const at = Math.max(near.lastIndexOf('('), near.lastIndexOf('（'));
      if (at < 0) break;
      k = lo + at;
    } else break;
  }
  // 增速保持在35%以上 / 增幅稳定在两位数: a rate held at a level is the rate
  const held = HELD.exec(s.slice(Math.max(from, k - 3), k));
  if (held) {
    const v = verbEndingAt(s, from, k - held[0].length);
    if (v && RATE_VERBS.has(v.verb)) return { start: v.start, sign: v.sign };
  }
  const v = verbEndingAt(s, from, k);
  return v && { start: v.start, sign: v.sign };
}

/** Words that hold a rate at its figure (增速保持在…): only after a rate word (增速, 增幅, 增长率). */
const HELD = /(保持在|稳定在|维持在|保持|稳定|维持|在)$/;
const RATE_VERBS = new Set(['增速', '增幅', '增长率', '降幅', '增速为', '增幅为']);

/** The change verb ending at `k`, or null. */
function verbEndingAt(
  s: string,
  from: number,
  k: number,
): { start: number; sign: 1 | -1; verb: string } | null {
  for (const [v, sign] of VERBS) {
    const st = k - v.length;
    if (st >= from && s.startsWith(v, st)) return { start: st, sign, verb: v };
  }
  return null;
}

/** 同比 / 环比 / 比去年同期 written in `s[from, to)`. */
export function basisIn(s: string, from: number, to: number): Change['basis'] {
  const t = s.slice(from, to);
  if (t.includes('环比') || t.includes('比上月') || t.includes('较上月')) return 'mom';
  if (t.includes('同比') || /[比较]((去|上)年同期|上年)/.test(t) || t.includes('同期相比')) return 'yoy';
  return null;
}

/**
 * Decides what the rate figure starting at `at` (its qualifier included) is, reading the clause text
 * `s[from, at)` before it.
 */
export function rateRole(s: string, from: number, at: number): RateRole {
  const before = s.slice(from, at);
  const verb = changeVerbBefore(s, from, at);
  // a contribution (贡献率23.6%, 拉动全部投资增长7.6个百分点) is nobody's change
  for (const w of ['贡献率', '拉动', '贡献', '带动']) {
    const p = before.lastIndexOf(w);
    if (p >= 0) return { role: 'contribution', markerStart: from + p };
  }
  // comparison: 高于淄博市平均水平3.6个百分点, 比全省高2个百分点
  for (const [list, sign] of [
    [COMPARE_ABOVE, 1],
    [COMPARE_BELOW, -1],
  ] as const) {
    for (const w of list) {
      const p = before.lastIndexOf(w);
      if (p >= 0) {
        const against = before
          .slice(p + w.length)
          .replace(/[了达为约近超 ]+$/, '')
          .trim();
        if (against.length >= 1 && !/^(去年|上年)?同期/.test(against))
          return { role: 'comparison', against, sign, markerStart: from + p };
      }
    }
  }
  const bi = Math.max(before.lastIndexOf('比'), before.lastIndexOf('较'));
  if (
    bi >= 0 &&
    before[bi - 1] !== '同' &&
    before[bi - 1] !== '环' &&
    before[bi + 1] !== '重' &&
    before[bi + 1] !== '例'
  ) {
    const tail = before.slice(bi + 1).replace(/[了达为约近超 ]+$/, '');
    for (const [w, sign] of COMPARE_AFTER_BI) {
      if (tail.endsWith(w) && tail.length > 1) {
        const against = tail.slice(0, -w.length);
        if (!/^((去|上|今)年|上月|同期|上年同期|去年同期)/.test(against) && against.length >= 2) {
          return { role: 'comparison', against, sign, markerStart: from + bi };
        }
      }
    }
  }
  // share: 占衢州市进出口总额的61.67%, 占全部投资比重的34.5%, 占比12%
  const zhan = before.lastIndexOf('占');
  if (zhan >= 0 && (!verb || verb.start < from + zhan)) {
    let of = before.slice(zhan + 1);
    // 占地区生产总值比重达到41%: the verb and qualifier before the figure are not the whole's name
    for (let guard = 0; guard < 4; guard++) {
      const before = of;
      of = of
        .replace(/(达到了?|高达|已达|约为|接近|超过|突破|首次|历史上|[了达为约近超已逾 ])$/, '')
        .replace(/的$/, '');
      of = of.replace(/(的)?(比重|比例|份额)$/, '').replace(/的$/, '');
      if (of === before) break;
    }
    return { role: 'share', of: of === '比' || of === '' ? null : of, markerStart: from + zhan };
  }
  if (verb)
    return {
      role: 'change',
      sign: verb.sign,
      verbStart: verb.start,
      basis: basisIn(s, from, verb.start + 2),
    };
  return { role: 'level' };
}

/** A rate figure as a change value: X% → percent, X个百分点 → points, X倍 → multiple, X成 → percent ×10. */
export function changeValue(q: QuantityMatch): { kind: Change['kind']; value: number } | null {
  if (q.bareUnit === '%') return { kind: 'percent', value: Number(q.amount) };
  if (q.bareUnit === '个百分点') return { kind: 'points', value: Number(q.amount) };
  if (q.bareUnit === '倍') return { kind: 'multiple', value: Number(q.amount) };
  if (q.bareUnit === '成') return { kind: 'percent', value: Number(q.amount) * 10 };
  return null;
}

/**
 * 与上年持平 / 同比基本持平 / 与去年同期持平: no change (percent 0; 基本持平 is about 0). The span runs from
 * the comparison's 与/同/较 (up to 8 characters before) to 持平; null when the clause holds none.
 */
export function readFlat(
  s: string,
  from: number,
  to: number,
): { start: number; end: number; approx: 'about' | null; basis: Change['basis'] } | null {
  // Search the clause only: an indexOf to the end of the text from every clause would be quadratic.
  const rel = s.slice(from, to).indexOf('持平');
  if (rel < 0) return null;
  const p = from + rel;
  // 保持平稳 is holding steady, not 持平 (no change); nor is 坚持平… or 维持平…
  if (p > 0 && '保坚维'.includes(s[p - 1]!)) return null;
  let start = p;
  let approx: 'about' | null = null;
  if (s.startsWith('基本', p - 2) || s.startsWith('大体', p - 2)) {
    start = p - 2;
    approx = 'about';
  }
  for (let k = start - 1; k >= Math.max(from, start - 8); k--) {
    const c = s[k]!;
    if ('，。；、'.includes(c)) break;
    if (c === '与' || c === '同' || c === '较' || c === '和') {
      start = k;
      break;
    }
  }
  const t = s.slice(start, p);
  const basis: Change['basis'] = /同比|上年|去年|同期/.test(t) ? 'yoy' : /环比|上月/.test(t) ? 'mom' : null;
  return { start, end: p + 2, approx, basis };
}

/**
 * 翻了一番 / 翻一番 / 翻番 / 翻两番: doubled N times, so the figure is 2^N times what it was and its growth
 * multiple is 2^N − 1 (翻一番 → 1, 翻两番 → 3, 翻三番 → 7). The span runs from the comparison's 同比/比/较
 * (up to 8 characters before) to 番; null when the clause holds none.
 */
export function readDoubling(
  s: string,
  from: number,
  to: number,
): { start: number; end: number; multiple: number; basis: Change['basis'] } | null {
  let p = from;
  while (p < to && s[p] !== '翻') p++;
  if (p >= to) return null;
  let k = p + 1;
  if (s[k] === '了') k++;
  let n = 1;
  const d = '一两二三四'.indexOf(s[k] ?? '');
  if (d >= 0 && s[k + 1] === '番') {
    n = [1, 2, 2, 3, 4][d]!;
    k++;
  } else if (s[k] !== '番') return null;
  const end = k + 1;
  if (end > to) return null;
  let start = p;
  for (let b = p - 1; b >= Math.max(from, p - 8); b--) {
    const c = s[b]!;
    if ('，。；、'.includes(c)) break;
    if (c === '同' || c === '较' || c === '比' || c === '与') {
      start = c === '比' && (s[b - 1] === '同' || s[b - 1] === '环') ? b - 1 : b;
      break;
    }
  }
  const t = s.slice(start, p);
  const basis: Change['basis'] = /同比|上年|去年|同期/.test(t) ? 'yoy' : /环比|上月/.test(t) ? 'mom' : null;
  return { start, end, multiple: 2 ** n - 1, basis };
}

/** 两位数增长 / 增长两位数: a change of at least 10 percent, written without a figure. */
export function readDoubleDigit(
  s: string,
  from: number,
  to: number,
): { start: number; end: number; sign: 1 | -1 } | null {
  const t = s.slice(from, to);
  const p = t.indexOf('两位数');
  if (p < 0) return null;
  const around = t.slice(Math.max(0, p - 6), p + 8);
  if (/下降|减少|回落/.test(around)) return { start: from + p, end: from + p + 3, sign: -1 };
  if (/增长|增速|增幅|提高|上升/.test(around)) return { start: from + p, end: from + p + 3, sign: 1 };
  return null;
}

/**
 * Parses a change as printed (同比增长18.3%, 下降2.5%, 提高4.7个百分点, 增长1倍, 增长超八成, 两位数增长,
 * 比去年同期净增37%); null when the text holds none.
 */
export function parseChange(text: string): Change | null {
  const s = normalizeForParsing(text.trim());
  const dd = readDoubleDigit(s, 0, s.length);
  for (let i = 0; i < s.length; i++) {
    if (!readNumeral(s, i)) continue;
    const q = readQuantity(s, i);
    if (!q) continue;
    const v = changeValue(q);
    if (!v) {
      i = q.end - 1;
      continue;
    }
    const role = rateRole(s, 0, q.start);
    if (role.role !== 'change') return null;
    return {
      kind: v.kind,
      value: role.sign * v.value,
      approx: q.approx,
      basis: role.basis,
      text: text.trim(),
    };
  }
  if (dd)
    return {
      kind: 'percent',
      value: dd.sign * 10,
      approx: 'over',
      basis: basisIn(s, 0, s.length),
      text: text.trim(),
    };
  return null;
}
