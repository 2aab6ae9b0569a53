/**
 * Quantities: a numeral with its unit and qualifiers (`超5亿美元`, `800余万元`, `约2000万元`, `300多家`,
 * `过亿元`, `14GW`, `18.5万平方米`, `25.6%`). Amounts stay in the written unit; the base amount is computed in
 * decimal with the domain's `shiftDecimal`.
 */
import { shiftDecimal, type Approx, type BaseUnit, type Quantity } from '@parkbrief/domain';
import { normalizeForParsing, readNumeral } from './parse-numeral.js';

/** A unit as written after a numeral, and how it normalises. */
interface UnitDef {
  readonly text: string;
  readonly base: BaseUnit | null;
  /** Power of ten from the unit to its base (km² → m²: 6). */
  readonly exp: number;
  /** Characters that, following the unit, show it is part of another word (台 in 台州, 人 in 人民币). */
  readonly notBefore?: string;
  /** The unit as figures name it, when the written one adds only the currency's name (亿元人民币 is 亿元). */
  readonly named?: string;
}

const UNIT_DEFS: readonly UnitDef[] = [
  { text: '元人民币', base: 'CNY', exp: 0, named: '元' },
  { text: '人民币', base: 'CNY', exp: 0, named: '元' },
  { text: '元', base: 'CNY', exp: 0, notBefore: '素件旦宵' },
  { text: '美元', base: 'USD', exp: 0 },
  { text: '欧元', base: 'EUR', exp: 0 },
  { text: '平方公里', base: 'm2', exp: 6 },
  { text: '平方千米', base: 'm2', exp: 6 },
  { text: '平方米', base: 'm2', exp: 0 },
  { text: '平米', base: 'm2', exp: 0 },
  { text: '公顷', base: 'm2', exp: 4 },
  { text: '亩', base: 'mu', exp: 0 },
  { text: '家次', base: 'count', exp: 0 },
  { text: '人次', base: 'count', exp: 0 },
  { text: '台/套', base: 'count', exp: 0 },
  { text: '台套', base: 'count', exp: 0 },
  { text: '家', base: 'count', exp: 0, notBefore: '乡庭园属电具居' },
  { text: '个', base: 'count', exp: 0 },
  { text: '人', base: 'count', exp: 0, notBefore: '民工造' },
  { text: '名', base: 'count', exp: 0, notBefore: '单称义额' },
  { text: '件', base: 'count', exp: 0 },
  { text: '台', base: 'count', exp: 0, notBefore: '州湾阶风' },
  { text: '套', base: 'count', exp: 0, notBefore: '餐' },
  { text: '项', base: 'count', exp: 0, notBefore: '目' },
  { text: '次', base: 'count', exp: 0, notBefore: '元' },
  { text: '辆', base: 'count', exp: 0 },
  { text: '标准箱', base: 'count', exp: 0 },
  { text: '标箱', base: 'count', exp: 0 },
  { text: 'TEU', base: 'count', exp: 0 },
  { text: '艘', base: 'count', exp: 0 },
  { text: '架次', base: 'count', exp: 0 },
  { text: '架', base: 'count', exp: 0, notBefore: '构子势' },
  { text: '户', base: 'count', exp: 0, notBefore: '口籍' },
  { text: '座', base: 'count', exp: 0 },
  { text: '栋', base: 'count', exp: 0 },
  { text: '条', base: 'count', exp: 0, notBefore: '件例款' },
  { text: '所', base: 'count', exp: 0, notBefore: '有以在属' },
  { text: '笔', base: 'count', exp: 0 },
  { text: '批', base: 'count', exp: 0, notBefore: '准复' },
  { text: 'GWh', base: 'Wh', exp: 9 },
  { text: 'MWh', base: 'Wh', exp: 6 },
  { text: 'kWh', base: 'Wh', exp: 3 },
  { text: '千瓦时', base: 'Wh', exp: 3 },
  // 6.42亿度 (用电量): a 度 of electricity is a kilowatt-hour
  { text: '度', base: 'Wh', exp: 3, notBefore: '假过数量' },
  { text: 'GW', base: 'W', exp: 9 },
  { text: 'MW', base: 'W', exp: 6 },
  { text: 'kW', base: 'W', exp: 3 },
  { text: 'KW', base: 'W', exp: 3 },
  { text: '千瓦', base: 'W', exp: 3 },
  { text: '兆瓦', base: 'W', exp: 6 },
  { text: '吉瓦', base: 'W', exp: 9 },
  { text: '吨', base: 't', exp: 0 },
  { text: '公斤', base: 't', exp: -3 },
  { text: '千克', base: 't', exp: -3 },
  { text: '个百分点', base: null, exp: 0 },
  { text: '%', base: null, exp: 0 },
  { text: '倍', base: null, exp: 0 },
  { text: '成', base: null, exp: 0, notBefore: '本果为员功立交熟品长就绩' },
];
const UNITS_LONGEST_FIRST = [...UNIT_DEFS].sort((a, b) => b.text.length - a.text.length);

