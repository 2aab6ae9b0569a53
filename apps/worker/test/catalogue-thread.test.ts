/**
 * The catalogue opened in its own thread (what `parkbrief run` does with PGlite) writes and reads what the
 * catalogue object does in the calling thread, and reports an opening failure by name and reason.
 */
import { rm } from 'node:fs/promises';
import { CatalogueOpenError, openCatalogue } from '@parkbrief/catalogue';
import { BriefingSchema, briefingUrlPath, storageKeys } from '@parkbrief/domain';
import { extractIssue } from '@parkbrief/extractor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCatalogueInThread, startCatalogueThread } from '../src/catalogue-thread.js';
import { syntheticIssue, tempDataDir } from './helpers/setup.js';

let dataDir: string;

beforeAll(async () => {
  dataDir = await tempDataDir();
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('openCatalogueInThread', () => {
  it('writes an issue, reads earlier figures and adds a briefing, as the catalogue in this thread would', async () => {
    const first = extractIssue({
      ...syntheticIssue(3),
      id: '2024-06-24-catalogue-thread',
      date: '2024-06-24',
    });
    const second = extractIssue({
      ...syntheticIssue(3),
      id: '2024-07-22-catalogue-thread',
      date: '2024-07-22',
    });
    const park = second.parks[0]!;

    const catalogue = await openCatalogueInThread({ dataDir });
    expect(catalogue.kind).toBe('pglite');
    let history;
    try {
      const ids = await catalogue.writeExtraction(first);
      // The park id mapping comes back as the Map it is.
      expect(ids).toBeInstanceOf(Map);
      expect([...ids.keys()].sort()).toEqual(first.parks.map((p) => p.id).sort());
      await catalogue.writeExtraction(second);
      history = await catalogue.earlierFigures(second, park.id);
      const record = BriefingSchema.parse({
        issue: second.issue,
        park,
        indicatorIds: [],
        articleIds: [],
        pdf: {
          path: storageKeys.briefingPdf(second.issue.id, park.id),
          bytes: 1234,
          pages: 2,
          url: `http://127.0.0.1:8080${briefingUrlPath(second.issue.id, park.id)}`,
        },
        createdAt: new Date().toISOString(),
      });
      await catalogue.addBriefing(record, { sha256: 'ab'.repeat(32) });
    } finally {
      await catalogue.close();
    }

    // Opened again in this thread (the thread let go of PGlite's directory): the same rows and answers.
    const here = await openCatalogue({ dataDir });
    try {
      expect(history.length).toBeGreaterThan(0);
      expect(await here.earlierFigures(second, park.id)).toEqual(history);
      const listed = await here.issueBriefings(second.issue.id);
      expect(
        listed?.briefings.map((b) => [b.park.extractedId, b.pdf.bytes, b.pdf.pages, b.pdf.sha256]),
      ).toEqual([[park.id, 1234, 2, 'ab'.repeat(32)]]);
    } finally {
      await here.close();
    }
  }, 120_000);

  it('rejects with the opening error, name and reason, when PGlite is already open', async () => {
    const holder = await openCatalogue({ dataDir });
    try {
      const failure = await openCatalogueInThread({ dataDir }).then(
        () => null,
        (err: unknown) => err as Error,
      );
      expect(failure?.name).toBe(CatalogueOpenError.name);
      expect(failure?.message).toMatch(/is open in process \d+|is open in this process/);
    } finally {
      await holder.close();
    }
  }, 120_000);

  it('starts before its options are known: opened later it works, cancelled it ends', async () => {
    const unused = startCatalogueThread();
    await unused.cancel();
    const started = startCatalogueThread();
    // The options come later, as in `run` once its configuration is read.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const catalogue = await started.open({ dataDir });
    try {
      expect(catalogue.kind).toBe('pglite');
      await expect(started.open({ dataDir })).rejects.toThrow(/opened once/);
      const first = extractIssue({ ...syntheticIssue(2), id: '2024-08-05-thread-start', date: '2024-08-05' });
      expect((await catalogue.writeExtraction(first)).size).toBe(first.parks.length);
    } finally {
      await catalogue.close();
    }
    // The cancelled thread held nothing: the catalogue opens here again.
    const here = await openCatalogue({ dataDir });
    await here.close();
  }, 120_000);
});
