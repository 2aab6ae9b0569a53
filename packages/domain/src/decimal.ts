/**
 * Exact decimal arithmetic on numbers written in digits: the press prints 238.6亿元 and a briefing must show
 * 238.6, and a base amount of 23860000000, not 23860000000.000004. Works on the digit string, not on floats.
 */

/** Multiplies a decimal string (or number) by 10^exp and returns the result as a plain decimal string. */
export function shiftDecimal(value: string | number, exp: number): string {
  const s = typeof value === 'number' ? numberToPlainString(value) : value.trim();
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new RangeError(`not a decimal number: ${s}`);
  const sign = m[1] === '-' ? '-' : '';
  const intPart = m[2] ?? '';
  const frac = m[3] ?? '';
  let digits = intPart + frac;
  let point = intPart.length + exp;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const fraction = digits.slice(point).replace(/0+$/, '');
  const out = fraction ? `${whole}.${fraction}` : whole;
  return out === '0' ? '0' : sign + out;
}

/** A finite number written without exponent (1e21 → "1000000000000000000000"). */
export function numberToPlainString(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  const s = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  return shiftDecimal(`${m[1]}${m[2]}.${m[3] ?? ''}`, Number(m[4]));
}

/** Multiplies by 10^exp exactly, as a number (the closest double to the exact decimal result). */
export function scaleDecimal(value: string | number, exp: number): number {
  return Number(shiftDecimal(value, exp));
}

/** Formats a number with thousands separators, without float drift (1234567.5 → "1,234,567.5"). */
export function formatDecimal(n: number): string {
  const s = numberToPlainString(n);
  const [i = '', f] = s.replace('-', '').split('.');
  const grouped = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (s.startsWith('-') ? '-' : '') + grouped + (f ? `.${f}` : '');
}