const MAGNITUDE_EXP: Readonly<Record<string, number>> = { '': 0, 万: 4, 亿: 8, 万亿: 12 };

/** Words after 个 that make it a measure of time, not a count (6个月, 3个工作日, 个百分点 is its own unit). */
const NOT_COUNT_AFTER_GE = [
  '月',
  '工作日',
  '小时',
  '季度',
  '星期',
  '年',
  '交易日',
  '周',
  '多月',
  '余月',
  '半月',
];

const APPROX_BEFORE: ReadonlyArray<readonly [string, Exclude<Approx, null>]> = [
  ['将近', 'near'],
  ['接近', 'near'],
  ['超过', 'over'],
  ['超出', 'over'],
  ['突破', 'over'],
  ['大约', 'about'],
  ['约为', 'about'],
  ['不到', 'under'],
  ['不足', 'under'],
  ['少于', 'under'],
  ['近', 'near'],
  ['超', 'over'],
  ['逾', 'over'],
  ['过', 'over'],
  ['破', 'over'],
  ['约', 'about'],
];
const APPROX_AFTER: ReadonlyArray<readonly [string, Exclude<Approx, null>]> = [
  ['左右', 'about'],
  ['以上', 'over'],
  ['以下', 'under'],
  ['以内', 'under'],
  ['上下', 'about'],
];

/** A quantity found in a text, with its offsets. */
export interface QuantityMatch {
  /** Offset of the first character (qualifier included). */
  readonly start: number;
  /** Offset after the last character (unit and trailing qualifier included). */
  readonly end: number;
  /** Offset of the numeral itself. */
  readonly numeralStart: number;
  /** The amount in the written unit, as an exact decimal string. */
  readonly amount: string;
  /** The unit as written, magnitude included (亿元, 万平方米, 家, %, 个百分点, 倍, 成); "" when none. */
  readonly unit: string;
  /** The unit without its magnitude (元, 平方米). */
  readonly bareUnit: string;
  readonly approx: Approx;
  /** Normalised base, null when the unit has none. */
  readonly base: { readonly amount: string; readonly unit: BaseUnit } | null;
  /** A range (5%-10%, 3至5亿元): the figure is not a single value. */
  readonly range: boolean;
  /** The numeral was written in Chinese characters only. */
  readonly chinese: boolean;
}

function matchUnit(s: string, j: number): UnitDef | null {
  for (const u of UNITS_LONGEST_FIRST) {
    if (s.startsWith(u.text, j)) {
      const next = s[j + u.text.length];
      if (u.notBefore && next !== undefined && u.notBefore.includes(next)) continue;
      if (u.text === '个') {
        let k = j + 1;
        if (s[k] === '多' || s[k] === '余') k++;
        if (NOT_COUNT_AFTER_GE.some((w) => s.startsWith(w, k))) return null;
      }
      return u;
    }
  }
  return null;
}

const isAsciiLetter = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);
const isRangeSep = (c: string | undefined): boolean => c !== undefined && '-—–~～至到'.includes(c);

/** The qualifier written just before `i`, and where it starts. */
function approxBefore(s: string, i: number): { approx: Exclude<Approx, null>; start: number } | null {
  for (const [w, a] of APPROX_BEFORE) {
    const k = i - w.length;
    if (k >= 0 && s.startsWith(w, k)) {
      // 通过/经过/不过 are verbs, not 过 (over); 最近/附近 are not 近 (near)
      if (w === '过' && k > 0 && '通经不越跨'.includes(s[k - 1]!)) return null;
      if (w === '近' && k > 0 && '最附接将'.includes(s[k - 1]!)) return null;
      if (w === '超' && k > 0 && '高赶'.includes(s[k - 1]!)) return null;
      return { approx: a, start: k };
    }
  }
  return null;
}

/**
 * Widens a figure at [i, end) by a qualifier written before it (近, 超, 约 …) and one written after it (以上,
 * 左右, 多 …): the figure's new span and the qualifier (the one after wins, as it is read last).
 */
