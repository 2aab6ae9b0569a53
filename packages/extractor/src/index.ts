/**
 * @parkbrief/extractor — reads a newspaper issue (the text layer of its PDF pages) into articles, parks and
 * attributed indicators. A pipeline of small pure functions, one step a file in `steps/`, composed here.
 * Expected failures are results; only bugs throw.
 */
import { type Issue, type IssueExtraction } from '@parkbrief/domain';

/** Options of `extractIssue`. */
export interface ExtractOptions {
  /** Reserved for tuning; none yet. */
  readonly debug?: boolean;
}

/**
 * Reads an issue into an `IssueExtraction` that `IssueExtractionSchema` accepts. Never throws on any text.
 * (Stub: the real pipeline replaces this body.)
 */
export function extractIssue(issue: Issue, _options: ExtractOptions = {}): IssueExtraction {
  return {
    issue: {
      id: issue.id,
      publication: issue.publication,
      date: issue.date,
      ...(issue.edition === undefined ? {} : { edition: issue.edition }),
      pageCount: issue.pages.length,
    },
    parks: [],
    articles: [],
    indicators: [],
  };
}
