/**
 * @parkbrief/extractor — reads a newspaper issue (the text layer of its PDF pages) into articles, parks and
 * attributed indicators. A pipeline of small pure functions, one step a file in `steps/`, composed here.
 * Expected failures are results; only bugs throw.
 */
// Packages that compile this package through the `source` condition need the opencc-js declaration with it.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./opencc-dict.d.ts" />
import {
  ArticleSchema,
  IndicatorSchema,
  ParkSchema,
  type Article,
  type Indicator,
  type Issue,
  type IssueExtraction,
  type Park,
} from '@parkbrief/domain';
import { extractIndicators } from './indicators.js';
import { type SegmentedItem } from './steps/match-headlines.js';
import { nameSelfPark, parkForName } from './steps/name-self-park.js';
import { segmentLayout, type LayoutHints } from './steps/segment-layout.js';
import { segmentPage } from './steps/segment-page.js';
import { splitPages } from './steps/split-pages.js';
import { stripGlosses } from './steps/strip-glosses.js';

export { extractIndicators, type IndicatorInput } from './indicators.js';
export {
  collapseSpacing,
  joinLines,
  readLines,
  repairText,
  undoubleLead,
  undoubleLine,
  type PageLine,
} from './steps/repair-text.js';
export {
  segmentPage,
  isColumnHead,
  segmentUnits,
  type BodyItem,
  type LoosePhoto,
  type PageSegments,
  type TitleGroup,
} from './steps/segment-page.js';
export { matchHeadlines, type SegmentedItem } from './steps/match-headlines.js';
export {
  companyNames,
  countParks,
  findCompanies,
  findParkMentions,
  parkForMention,
  parkIdForName,
  provincesNamed,
  shortParkName,
  type CompanyMention,
  type FindParksOptions,
  type ParkMention,
  type ParkMentionKind,
} from './steps/find-parks.js';
export {
  datelineByline,
  datelineLength,
  isSourceLine,
  mergeSpacedNames,
  isPersonName,
  markedByline,
  namesAlone,
  parseCredit,
  parseNames,
  tailByline,
} from './steps/detect-bylines.js';
export { splitPages, type PageText } from './steps/split-pages.js';
export { foldTraditional } from './steps/fold-traditional.js';
export { stripGlosses } from './steps/strip-glosses.js';
export { isWebPage, readWebPage } from './steps/read-web-page.js';
export { findAggregates, type AggregateMention } from './steps/find-aggregates.js';
export { genericPark, nameSelfPark, parkForName, selfName } from './steps/name-self-park.js';
export {
  segmentLayout,
  type LayoutHintBlock,
  type LayoutHints,
  type LayoutRole,
} from './steps/segment-layout.js';

/** Options of `extractIssue`. */
export interface ExtractOptions {
  /** Reserved for tuning; none yet. */
  readonly debug?: boolean;
  /**
   * Called when a step fails on an article (a bug) or an indicator fails validation; the article or
   * indicator is left out and extraction goes on, so one bad item never costs the issue.
   */
  readonly onError?: (error: unknown, context: { readonly articleId: string | null }) => void;
  /**
   * The layout of pages read from a PDF (by `@parkbrief/pdf-layout`): which lines are which article's
   * headline, byline, body and caption. A page with hints is segmented by them; a page without, from its text.
   */
  readonly layouts?: readonly LayoutHints[];
}

// Ids are at most 120 characters: keep room for the page and position.
const MAX_ISSUE_ID_IN_ARTICLE_ID = 100;

function articleIdFor(issueId: string, page: number, position: number): string {
  const base = issueId.slice(0, MAX_ISSUE_ID_IN_ARTICLE_ID);
  return `${base}-p${page}-a${String(position).padStart(2, '0')}`;
}