function widenByApprox(s: string, i: number, end: number): { start: number; end: number; approx: Approx } {
  let start = i;
  let approx: Approx = null;
  const before = approxBefore(s, i);
  if (before) {
    approx = before.approx;
    start = before.start;
  }
  for (const [w, a] of APPROX_AFTER) {
    if (s.startsWith(w, end)) {
      approx = a;
      end += w.length;
      break;
    }
  }
  return { start, end, approx };
}

/**
 * 实现GDP762亿元: the metric's Latin name right before its amount, after the verb reporting it, is not a word
 * the digits belong to (…的GDP992亿元, someone else's GDP as a yardstick, stays unread).
 */
function afterGdp(s: string, i: number): boolean {
  return (
    i >= 3 && s.startsWith('GDP', i - 3) && /(实现|完成|达到|达)\s?$/.test(s.slice(Math.max(0, i - 7), i - 3))
  );
}

/**
 * Reads a quantity whose numeral starts exactly at `i` of a normalised text (see `normalizeForParsing`);
 * null when no numeral with a known unit starts there, or when the numeral is part of a word (第七, 一期, 5G).
 */
export function readQuantity(s: string, i: number): QuantityMatch | null {
  const prev = s[i - 1];
  if (
    prev !== undefined &&
    (prev === '第' ||
      (isAsciiLetter(prev) && !afterGdp(s, i)) ||
      prev === '.' ||
      (prev >= '0' && prev <= '9'))
  )
    return null;
  const num = readNumeral(s, i);
  if (!num) return null;
  let j = num.end;
  if (s[j] === ' ' && s[j + 1] !== ' ') j++;
  const unit = matchUnit(s, j);
  let approx: Approx = num.over ? 'over' : null;
  // 300多家 read 多 into the numeral; 6个多月 puts it after the measure word
  if (!unit) return null;
  if (
    num.bare &&
    !['成', '倍', '%', '个百分点'].includes(unit.text) &&
    !(unit.base === 'CNY' || unit.base === 'USD' || unit.base === 'EUR')
  ) {
    return null;
  }
  if (num.bare && num.value === '1' && unit.text !== '倍' && unit.text !== '成') return null; // 一家, 一个: an article, not a figure
  let end = j + unit.text.length;
  if (isAsciiLetter(s[end]) && /^[A-Za-z]/.test(unit.text)) return null; // 5GWs? a word, not a unit
  if (unit.text === '%' && s[end] === '%') end++;
  const widened = widenByApprox(s, i, end);
  const start = widened.start;
  end = widened.end;
  approx = widened.approx ?? approx;
  if ((s[end] === '多' || s[end] === '余') && unit.base === 'count' && approx === null) {
    // 6个多 (月 already rejected above): 多 after a measure word means "more than"
    approx = 'over';
    end++;
  }
  // a range: 5%-10%, 3-5亿元, 10至20家
  let range = false;
  if (isRangeSep(s[num.end]) && readNumeral(s, num.end + 1)) range = true;
  if (isRangeSep(s[end]) && readNumeral(s, end + 1)) {
    range = true;
    const second = readNumeral(s, end + 1);
    if (second) {
      end = second.end;
      const u2 = matchUnit(s, end);
      if (u2) end += u2.text.length;
    }
  }
  if (isRangeSep(prev) && i >= 2) {
    const p2 = s[i - 2];
    if (p2 !== undefined && ((p2 >= '0' && p2 <= '9') || p2 === '%')) range = true;
  }
  const amount = num.coefficient;
  // 96.42亿元/平方公里: an amount per area or head is a density, with no base amount
  const per = /^\/(平方公里|亩|人)/.exec(s.slice(end, end + 6));
  if (per) end += per[0].length;
  const written = num.magnitude + (unit.named ?? unit.text) + (per ? per[0] : '');
  const exp = MAGNITUDE_EXP[num.magnitude] ?? 0;
  const base =
    unit.base === null || per ? null : { amount: shiftDecimal(amount, exp + unit.exp), unit: unit.base };
  return {
    start,
    end,
    numeralStart: i,
    amount,
    unit: written,
    bareUnit: unit.text,
    approx,
    base,
    range,
    chinese: num.chinese && !num.arabic,
  };
}

/**
 * 过亿元, 超亿元, 破万人: a magnitude standing alone after a qualifier means one of it (过亿元 = over 1 亿元).
 * `i` points at the qualifier.
 */
