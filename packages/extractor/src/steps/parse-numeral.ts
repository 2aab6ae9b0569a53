/**
 * Numerals as the press prints them: Arabic (`238.6`, `1,234.5`, full-width `１２`), Chinese (`一百二十`,
 * `两千万`, `十余`) and mixed (`3亿5千万`, `1.2万亿`). Values are exact decimal strings, never floats.
 */

import { foldTraditional } from './fold-traditional.js';
import { joinDigitGroups } from './join-digit-groups.js';

/**
 * A copy of `text` of the same length with full-width digits, letters and ASCII punctuation (０-９, Ａ-Ｚ,
 * ％, ．, ＋ …) folded to ASCII. Every character stays one UTF-16 unit, so offsets into the copy are offsets
 * into the original: parse the copy, slice the original. Traditional characters are folded to simplified
 * ones too (億元 → 亿元, 增長 → 增长), one for one.
 */
export function normalizeForParsing(printed: string): string {
  const text = foldTraditional(printed);
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      c >= 0xff01 &&
      c <= 0xff5e &&
      c !== 0xff0c &&
      c !== 0xff08 &&
      c !== 0xff09 &&
      c !== 0xff1a &&
      c !== 0xff1b &&
      c !== 0xff01 &&
      c !== 0xff1f
    ) {
      // Full-width ASCII (except the punctuation that Chinese prints full-width as a matter of course:
      // ，（）：；！？ stay, as clause splitting reads them).
      out += String.fromCharCode(c - 0xfee0);
      changed = true;
    } else if (c === 0x3000) {
      out += ' ';
      changed = true;
    } else {
      out += text[i];
    }
  }
  // (2,471家: a thousands separator would otherwise split the number at a clause boundary)
  return joinDigitGroups(changed ? out : text);
}

const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
/** Qualifiers before which a bare 百/千 is a round figure (近百家, 超千亿元). */
const ROUND_BEFORE = new Set('近超逾过破达约');
const CN_SMALL: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3 };
const CN_BIG: Readonly<Record<string, number>> = { 万: 4, 亿: 8 };

/** Fixed scale of the exact arithmetic: twelve decimal places are more than any printed figure holds. */
const SCALE = 12;
const SCALE_BIG = 10n ** BigInt(SCALE);

function toScaled(decimal: string): bigint {
  const [i = '0', f = ''] = decimal.split('.');
  return BigInt((i || '0') + f.slice(0, SCALE).padEnd(SCALE, '0'));
}

function fromScaled(n: bigint, shift = 0): string {
  const neg = n < 0n;
  let s = (neg ? -n : n).toString().padStart(SCALE + 1, '0');
  const point = s.length - SCALE;
  s = `${s.slice(0, point)}.${s.slice(point)}`;
  // shift the decimal point left by `shift` places (division by 10^shift, exact)
  if (shift > 0) {
    const [i = '0', f = ''] = s.split('.');
    const padded = i.padStart(shift + 1, '0');
    s = `${padded.slice(0, padded.length - shift)}.${padded.slice(padded.length - shift)}${f}`;
  }
  const [ip = '0', fp = ''] = s.split('.');
  const whole = ip.replace(/^0+(?=\d)/, '') || '0';
  const frac = fp.replace(/0+$/, '');
  const out = frac ? `${whole}.${frac}` : whole;
  return neg && out !== '0' ? `-${out}` : out;
}

const pow10 = (e: number): bigint => 10n ** BigInt(e);

