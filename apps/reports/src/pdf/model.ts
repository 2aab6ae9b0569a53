import { metricDefinition, numberToPlainString } from '@parkbrief/domain';
import type {
  Article,
  ArticleKind,
  Change,
  Comparison,
  Indicator,
  IssueExtraction,
  IssueRef,
  Park,
  SubjectKind,
} from '@parkbrief/domain';
import {
  changeBasisLabel,
  changeDirection,
  formatChange,
  formatChineseDate,
  formatPeriod,
  formatQuantity,
  formatShare,
  periodRange,
  type ChangeDirection,
} from './format.js';
import { buildHistoryView, type HistoryView } from './history-section.js';
import type { HistoryEntry } from '@parkbrief/catalogue';

/** Where a figure was read: the article (its number in the briefing), headline and page. */
export interface FigureSource {
  /** Number of the article in the briefing's article list, from 1. */
  readonly ref: number;
  readonly articleId: string;
  readonly headline: string;
  readonly page: number;
  /** The page as the newspaper numbers it (第3版, A7版). */
  readonly pageLabel: string;
}

/** One figure as the briefing shows it. */
export interface FigureRow {
  readonly id: string;
  /** The metric's words as written (规模以上工业总产值). */
  readonly label: string;
  readonly metricLabel: string;
  readonly rank: number;
  readonly subjectKind: SubjectKind;
  /** Company, industry or area name; null for the park itself. */
  readonly subjectName: string | null;
  readonly value: string | null;
  readonly change: string | null;
  readonly changeBasis: string;
  readonly changeKind: Change['kind'] | null;
  /** The signed change, for the chart. */
  readonly changeValue: number | null;
  readonly direction: ChangeDirection | null;
  readonly share: string | null;
  /** The period as written with its months when relative (上半年（2024年1—6月）). */
  readonly period: string | null;
  /** The period as written (上半年) and its months (2024年1—6月), for a two-line cell. */
  readonly periodLabel: string | null;
  readonly periodRange: string | null;
  /** A comparison with something else (高于全市平均水平3.6个百分点): never shown as the figure's change. */
  readonly comparison: FigureComparison | null;
  /**
   * What of the row was carried from an earlier clause rather than written in the figure's own: its subject,
   * its period or both; empty when both were written (or the extraction does not say).
   */
  readonly carried: readonly ('subject' | 'period')[];
  /** The sentence the figure came from. */
  readonly evidence: string;
  readonly source: FigureSource;
}

/** A comparison as the briefing shows it: what it is compared with, and by how much. */
export interface FigureComparison {
  /** 淄博市平均水平, 国外技术. */
  readonly against: string;
  /** 高3.6个百分点, 低60%, 2倍. */
  readonly difference: string;
  /** The comparison as printed. */
  readonly text: string;
}

/** One article as the briefing shows it. */
export interface ArticleView {
  readonly ref: number;
  readonly id: string;
  readonly page: number;
  readonly pageLabel: string;
  readonly kind: ArticleKind;
  readonly headline: string;
  /** true when the article printed no headline and the briefing made one up from its kicker or kind. */
  readonly headlineIsFallback: boolean;
  readonly kicker: string | null;
  readonly byline: readonly string[];
  readonly paragraphs: readonly string[];
  readonly photoCaption: string | null;
  readonly photoCredit: string | null;
  /** Whether the park is among the article's subjects (false: shown only as the source of a figure). */
  readonly aboutPark: boolean;
}

/** A group of figures of one kind of subject within the park. */
export interface SubjectFigureGroup {
  readonly kind: Exclude<SubjectKind, 'park'>;
  readonly title: string;
  readonly rows: readonly FigureRow[];
}

/** A bar of the change chart. */
export interface ChartBar {
  readonly label: string;
  readonly value: number;
  readonly text: string;
  readonly direction: ChangeDirection;
}

/** Everything a briefing shows, decided before any drawing. */
export interface BriefingModel {
  readonly issue: IssueRef;
  readonly park: Park;
  /** The park's own figures, most important metric first (taxonomy rank). */
  readonly keyFigures: readonly FigureRow[];
  /** Figures of companies, industries, sub-areas in the park, kept apart from the park's own. */
  readonly subjectFigures: readonly SubjectFigureGroup[];
  /** Percent changes of the park's own figures, for the bar chart (same unit on one axis). */
  readonly chart: readonly ChartBar[];
  /** Articles about the park, then any other article a figure cites; numbered in this order. */
  readonly articles: readonly ArticleView[];
  /** What the caps left out: rows not shown, and articles whose text is not shown (listed by headline). */
  readonly omitted: {
    readonly keyFigures: number;
    readonly subjectFigures: number;
    readonly articles: readonly Pick<ArticleView, 'ref' | 'headline' | 'pageLabel'>[];
  };
  /** The key figures beside the park's earlier issues (from the catalogue); null or absent: no history. */
  readonly history?: HistoryView | null;
}

