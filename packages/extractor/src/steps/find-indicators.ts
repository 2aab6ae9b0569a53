/**
 * Reads every quantitative statement of an article: figures with their labels, changes, shares and
 * comparisons, paired in lists, with the period carried over from earlier clauses and the subject
 * attributed (the park by default, a company, an industry or a region when the text says so).
 *
 * The steps: the text is compacted and normalised, its mentions and quotes found once; then each sentence
 * is read clause by clause — the carry rules (`carry-state`) update what is carried, `findClauseSubject`
 * finds the clause's own subject, `scanFigures` its figures and `readFigures` reads them into rows by their
 * role; `emitIndicators` maps the rows to indicators.
 */
import { type Indicator, type Park } from '@parkbrief/domain';
import { findMentions } from './attribute-subject.js';
import {
  carryClauseSubject,
  carryCompany,
  carryParks,
  carryPeriods,
  carrySentenceSubject,
  carrySubArea,
  carryTopic,
  leadMetricNamed,
  kindNouns,
  resumePeriod,
  resumeSubArea,
  returnToTopic,
  startParagraph,
  startReading,
  startSentence,
  type ReadingState,
  type SentenceState,
} from './carry-state.js';
import { joinedParks, type ClauseReading } from './draft-indicator.js';
import { emitIndicators } from './emit-indicators.js';
import { findClauseSubject } from './find-clause-subject.js';
import { mergeLevelRows } from './merge-level-rows.js';
import { mergeShareRows } from './merge-share-rows.js';
import { spanCumulativeToDate } from './span-cumulative-to-date.js';
import { spanFlowsToDate } from './span-flows-to-date.js';
import { type ArticleText, type Draft } from './indicator-draft.js';
import { normalizeForParsing } from './parse-numeral.js';
import { readFigures } from './read-figures.js';
import { cutAfterNoise } from './read-label.js';
import { holdBreakdownPark, releaseBreakdownPark } from './hold-breakdown-park.js';
import { findPeriods } from './resolve-period.js';
import { scanFigures } from './scan-figures.js';
import { mentionsIn } from './search-spans.js';
import { compactLines, findQuotes, splitSentences, type Clause } from './split-sentences.js';

export { industryList } from './read-label.js';

/** What `findIndicators` reads. */
export interface FindIndicatorsInput {
  readonly articleId: string;
  /** The repaired article text; evidence offsets point into it. */
  readonly text: string;
  readonly parkIds: readonly string[];
  readonly companies: readonly string[];
  readonly parks: readonly Park[];
  /** YYYY-MM-DD. */
  readonly issueDate: string;
  /** The article's headline: a year it names (2011年…统计公报) is the year its bare 全年 means. */
  readonly headline?: string | null;
}

/**
 * Every quantitative statement of one article as an indicator, with evidence offsets into `text`.
 * Linear in the text; never throws on any string.
 */
export function findIndicators(input: FindIndicatorsInput): Indicator[] {
  // parsing reads the text without the line breaks a narrow column leaves inside sentences; `text` below is
  // that compacted text as printed (for value and change texts), and `pos` maps back for evidence offsets
  const compact = compactLines(input.text);
  const text = compact.text;
  const s = blankAsides(normalizeForParsing(text));
  const quotes = findQuotes(s);
  const article: ArticleText = {
    text,
    s,
    issueDate: input.issueDate,
    mentions: findMentions(s, { companies: [...input.companies], parkIds: [...input.parkIds] }, input.parks),
    quotes,
    speechQuotes: quotes.filter((q) => q.speech),
    kindOf: kindNouns(input.parks),
    speakers: new Map(),
  };
  const state = startReading(input.parkIds[0] ?? null, input.headline ?? '');
  // a park known only by its kind (保税区) is what that kind word refers to until a park of the kind is named
  for (const p of input.parks)
    if (!p.registered && p.province === null && input.parkIds.includes(p.id) && /区$/.test(p.name))
      state.lastOfKind.set(p.name, p.id);
  const drafts: Draft[] = [];
  for (const sentence of splitSentences(s)) {
    if (sentence.paragraph !== state.paragraph) {
      releaseBreakdownPark(state);
      startParagraph(state, sentence.paragraph);
    }
    const sent = startSentence(article, sentence);
    sentence.clauses.forEach((clause, ci) => {
      const prevSep = ci > 0 ? sentence.clauses[ci - 1]!.sep : '';
      readClause(article, state, sent, drafts, clause, ci, prevSep, ci === sentence.clauses.length - 1);
    });
    resumePeriod(state, sent);
    carrySentenceSubject(state, sent);
  }
  return emitIndicators(
    { articleId: input.articleId, original: input.text, text, s, pos: compact.pos },
    spanCumulativeToDate(spanFlowsToDate(mergeLevelRows(mergeShareRows(drafts))), s),
  );
}