/** A numeral read at a position of a (normalised) text. */
export interface NumeralMatch {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset after the last character consumed (the magnitude and 余/多 included). */
  readonly end: number;
  /** The full value as an exact decimal string (3亿5千万 → "350000000"). */
  readonly value: string;
  /** The value in units of `magnitude` (3亿5千万 → "3.5" with magnitude 亿). */
  readonly coefficient: string;
  /** The largest 万/亿 magnitude written (`""`, `万`, `亿`, `万亿`); it becomes part of the unit. */
  readonly magnitude: '' | '万' | '亿' | '万亿';
  /** 余/多 written inside the numeral (800余万, 300多, 十余): the figure is a lower bound. */
  readonly over: boolean;
  /** Chinese numeral characters were used. */
  readonly chinese: boolean;
  /** Arabic digits were used. */
  readonly arabic: boolean;
  /** A lone Chinese digit with no 十/百/千/万/亿 (一, 两, 三): too often a word (一家, 两大) to be a figure. */
  readonly bare: boolean;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Reads an Arabic decimal at `i` (digits, thousands commas, one decimal point); null when none. */
function readArabic(s: string, i: number): { text: string; end: number } | null {
  if (!isDigit(s[i])) return null;
  let j = i;
  let text = '';
  while (j < s.length && j - i < 40) {
    const c = s[j];
    if (isDigit(c)) {
      text += c;
      j++;
    } else if (
      c === ',' &&
      isDigit(s[j + 1]) &&
      isDigit(s[j + 2]) &&
      isDigit(s[j + 3]) &&
      !isDigit(s[j + 4]) &&
      !text.includes('.')
    ) {
      // 1,234.5: a comma followed by exactly three digits groups thousands
      j++;
    } else if (c === '.' && isDigit(s[j + 1]) && !text.includes('.')) {
      text += '.';
      j++;
    } else break;
  }
  return { text, end: j };
}

/**
 * Reads a numeral starting exactly at `i` in a normalised text; null when none starts there.
 * Reads at most 40 characters, so it is linear over a text.
 */
export function readNumeral(s: string, i: number): NumeralMatch | null {
  let total = 0n; // 亿 sections
  let mid = 0n; // 万 sections below 亿
  let small = 0n; // below 万
  let digit: bigint | null = null;
  let j = i;
  let chinese = false;
  let arabic = false;
  let any = false;
  let over = false;
  let highest = 0; // exponent of the largest 万/亿 written
  let magnitudeText: NumeralMatch['magnitude'] = '';
  let sawUnitChar = false;
  let lastWasBig = false;
  while (j < s.length && j - i < 40) {
    const c = s[j]!;
    const a = readArabic(s, j);
    if (a) {
      if (digit !== null) break; // two numbers in a row: stop before the second
      digit = toScaled(a.text);
      arabic = true;
      any = true;
      lastWasBig = false;
      j = a.end;
      continue;
    }
    const d = CN_DIGITS[c];
    if (d !== undefined) {
      if (digit !== null && c !== '零' && c !== '〇') break;
      if (c === '零' || c === '〇') {
        if (!any) break;
        j++;
        continue;
      }
      digit = BigInt(d) * SCALE_BIG;
      chinese = true;
      any = true;
      lastWasBig = false;
      j++;
      continue;
    }
    const sm = CN_SMALL[c];
    if (sm !== undefined) {
      // 十 alone means ten; 千 after Arabic digits (5千万) multiplies them
      // 十 alone means ten; 百/千 alone after a qualifier (近百家, 超百亿元, 突破千亿元) mean one hundred/thousand
      const leadingRound = j === i && (c === '百' || c === '千') && i > 0 && ROUND_BEFORE.has(s[i - 1]!);
      if (digit === null && c !== '十' && !leadingRound) break;
      if (digit === null && small !== 0n) break;
      small += (digit ?? SCALE_BIG) * pow10(sm);
      digit = null;
      chinese = true;
      any = true;
      sawUnitChar = true;
      lastWasBig = false;
      j++;
      continue;
    }
    const big = CN_BIG[c];
    if (big !== undefined && any) {
      const part = small + (digit ?? 0n);
      if (big === 4) {
        if (lastWasBig && magnitudeText === '亿') break; // 亿万 is not a numeral
        mid = (mid + part) * pow10(4);
        if (highest < 4) {
          highest = 4;
          magnitudeText = '万';
        }
      } else {
        // 万亿: the 万 just read multiplies into 亿
        const wanYi = lastWasBig && magnitudeText === '万' && part === 0n;
        total = (total + mid + part) * pow10(8);
        mid = 0n;
        if (wanYi) {
          highest = 12;
          magnitudeText = '万亿';
        } else if (highest < 8) {
          highest = 8;
          magnitudeText = '亿';
        }
      }
      small = 0n;
      digit = null;
      sawUnitChar = true;
      lastWasBig = true;
      j++;
      continue;
    }
    // 2124.3 亿元: a web page may set one space between Arabic digits and their 万/亿 (never two numbers)
    if (c === ' ' && arabic && digit !== null && !lastWasBig && (s[j + 1] === '万' || s[j + 1] === '亿')) {
      j++;
      continue;
    }
    if ((c === '余' || c === '多') && any && !over) {
      over = true;
      j++;
      continue;
    }
    break;
  }
  if (!any) return null;
  // do not swallow a trailing 余/多 that is not followed by a magnitude or unit character: keep it (十余家,
  // 300多家 both read 余/多 as part of the numeral); the caller decides what follows.
  const scaled = total + mid + small + (digit ?? 0n);
  const bare = chinese && !arabic && !sawUnitChar;
  // the decimal strings are made when read: scanners try numerals at every 一/二/三 of a text and keep few
  let value: string | null = null;
  let coefficient: string | null = null;
  return {
    start: i,
    end: j,
    get value(): string {
      return (value ??= fromScaled(scaled));
    },
    get coefficient(): string {
      return (coefficient ??= fromScaled(scaled, highest));
    },
    magnitude: magnitudeText,
    over,
    chinese,
    arabic,
    bare,
  };
}

/**
 * Parses a whole string as a numeral (`一百二十` → "120", `3亿5千万` → "350000000", `1.2万亿` →
 * "1200000000000", `1,234.5` → "1234.5"); null when the string is not entirely a numeral.
 */
export function parseChineseNumber(text: string): string | null {
  const s = normalizeForParsing(text.trim());
  if (s === '') return null;
  const m = readNumeral(s, 0);
  if (!m || m.end !== s.length || m.over) return null;
  return m.value;
}
