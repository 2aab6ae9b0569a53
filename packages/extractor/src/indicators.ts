import type { Article, Indicator, Park } from '@parkbrief/domain';

export { normalizeForParsing, parseChineseNumber, readNumeral, type NumeralMatch } from './steps/parse-numeral.js';
export { parseQuantity, readQuantity, readBareMagnitude, type QuantityMatch } from './steps/parse-quantity.js';

/** What `extractIndicators` reads: one article with its repaired text, and the parks of the issue. */
export interface IndicatorInput {
  /** The article (repaired `text`, `parkIds`, `companies`, `id`). */
  readonly article: Article;
  /** The parks of the issue, with their names and aliases, to find them in the text. */
  readonly parks: readonly Park[];
  /** Issue date, YYYY-MM-DD: relative periods (上半年, 今年以来) resolve against it. */
  readonly issueDate: string;
}

/**
 * Every quantitative statement of an article as an attributed indicator with evidence.
 * (Stub: the real implementation replaces this body.)
 */
export function extractIndicators(_input: IndicatorInput): Indicator[] {
  return [];
}
export { findPeriods, readPeriod, resolvePeriod, type PeriodMention, type PeriodContext } from './steps/resolve-period.js';
