import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openCatalogue, type Catalogue } from '@parkbrief/catalogue';
import type { Briefing, IssueExtraction } from '@parkbrief/domain';
import { createTestDatabase } from '@parkbrief/testkit';

export const BACKENDS = ['pglite', 'postgres'] as const;

/** A fresh catalogue: PGlite in a temporary directory, or a PostgreSQL database of its own. */
export async function freshCatalogue(
  backend: (typeof BACKENDS)[number],
): Promise<{ catalogue: Catalogue; dataDir: string; dispose(): Promise<void> }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'parkbrief-reports-cat-'));
  const database = backend === 'postgres' ? await createTestDatabase('parkbrief_reports') : null;
  const catalogue = await openCatalogue({ dataDir, databaseUrl: database?.url });
  return {
    catalogue,
    dataDir,
    dispose: async () => {
      await catalogue.close();
      await database?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The same extraction as another issue on another day. */
export function asIssue(extraction: IssueExtraction, id: string, date: string): IssueExtraction {
  return {
    ...extraction,
    issue: { ...extraction.issue, id, date },
    articles: extraction.articles.map((a) => ({ ...a, issueId: id })),
  };
}

/** A briefing record of a park of an extraction (stand-in PDF facts). */
export function briefingOf(x: IssueExtraction, parkId: string): Briefing {
  return {
    issue: x.issue,
    park: x.parks.find((p) => p.id === parkId)!,
    indicatorIds: x.indicators.filter((i) => i.subject.parkId === parkId).map((i) => i.id),
    articleIds: x.articles.filter((a) => a.parkIds.includes(parkId)).map((a) => a.id),
    pdf: { path: `issues/${x.issue.id}/briefings/${parkId}.pdf`, bytes: 100, pages: 1, url: null },
    createdAt: '2024-07-22T08:00:00.000Z',
  };
}