/** Caps of one briefing, so that no input makes a briefing of hundreds of pages. */
export interface BriefingModelOptions {
  /** The park's own figures shown, most important first (default 60). */
  readonly maxKeyFigures?: number;
  /** Figures of companies, industries and sub-areas shown (default 80). */
  readonly maxSubjectFigures?: number;
  /** Articles whose text is shown (default 12); the others are listed by headline. */
  readonly maxArticles?: number;
  /** The park's figures in earlier issues (the catalogue's `earlierFigures`), for the history section. */
  readonly history?: readonly HistoryEntry[] | undefined;
}

/** The default caps of a briefing. */
export const BRIEFING_CAPS = { maxKeyFigures: 60, maxSubjectFigures: 80, maxArticles: 12 } as const;

/** The PDF's title: "徐州高新区简报 · 科技园区周刊 2024年7月22日". */
export function briefingTitle(model: Pick<BriefingModel, 'park' | 'issue'>): string {
  return `${model.park.shortName}简报 · ${model.issue.publication} ${formatChineseDate(model.issue.date)}`;
}

/** The park is not in the extraction. */
export class UnknownParkError extends Error {
  override readonly name = 'UnknownParkError';
}

const KIND_LABEL: Record<ArticleKind, string> = {
  news: '消息',
  brief: '简讯',
  photo: '图片新闻',
  feature: '通讯',
  interview: '访谈',
  other: '报道',
};

const GROUP_TITLE: Record<Exclude<SubjectKind, 'park'>, string> = {
  company: '企业',
  industry: '产业',
  region: '片区与区域',
  other: '其他主体',
};

const OPENING = '“‘（《「『【〔';
const CLOSING = '”’）》」』】〕';

/**
 * The first `max` characters of a sentence as a headline: never ending on an opening quote or bracket, and
 * never leaving one open (cut before it instead), so “政采贷” is not shown as “政采….
 */
function cutHeadline(text: string, max: number): string {
  let cut = Array.from(text).slice(0, max).join('');
  for (let i = 0; i < OPENING.length; i++) {
    const open = OPENING[i]!;
    const close = CLOSING[i]!;
    if (cut.split(open).length > cut.split(close).length) cut = cut.slice(0, cut.lastIndexOf(open));
  }
  return cut.replace(/[\s“‘（《「『【〔，、：；]+$/u, '');
}

function fallbackHeadline(article: Article): string {
  if (article.kicker) return article.kicker;
  const first = article.text.trim().split(/[。！？\n]/)[0] ?? '';
  if (first.length > 0) return first.length > 28 ? `${cutHeadline(first, 28)}…` : first;
  return `${KIND_LABEL[article.kind]}（第${article.page}版）`;
}

/**
 * The page as the newspaper numbers it: 第3版; with an edition whose pages carry a letter (A7, B03), the
 * letter goes with the page's number from that edition's page on (A7版, A8版). The page numbers themselves come
 * from the issue (`parkbrief run --edition A7` numbers the first page 7).
 */
export function pageLabel(page: number, edition?: string): string {
  const m = edition?.trim().match(/^第?\s*([A-Za-z]+)\s*0*(\d+)/);
  if (m && page >= Number(m[2])) return `${m[1]!.toUpperCase()}${page}版`;
  return `第${page}版`;
}

function formatComparison(c: Comparison): FigureComparison {
  const magnitude = numberToPlainString(Math.abs(c.value));
  const difference =
    c.kind === 'multiple'
      ? `${magnitude}倍`
      : c.value === 0
        ? '持平'
        : `${c.value > 0 ? '高' : '低'}${magnitude}${c.kind === 'percent' ? '%' : '个百分点'}`;
  return { against: c.against, difference, text: c.text };
}

