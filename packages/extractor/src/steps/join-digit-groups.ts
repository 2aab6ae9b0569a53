/**
 * Numbers printed with thousands separators (2,471家, 4,650亿元, 1,234,567人) read as one number. The
 * copy keeps its length — every offset into it is still an offset into the printed text — by moving the
 * digits right over each comma and padding the front with zeros (2,471 → 02471), which reads as the same
 * number. A comma joins groups only when it is followed by exactly three digits and preceded by one to three
 * that follow no digit, point or comma: a list of small numbers (1,2,3) or a clause that ends on a figure
 * stays as written.
 */
const GROUPED = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])/g;

/** `s` with every thousands-separated number folded into plain digits, same length. */
export function joinDigitGroups(s: string): string {
  if (!s.includes(',')) return s;
  return s.replace(GROUPED, (m) => {
    const digits = m.replace(/,/g, '');
    return '0'.repeat(m.length - digits.length) + digits;
  });
}
