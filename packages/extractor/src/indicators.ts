/**
 * The extractor's indicators: every quantitative statement of an article, attributed and with evidence.
 * The steps are exported too, each a small pure function.
 */
import type { Article, Indicator, Park } from '@parkbrief/domain';
import { dropAims } from './steps/drop-aims.js';
import { dropNonFigures } from './steps/drop-non-figures.js';
import { dropPlanFigures } from './steps/drop-plan-figures.js';
import { dropRestatements } from './steps/drop-restatements.js';
import { foldTraditional } from './steps/fold-traditional.js';
import { findIndicators } from './steps/find-indicators.js';
import { giveDestinationCounts } from './steps/give-destination-counts.js';
import { giveItemFigures } from './steps/give-item-figures.js';
import { giveProjectGroups } from './steps/give-project-groups.js';
import { dateUndatedLead } from './steps/date-undated-lead.js';
import { giveProjectFigures } from './steps/give-project-figures.js';

export {
  normalizeForParsing,
  parseChineseNumber,
  readNumeral,
  type NumeralMatch,
} from './steps/parse-numeral.js';
export {
  parseQuantity,
  readQuantity,
  readBareMagnitude,
  type QuantityMatch,
} from './steps/parse-quantity.js';
export {
  findPeriods,
  readPeriod,
  resolvePeriod,
  type PeriodMention,
  type PeriodContext,
} from './steps/resolve-period.js';
export { parseChange, rateRole, type RateRole } from './steps/parse-change.js';
export {
  compactLines,
  type CompactText,
  splitSentences,
  findQuotes,
  type Sentence,
  type Clause,
  type QuoteSpan,
} from './steps/split-sentences.js';
export {
  findMentions,
  classifySubjectPhrase,
  splitIndustryLabel,
  splitRegionLabel,
  companyAliases,
  stripSubjectLeadIn,
  type Mention,
  type SubjectGuess,
} from './steps/attribute-subject.js';
export { findIndicators, type FindIndicatorsInput } from './steps/find-indicators.js';
export { dropAims } from './steps/drop-aims.js';
export { dropNonFigures, isEconomicFigure } from './steps/drop-non-figures.js';
export { dropRestatements } from './steps/drop-restatements.js';
export { dropPlanFigures } from './steps/drop-plan-figures.js';
export { giveProjectFigures, projectOf } from './steps/give-project-figures.js';
export { giveDestinationCounts, destinationOf } from './steps/give-destination-counts.js';
export { giveItemFigures } from './steps/give-item-figures.js';
export { giveProjectGroups } from './steps/give-project-groups.js';
export { dateUndatedLead } from './steps/date-undated-lead.js';

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
 * Every quantitative statement of an article as an attributed indicator with evidence
 * (`article.text.slice(start, end) === evidence.text`). Ids are `${article.id}-i${n}`. Linear in the text;
 * no input makes it throw or hang (property-tested).
 */
export function extractIndicators(input: IndicatorInput): Indicator[] {
  const found = findIndicators({
    articleId: input.article.id,
    text: input.article.text,
    parkIds: input.article.parkIds,
    companies: input.article.companies,
    parks: input.parks,
    issueDate: input.issueDate,
    headline: input.article.headline,
  });
  const parkNames = new Set<string>();
  for (const p of input.parks)
    for (const n of [p.name, p.shortName, ...p.aliases]) if (n) parkNames.add(foldTraditional(n));
  const kept = dateUndatedLead(
    giveProjectGroups(
      giveItemFigures(
        giveDestinationCounts(
          giveProjectFigures(
            dropRestatements(dropPlanFigures(dropNonFigures(dropAims(found, input.article.text)))),
          ),
          parkNames,
        ),
        input.article.text,
      ),
      input.article.text,
    ),
    input.issueDate,
  );
  // numbered again after dropping, so that ids stay `${article.id}-i1…iN` in order
  return kept.length === found.length
    ? kept
    : kept.map((ind, n) => ({ ...ind, id: `${input.article.id}-i${n + 1}` }));
}