function paragraphsOf(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/**
 * What the briefing of one park shows: the park, its own figures ordered by the taxonomy's rank, the figures
 * of its companies, industries and sub-areas apart, the articles about it, and for each figure the article
 * (headline, page) it was read from. Throws `UnknownParkError` when the park is not in the extraction.
 */
export function buildBriefingModel(
  extraction: IssueExtraction,
  parkId: string,
  options: BriefingModelOptions = {},
): BriefingModel {
  const caps = { ...BRIEFING_CAPS, ...options };
  const park = extraction.parks.find((p) => p.id === parkId);
  if (!park) throw new UnknownParkError(`park ${parkId} is not in extraction ${extraction.issue.id}`);

  const articleById = new Map(extraction.articles.map((a) => [a.id, a]));
  const order = new Map(extraction.articles.map((a, i) => [a.id, i]));
  const indicators = extraction.indicators.filter(
    (i) => i.subject.parkId === parkId && articleById.has(i.articleId),
  );

  const about = extraction.articles.filter((a) => a.parkIds.includes(parkId));
  const aboutIds = new Set(about.map((a) => a.id));
  const cited = [...new Set(indicators.map((i) => i.articleId))]
    .filter((id) => !aboutIds.has(id))
    .map((id) => articleById.get(id)!);
  const byPage = (a: Article, b: Article) => a.page - b.page || order.get(a.id)! - order.get(b.id)!;
  const shown = [...about.sort(byPage), ...cited.sort(byPage)];

  const articles: ArticleView[] = shown.map((a, i) => ({
    ref: i + 1,
    id: a.id,
    page: a.page,
    pageLabel: pageLabel(a.page, extraction.issue.edition),
    kind: a.kind,
    headline: a.headline ?? fallbackHeadline(a),
    headlineIsFallback: a.headline === null,
    kicker: a.headline === null ? null : a.kicker,
    byline: a.byline,
    paragraphs: paragraphsOf(a.text),
    photoCaption: a.photo?.caption ?? null,
    photoCredit: a.photo?.credit ?? null,
    aboutPark: aboutIds.has(a.id),
  }));
  const viewById = new Map(articles.map((a) => [a.id, a]));

  const row = (ind: Indicator): FigureRow => {
    const def = metricDefinition(ind.metric);
    const view = viewById.get(ind.articleId)!;
    return {
      id: ind.id,
      label: ind.label,
      metricLabel: def.label,
      rank: def.rank,
      subjectKind: ind.subject.kind,
      subjectName: ind.subject.name,
      value: ind.value ? formatQuantity(ind.value) : null,
      change: ind.change ? formatChange(ind.change) : null,
      changeBasis: ind.change ? changeBasisLabel(ind.change) : '',
      changeKind: ind.change?.kind ?? null,
      changeValue: ind.change?.value ?? null,
      direction: ind.change ? changeDirection(ind.change) : null,
      share: ind.share ? formatShare(ind.share) : null,
      period: ind.period ? formatPeriod(ind.period) : null,
      periodLabel: ind.period?.label ?? null,
      periodRange: ind.period ? periodRange(ind.period) : null,
      comparison: ind.comparison ? formatComparison(ind.comparison) : null,
      carried: [
        ...(ind.basis?.subject === 'carried' ? (['subject'] as const) : []),
        ...(ind.basis?.period === 'carried' ? (['period'] as const) : []),
      ],
      evidence: ind.evidence.text,
      source: {
        ref: view.ref,
        articleId: view.id,
        headline: view.headline,
        page: view.page,
        pageLabel: view.pageLabel,
      },
    };
  };

  const indexOf = new Map(extraction.indicators.map((ind, i) => [ind.id, i]));
  const byImportance = (a: Indicator, b: Indicator) =>
    metricDefinition(a.metric).rank - metricDefinition(b.metric).rank ||
    (b.period?.end ?? '').localeCompare(a.period?.end ?? '') ||
    indexOf.get(a.id)! - indexOf.get(b.id)!;

  const own = indicators.filter((i) => i.subject.kind === 'park').sort(byImportance);
  const keyFigures = own.slice(0, caps.maxKeyFigures).map(row);
  // The most important figures of other subjects are kept when there are too many; groups keep their order.
  const keptOthers = new Set(
    indicators
      .filter((i) => i.subject.kind !== 'park')
      .sort(byImportance)
      .slice(0, caps.maxSubjectFigures)
      .map((i) => i.id),
  );

  const subjectFigures: SubjectFigureGroup[] = (['company', 'industry', 'region', 'other'] as const)
    .map((kind) => {
      const group = indicators.filter((i) => i.subject.kind === kind && keptOthers.has(i.id));
      // Within a group, keep one subject's figures together, subjects in order of first appearance.
      const firstSeen = new Map<string, number>();
      for (const i of group)
        if (!firstSeen.has(i.subject.name ?? '')) firstSeen.set(i.subject.name ?? '', firstSeen.size);
      const rows = group
        .sort(
          (a, b) =>
            firstSeen.get(a.subject.name ?? '')! - firstSeen.get(b.subject.name ?? '')! || byImportance(a, b),
        )
        .map(row);
      return { kind, title: GROUP_TITLE[kind], rows };
    })
    .filter((g) => g.rows.length > 0);

  const chart: ChartBar[] = keyFigures
    .filter(
      (r) =>
        r.changeKind === 'percent' && r.changeValue !== null && r.change !== null && r.direction !== null,
    )
    .map((r) => ({ label: r.label, value: r.changeValue!, text: r.change!, direction: r.direction! }));

  const othersCount = indicators.length - own.length;
  return {
    issue: extraction.issue,
    park,
    keyFigures,
    subjectFigures,
    chart,
    articles: articles.slice(0, caps.maxArticles),
    omitted: {
      keyFigures: own.length - keyFigures.length,
      subjectFigures: othersCount - keptOthers.size,
      articles: articles
        .slice(caps.maxArticles)
        .map((a) => ({ ref: a.ref, headline: a.headline, pageLabel: a.pageLabel })),
    },
    history: buildHistoryView(extraction.issue, own, options.history),
  };
}