/** Reads one clause: what it carries, its subject, then its figures into rows. */
function readClause(
  article: ArticleText,
  state: ReadingState,
  sent: SentenceState,
  drafts: Draft[],
  clause: Clause,
  ci: number,
  prevSep: string,
  last: boolean,
): void {
  const s = article.s;
  returnToTopic(sent, prevSep);
  const periods = findPeriods(s, clause.start, clause.end, {
    issueDate: article.issueDate,
    contextYear: state.contextYear,
  });
  const clausePeriod = carryPeriods(state, sent, s, clause, periods);
  const clauseMentions = mentionsIn(article.mentions, clause.start, clause.end);
  // (a count inside the name of many parks, 27个国家级开发区, is part of that name, not a figure)
  const figs = scanFigures(s, clause, periods, article.quotes).filter(
    (f) => !clauseMentions.some((m) => m.kind === 'region' && m.start <= f.q.start && f.q.end <= m.end),
  );
  const firstFig = figs[0]?.q.start ?? clause.end;
  sent.parkList = joinedParks(s, clauseMentions) ?? sent.parkList;
  carryCompany(state, clauseMentions);
  // period words and mentions removed: what the clause says before its first figure
  const contentStart = cutAfterNoise(periods, clause.start, clause.end);
  const parkBefore = state.currentPark;
  const listedParks = carryParks(state, article, clause, clauseMentions, contentStart, firstFig);
  holdBreakdownPark(state, parkBefore, sent.qizhong);
  resumeSubArea(state, s, contentStart);
  // the clause's own subject, written before its first figure
  const found = findClauseSubject(
    {
      s,
      mentions: article.mentions,
      clause,
      ci,
      periods,
      clauseMentions,
      contentStart,
      firstFig,
      figCount: figs.length,
    },
    state,
  );
  carrySubArea(state, found.subArea);
  carryClauseSubject(sent, listedParks ?? found.subject, figs.length, last);
  // (the first clauses before any figure: 前三季度，甲和乙的投资增长尤为迅速，分别增长…)
  // (the words after the parks the clause names: 甲和乙的投资 is 投资)
  // (read only until the sentence's first figure: most clauses come after it)
  if (sent.drafts.length === 0) {
    let words = contentStart;
    for (const m of clauseMentions) if (m.end <= firstFig && !m.ref && m.end > words) words = m.end;
    if (figs.length === 0) carryTopic(sent, s, words, clause.end);
    if (sent.leadMetric === null) sent.leadMetric = leadMetricNamed(s, words, firstFig);
  }
  const reading: ClauseReading = {
    article,
    state,
    sentence: sent,
    drafts,
    clause,
    periods,
    clausePeriod,
    mentions: clauseMentions,
    contentStart,
    subject: found.subject,
    subjectEnd: found.end,
  };
  readFigures(reading, figs);
}

/** (以下简称“综保区”), （以下称…）: an aside naming a short form, between a subject and its metric. */
const ALIAS_ASIDE = /[（(]以下(?:简称|称)[^（）()]{0,20}[）)]/g;

/** The text with each alias aside blanked (same length: offsets hold), so it splits no subject from its metric. */
function blankAsides(s: string): string {
  return s.includes('以下') ? s.replace(ALIAS_ASIDE, (m) => ' '.repeat(m.length)) : s;
}
