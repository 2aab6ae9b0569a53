import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Indicator, IssueExtraction, Park } from '@parkbrief/domain';
import { createTestDatabase } from '@parkbrief/testkit';
import { openCatalogue, type Catalogue } from '../src/index.js';

/** A catalogue on one backend, and how to throw it away. */
export interface TestCatalogue {
  readonly catalogue: Catalogue;
  readonly dataDir: string;
  dispose(): Promise<void>;
}

/** Both backends: every catalogue test runs on each. */
export const BACKENDS = ['pglite', 'postgres'] as const;
export type Backend = (typeof BACKENDS)[number];

/** A fresh, empty catalogue: PGlite in a temporary data directory, or its own PostgreSQL database. */
export async function freshCatalogue(backend: Backend): Promise<TestCatalogue> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'parkbrief-catalogue-'));
  if (backend === 'pglite') {
    const catalogue = await openCatalogue({ dataDir });
    return {
      catalogue,
      dataDir,
      dispose: async () => {
        await catalogue.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  }
  const database = await createTestDatabase('parkbrief_catalogue');
  const catalogue = await openCatalogue({ databaseUrl: database.url, dataDir });
  return {
    catalogue,
    dataDir,
    dispose: async () => {
      await catalogue.close();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function park(id: string, shortName: string, extra: Partial<Park> = {}): Park {
  return {
    id,
    name: shortName,
    shortName,
    aliases: [],
    province: null,
    city: null,
    level: 'other',
    registered: false,
    ...extra,
  };
}

let counter = 0;

/** An indicator of a park (synthetic words, not copied from any sample). */
export function figure(
  parkId: string,
  metric: Indicator['metric'],
  amount: number,
  extra: Partial<Indicator> = {},
): Indicator {
  counter += 1;
  const text = `指标${counter}为${amount}亿元。`;
  return {
    id: `i${counter}`,
    articleId: 'a1',
    subject: { kind: 'park', parkId, name: null },
    metric,
    label: `测试指标${metric}`,
    value: {
      amount,
      text: `${amount}亿元`,
      unit: '亿元',
      approx: null,
      base: { amount: amount * 1e8, unit: 'CNY' },
    },
    change: { kind: 'percent', value: 5.5, approx: null, basis: 'yoy', text: '同比增长5.5%' },
    share: null,
    comparison: null,
    period: { label: '上半年', start: '2024-01', end: '2024-06' },
    evidence: { text, start: 0, end: text.length },
    ...extra,
  };
}

/** An issue with one article about the given parks and the given figures. */
export function extraction(
  issueId: string,
  date: string,
  parks: Park[],
  indicators: Indicator[],
): IssueExtraction {
  return {
    issue: { id: issueId, publication: '测试周报', date, pageCount: 1 },
    parks,
    articles: [
      {
        id: 'a1',
        issueId,
        page: 1,
        headline: '测试标题',
        kicker: null,
        byline: ['记者甲'],
        kind: 'news',
        text: indicators.map((i) => i.evidence.text).join(''),
        parkIds: parks.map((p) => p.id),
        companies: [],
        photo: null,
      },
    ],
    indicators,
  };
}
