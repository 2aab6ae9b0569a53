/**
 * A made-up briefing that a render thread renders once before it says it is ready. The first briefing a thread
 * renders costs three times a warm one (0.8 s against 0.26 s for the sample's largest, measured 2026-12-03):
 * react-pdf's layout, the tables, the chart and the history section run cold. Rendering this while the thread
 * would wait anyway (for the catalogue, or as a replacement started beside its predecessor) keeps that cost off
 * the first real briefing. Every figure here is invented, and none of it is ever written anywhere.
 */
import type { HistoryEntry } from '@parkbrief/catalogue';
import type { Indicator, IssueExtraction, MetricCode, Quantity } from '@parkbrief/domain';

const ISSUE_ID = '2000-01-03-0000000000000000';
const PARK_ID = 'yure-gaoxinqu';
const ARTICLE_ID = `${ISSUE_ID}.p1.1`;

/** Kinds of rows a briefing sets differently: the park's own, with change, share or comparison, and others'. */
const ROWS: readonly {
  readonly metric: MetricCode;
  readonly subject: 'park' | 'company' | 'industry' | 'region';
  readonly name: string | null;
  readonly change: 'percent' | 'points' | null;
  readonly share: boolean;
  readonly comparison: boolean;
}[] = [
  { metric: 'gdp', subject: 'park', name: null, change: 'percent', share: false, comparison: true },
  {
    metric: 'industrial_output_above_scale',
    subject: 'park',
    name: null,
    change: 'percent',
    share: true,
    comparison: false,
  },
  {
    metric: 'fixed_asset_investment',
    subject: 'park',
    name: null,
    change: 'percent',
    share: false,
    comparison: false,
  },
  {
    metric: 'operating_revenue',
    subject: 'company',
    name: '预热科技有限公司',
    change: 'percent',
    share: false,
    comparison: false,
  },
  {
    metric: 'industrial_output',
    subject: 'industry',
    name: '新材料产业',
    change: 'points',
    share: true,
    comparison: false,
  },
  { metric: 'gdp', subject: 'region', name: '预热市', change: 'percent', share: false, comparison: false },
];

/** The same figure scaled, as an earlier issue would give it. */
function earlierValue(value: Quantity, factor: number): Quantity {
  return {
    ...value,
    amount: value.amount * factor,
    base: value.base && { ...value.base, amount: value.base.amount * factor },
  };
}

/** The warm-up extraction and the park to render from it, with a history of two earlier issues. */
export function warmUpBriefing(): {
  extraction: IssueExtraction;
  parkId: string;
  history: HistoryEntry[];
} {
  const sentences = ROWS.map(
    (r, i) =>
      `${r.name ?? '预热高新区'}今年上半年指标${i + 1}达到${100 + i * 7}.5亿元，同比增长${5 + i}.2%。`,
  );
  const text = sentences.join('\n');
  const half = { label: '上半年', start: '2000-01', end: '2000-06' };
  let offset = 0;
  const indicators: Indicator[] = ROWS.map((r, i) => {
    const sentence = sentences[i] ?? '';
    const start = text.indexOf(sentence, offset);
    offset = start + sentence.length;
    const amount = 100 + i * 7 + 0.5;
    return {
      id: `w${i}`,
      articleId: ARTICLE_ID,
      subject: { kind: r.subject, parkId: PARK_ID, name: r.name },
      metric: r.metric,
      label: `指标${i + 1}`,
      value: {
        amount,
        text: `${amount}亿元`,
        unit: '亿元',
        approx: null,
        base: { amount: amount * 1e8, unit: 'CNY' },
      },
      change:
        r.change === null
          ? null
          : { kind: r.change, value: 5 + i + 0.2, approx: null, basis: 'yoy', text: `同比增长${5 + i}.2%` },
      share: r.share ? { percent: 12.5 + i, of: '全市' } : null,
      comparison: r.comparison
        ? { against: '全市', kind: 'points', value: 1.5, text: '高于全市1.5个百分点' }
        : null,
      period: half,
      evidence: { text: sentence, start, end: start + sentence.length },
      basis: { subject: i % 2 === 0 ? 'written' : 'carried', period: 'written' },
    };
  });
  const issue = { id: ISSUE_ID, publication: '预热', date: '2000-07-03', edition: '第1版', pageCount: 1 };
  const extraction: IssueExtraction = {
    issue,
    parks: [
      {
        id: PARK_ID,
        name: '预热高新技术产业开发区',
        shortName: '预热高新区',
        aliases: [],
        province: null,
        city: null,
        level: 'other',
        registered: false,
      },
    ],
    articles: [
      {
        id: ARTICLE_ID,
        issueId: ISSUE_ID,
        page: 1,
        headline: '预热高新区上半年经济运行',
        kicker: null,
        byline: [],
        kind: 'news',
        text,
        parkIds: [PARK_ID],
        companies: ['预热科技有限公司'],
        photo: null,
      },
    ],
    indicators,
  };
  const history: HistoryEntry[] = ['1999-07-05', '2000-01-03'].flatMap((date, k) =>
    indicators
      .filter((ind) => ind.subject.kind === 'park')
      .map((ind) => ({
        issue: { id: `${date}-000000000000000${k}`, date, publication: '预热', edition: null },
        parkId: PARK_ID,
        indicator: {
          ...ind,
          id: `${ind.id}-${k}`,
          value: ind.value && earlierValue(ind.value, 0.8 + 0.1 * k),
        },
      })),
  );
  return { extraction, parkId: PARK_ID, history };
}
