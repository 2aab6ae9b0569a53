import { describe, expect, it, vi } from 'vitest';
import { IssueExtractionSchema, type Indicator } from '@parkbrief/domain';
import type { IndicatorInput } from '../src/indicators.js';

// The indicator step is replaced to behave badly: it throws on one article and returns broken figures for
// another. The pipeline must still return a valid extraction and report each failure.
vi.mock('../src/indicators.js', () => ({
  extractIndicators: ({ article }: IndicatorInput): Indicator[] => {
    if (article.text.includes('西安')) throw new Error('bug in a step');
    const good: Indicator = {
      id: 'ind-1',
      articleId: article.id,
      subject: { kind: 'park', parkId: article.parkIds[0] ?? null, name: null },
      metric: 'other',
      label: '营收',
      value: null,
      change: { kind: 'percent', value: 10, approx: null, basis: 'yoy', text: '增长10%' },
      share: null,
      comparison: null,
      period: null,
      evidence: { text: article.text.slice(0, 5), start: 0, end: 5 },
    };
    const wrongOffsets: Indicator = {
      ...good,
      id: 'ind-2',
      evidence: { text: '不在文中的句子', start: 0, end: 7 },
    };
    const invalid: Indicator = { ...good, id: 'NOT VALID:ID' };
    return [good, good, wrongOffsets, invalid];
  },
}));

const { extractIssue } = await import('../src/index.js');

describe('extractIssue when a step fails', () => {
  it('keeps the issue, leaves out what failed and reports it', () => {
    const errors: Array<{ error: unknown; articleId: string | null }> = [];
    const x = extractIssue(
      {
        id: '2023-09-11-test',
        publication: '导报',
        date: '2023-09-11',
        pages: [
          {
            number: 1,
            text: '本报讯 今年以来，成都高新区营收增长10%，成都高新区发展良好。 李明\n本报讯 今年以来，西安高新区营收增长，西安高新区发展良好。 王芳',
          },
        ],
      },
      { onError: (error, context) => errors.push({ error, articleId: context.articleId }) },
    );
    expect(IssueExtractionSchema.parse(x)).toBeTruthy();
    expect(x.articles).toHaveLength(2);
    // Two good copies survive with distinct ids; the bad offsets and the invalid id are left out.
    expect(x.indicators.map((i) => i.id)).toEqual(['ind-1', 'ind-1-2']);
    expect(x.indicators.every((i) => i.articleId === x.articles[0]!.id)).toBe(true);
    expect(errors.map((e) => e.articleId)).toEqual([x.articles[0]!.id, x.articles[0]!.id, x.articles[1]!.id]);
    expect(String(errors[2]!.error)).toContain('bug in a step');
  });
});