function toArticle(item: SegmentedItem, issueId: string, page: number, position: number): Article {
  return {
    id: articleIdFor(issueId, page, position),
    issueId,
    page,
    headline: item.headline,
    kicker: item.kicker,
    byline: item.byline.filter((n) => n.length > 0),
    kind: item.kind,
    text: item.text,
    parkIds: item.parkIds,
    companies: item.companies,
    photo: item.photo && (item.photo.caption || item.photo.credit) ? item.photo : null,
  };
}

function evidenceHolds(indicator: Indicator, article: Article): boolean {
  const e = indicator.evidence;
  return indicator.articleId === article.id && article.text.slice(e.start, e.end) === e.text;
}

/**
 * Reads an issue into an `IssueExtraction` that `IssueExtractionSchema` accepts: its pages split into
 * articles (headline, kicker, byline, kind, repaired text, photo), the parks the articles are about, and the
 * indicators read from each article. Never throws on any text: an article whose indicators fail is kept
 * without them, and an indicator that fails validation is left out (both reported through `onError`).
 */
export function extractIssue(issue: Issue, options: ExtractOptions = {}): IssueExtraction {
  const pages = splitPages(issue);
  const articles: Article[] = [];
  const parks = new Map<string, Park>();
  const issuePark = issue.park ? parkForName(issue.park) : null;
  for (const page of pages) {
    let items: SegmentedItem[] = [];
    const hints = options.layouts?.find((l) => l.page === page.number);
    try {
      const text = stripGlosses(page.text);
      // A page read from a PDF is segmented by its layout; glosses go line by line, so the hints still hold.
      items = (hints ? segmentLayout(text, hints) : segmentPage(text)).map((item) => {
        const own = nameSelfPark(item.parks, item.parkMentions, issuePark);
        return { ...item, parks: own, parkIds: own.map((p) => p.id) };
      });
    } catch (error) {
      options.onError?.(error, { articleId: null });
    }
    items.forEach((item, i) => {
      articles.push(toArticle(item, issue.id, page.number, i + 1));
      for (const park of item.parks) if (!parks.has(park.id)) parks.set(park.id, park);
    });
  }

  // A last guard: whatever a step got wrong, the extraction stays one the schema accepts.
  const parkList = [...parks.values()].filter((park) => {
    const ok = ParkSchema.safeParse(park);
    if (!ok.success) options.onError?.(ok.error, { articleId: null });
    return ok.success;
  });
  const known = new Set(parkList.map((p) => p.id));
  const validArticles = articles
    .map((a) =>
      a.parkIds.every((id) => known.has(id)) ? a : { ...a, parkIds: a.parkIds.filter((id) => known.has(id)) },
    )
    .filter((a) => {
      const ok = ArticleSchema.safeParse(a);
      if (!ok.success) options.onError?.(ok.error, { articleId: a.id });
      return ok.success;
    });
  const indicators: Indicator[] = [];
  const ids = new Set<string>();
  for (const article of validArticles) {
    let found: Indicator[] = [];
    try {
      found = extractIndicators({ article, parks: parkList, issueDate: issue.date });
    } catch (error) {
      options.onError?.(error, { articleId: article.id });
      continue;
    }
    for (const indicator of found) {
      const checked = IndicatorSchema.safeParse(indicator);
      if (!checked.success || !evidenceHolds(checked.data, article)) {
        options.onError?.(
          checked.success ? new Error('evidence offsets do not match the article text') : checked.error,
          { articleId: article.id },
        );
        continue;
      }
      let id = checked.data.id;
      for (let n = 2; ids.has(id); n++) id = `${checked.data.id.slice(0, 110)}-${n}`;
      ids.add(id);
      indicators.push(id === checked.data.id ? checked.data : { ...checked.data, id });
    }
  }

  return {
    issue: {
      id: issue.id,
      publication: issue.publication,
      date: issue.date,
      ...(issue.edition === undefined ? {} : { edition: issue.edition }),
      pageCount: Math.max(1, pages.length, issue.pages.length),
    },
    parks: parkList,
    articles: validArticles,
    indicators,
  };
}
