import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  IdSchema,
  IssueExtractionSchema,
  deriveIssueId,
  type Issue,
  type IssueExtraction,
} from '@parkbrief/domain';
import { extractIssue, splitPages } from '../src/index.js';

const samples =
  process.env.PARKBRIEF_SAMPLES ??
  resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/samples');
const sample = readFileSync(join(samples, 'page-2023-09-11.txt'), 'utf8');

function issueOf(pages: Array<{ number: number; text: string }>, date = '2023-09-11'): Issue {
  const base = { publication: '中国高新技术产业导报', date, pages };
  return { id: deriveIssueId(base), ...base };
}

/** What every extraction must hold, whatever the input. */
function expectWellFormed(x: IssueExtraction): void {
  expect(IssueExtractionSchema.parse(x)).toBeTruthy();
  const articleIds = new Set(x.articles.map((a) => a.id));
  expect(articleIds.size).toBe(x.articles.length);
  const parkIds = new Set(x.parks.map((p) => p.id));
  expect(parkIds.size).toBe(x.parks.length);
  for (const a of x.articles) for (const id of a.parkIds) expect(parkIds.has(id)).toBe(true);
  expect(new Set(x.indicators.map((i) => i.id)).size).toBe(x.indicators.length);
  const byId = new Map(x.articles.map((a) => [a.id, a]));
  for (const ind of x.indicators) {
    const a = byId.get(ind.articleId);
    expect(a).toBeDefined();
    expect(a!.text.slice(ind.evidence.start, ind.evidence.end)).toBe(ind.evidence.text);
  }
}

describe('extractIssue on the sample page', () => {
  const issue = issueOf([{ number: 1, text: sample }]);
  const x = extractIssue(issue);

  it('returns an extraction the schema accepts, with consistent ids and references', () => {
    expectWellFormed(x);
    expect(x.issue).toEqual({
      id: issue.id,
      publication: issue.publication,
      date: '2023-09-11',
      pageCount: 1,
    });
    for (const a of x.articles) {
      expect(IdSchema.safeParse(a.id).success).toBe(true);
      expect(a.issueId).toBe(issue.id);
      expect(a.page).toBe(1);
    }
  });

  it('lists the parks some article is about, registered and unregistered', () => {
    expect(x.articles).toHaveLength(7);
    expect(x.parks.map((p) => p.shortName).sort()).toEqual(
      [
        '中山火炬开发区',
        '徐州高新区',
        '昆山高新区',
        '海口高新区',
        '淄博高新区',
        '烟台高新区',
        '衢州智造新城',
      ].sort(),
    );
    expect(x.parks.find((p) => p.shortName === '衢州智造新城')).toMatchObject({
      registered: false,
      level: 'other',
    });
    expect(x.parks.find((p) => p.shortName === '徐州高新区')).toMatchObject({
      registered: true,
      level: 'national',
      city: '徐州市',
    });
  });

  it('fills companies, as written', () => {
    const xuzhou = x.articles.find((a) => a.headline?.startsWith('徐州'));
    expect(xuzhou?.companies).toContain('中润新能源（徐州）有限公司');
    expect(xuzhou?.companies).toContain('普达特半导体设备（徐州）有限公司');
  });

  it('reads indicators from every article, their evidence pointing into the article text', () => {
    // The indicator step is another engineer's; here only its wiring: some figure of the sample comes out.
    expect(x.indicators.length).toBeGreaterThan(0);
    for (const ind of x.indicators) expect(x.articles.some((a) => a.id === ind.articleId)).toBe(true);
  });

  it('is deterministic', () => {
    expect(extractIssue(issue)).toEqual(x);
  });
});

describe('extractIssue on issues of several pages', () => {
  it('splits CLI input at form feeds and keeps each article on its page', () => {
    const second =
      '本报讯 今年上半年，合肥高新区实现营业收入5000亿元，同比增长10%，合肥高新区新增企业3000家。\n▶▶ 张伟';
    const x = extractIssue(issueOf([{ number: 1, text: sample + '\f' + second }]));
    expectWellFormed(x);
    expect(x.issue.pageCount).toBe(2);
    expect(x.articles.filter((a) => a.page === 1)).toHaveLength(7);
    const onTwo = x.articles.filter((a) => a.page === 2);
    expect(onTwo).toHaveLength(1);
    expect(onTwo[0]).toMatchObject({ byline: ['张伟'], parkIds: ['hefei-gaoxinqu'] });
  });

  it('keeps the page numbers an issue gives', () => {
    const x = extractIssue(
      issueOf([
        { number: 3, text: '本报讯 今年以来，成都高新区发展良好，成都高新区企业营收增长。 李明' },
        { number: 7, text: '本报讯 今年以来，西安高新区发展良好，西安高新区企业营收增长。 王芳' },
      ]),
    );
    expectWellFormed(x);
    expect(x.articles.map((a) => [a.page, a.byline[0]])).toEqual([
      [3, '李明'],
      [7, '王芳'],
    ]);
    expect(new Set(x.articles.map((a) => a.id)).size).toBe(2);
  });

  it('numbers pages split from a form feed after the highest number so far', () => {
    expect(
      splitPages({
        pages: [
          { number: 2, text: 'a\fb' },
          { number: 3, text: 'c' },
        ],
      }).map((p) => [p.number, p.text]),
    ).toEqual([
      [2, 'a'],
      [3, 'b'],
      [4, 'c'],
    ]);
  });

  it('returns an empty extraction for pages without text', () => {
    for (const text of ['', '   \n\n  ', '\f\f']) {
      const x = extractIssue(issueOf([{ number: 1, text }]));
      expectWellFormed(x);
      expect(x.articles).toEqual([]);
      expect(x.issue.pageCount).toBeGreaterThanOrEqual(1);
    }
  });
});