export function readBareMagnitude(s: string, i: number): QuantityMatch | null {
  const q = s[i];
  if (q !== '过' && q !== '超' && q !== '破' && q !== '逾') return null;
  if (q === '过' && i > 0 && '通经不越跨'.includes(s[i - 1]!)) return null;
  const mag = s.startsWith('万亿', i + 1)
    ? '万亿'
    : s[i + 1] === '亿' || s[i + 1] === '万'
      ? s[i + 1]!
      : null;
  if (!mag) return null;
  const j = i + 1 + mag.length;
  const unit = matchUnit(s, j);
  if (!unit || unit.base === null) return null;
  const exp = (MAGNITUDE_EXP[mag] ?? 0) + unit.exp;
  return {
    start: i,
    end: j + unit.text.length,
    numeralStart: i + 1,
    amount: '1',
    unit: mag + (unit.named ?? unit.text),
    bareUnit: unit.text,
    approx: 'over',
    base: { amount: shiftDecimal('1', exp), unit: unit.base },
    range: false,
    chinese: true,
  };
}

/** Does a numeral (Arabic or Chinese) start at `i`? Cheap test for scanners. */
export function startsNumeral(s: string, i: number): boolean {
  const c = s[i];
  if (c === undefined) return false;
  if (c >= '0' && c <= '9') return !(i > 0 && s[i - 1]! >= '0' && s[i - 1]! <= '9') && s[i - 1] !== '.';
  return CN_NUMERAL_START.has(c) && !(i > 0 && CN_NUMERAL_CHAR.has(s[i - 1]!));
}

const CN_NUMERAL_START = new Set('零〇一二两三四五六七八九十百千');
const CN_NUMERAL_CHAR = new Set('零〇一二两三四五六七八九十百千万亿');

/**
 * Parses a whole string as a quantity (`超5亿美元`, `800余万元`, `1.2万亿元`, `300多家`, `过亿元`); null when
 * it is not one. The amount is in the written unit; `base` is normalised exactly.
 */
export function parseQuantity(text: string): Quantity | null {
  const s = normalizeForParsing(text.trim());
  for (let i = 0; i < s.length && i < 4; i++) {
    const m = readBareMagnitude(s, i) ?? (startsNumeral(s, i) ? readQuantity(s, i) : null);
    if (m && m.start === 0 && m.end === s.length) return toQuantity(m, text.trim());
    if (m) return null;
  }
  return null;
}

/** A match as the domain's `Quantity`; `text` is the figure as printed in the original text. */
export function toQuantity(m: QuantityMatch, original: string, offset = 0): Quantity {
  return {
    amount: Number(m.amount),
    text: original.slice(m.start - offset, m.end - offset),
    unit: m.unit,
    approx: m.approx,
    base: m.base === null ? null : { amount: Number(m.base.amount), unit: m.base.unit },
  };
}

/**
 * A share written as a fraction: `三分之一`, `2/3` is not read (dates), `四分之三`, `一半`, `半数`, with the
 * qualifier before it (`约三分之一`, `近一半`). The match's `amount` is already the percent, rounded to two
 * decimals (三分之一 → 33.33), its `unit`/`bareUnit` are `分之` so it is never taken for a value or a change
 * (only a share reads it). `i` points at the first character of the numeral (or 半/一半).
 */
export function readFraction(s: string, i: number): QuantityMatch | null {
  let end: number;
  let percent: number;
  if (s.startsWith('一半', i) || s.startsWith('半数', i)) {
    end = i + 2;
    percent = 50;
  } else {
    const den = readNumeral(s, i);
    if (!den || !s.startsWith('分之', den.end)) return null;
    const num = readNumeral(s, den.end + 2);
    if (!num || num.magnitude !== '' || den.magnitude !== '') return null;
    const d = Number(den.value);
    const n = Number(num.value);
    if (!(d > 0) || !(n > 0) || n > d) return null;
    end = num.end;
    // (one decimal, as statistics print a share: a fraction in words is a rough figure, 三分之二 ≈ 66.7)
    percent = Math.round((n / d) * 1000) / 10;
  }
  const widened = widenByApprox(s, i, end);
  const { start, approx } = widened;
  end = widened.end;
  return {
    start,
    end,
    numeralStart: i,
    amount: String(percent),
    unit: '分之',
    bareUnit: '分之',
    approx,
    base: null,
    range: false,
    chinese: true,
  };
}
