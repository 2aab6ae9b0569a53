// The whole system as a user runs it: Redis, a worker process and the download server as separate processes;
// the sample issue enqueued from a script; every park's briefing downloaded over HTTP and read back.
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { IssueExtractionSchema, formatDecimal, storageKeys, type IssueExtraction } from '@parkbrief/domain';
import {
  createTestDatabase,
  freePort,
  readPdf,
  samplePages,
  startTestRedis,
  type TestDatabase,
  type TestRedis,
} from '@parkbrief/testkit';
import { enqueueIssue, waitForIssue } from '@parkbrief/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCli, type CliProcess } from './support/processes.js';

const squash = (s: string) => s.replace(/\s+/g, '');

describe('end to end: enqueue → worker → briefings → download', () => {
  let redis: TestRedis;
  let dataDir: string;
  let worker: CliProcess;
  let server: CliProcess;
  let baseUrl: string;
  let database: TestDatabase;
  const prefix = `e2e-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    redis = await startTestRedis();
    // The worker and the server are two processes: they share the catalogue in PostgreSQL (PGlite is one
    // process's database).
    database = await createTestDatabase('parkbrief_e2e');
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'parkbrief-e2e-'));
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    const env = {
      REDIS_URL: redis.url,
      PARKBRIEF_QUEUE_PREFIX: prefix,
      PARKBRIEF_DATA_DIR: dataDir,
      PARKBRIEF_PUBLIC_URL: baseUrl,
      PARKBRIEF_PORT: String(port),
      DATABASE_URL: database.url,
    };
    server = startCli(['serve'], env);
    worker = startCli(['worker'], env);
    await server.waitFor((line) => line.includes('"listening"'));
  });

  afterAll(async () => {
    const codes = await Promise.all([worker?.stop(), server?.stop()]);
    await redis?.stop();
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
    // Both stop cleanly on SIGTERM.
    expect(codes).toEqual([0, 0]);
  });

  it('turns the sample issue into one downloadable briefing per park, each with its park and figures', async () => {
    const page = samplePages()[0]!;
    const { jobId, issueId } = await enqueueIssue(
      { publication: '中国高新技术产业导报', date: page.date, pages: [{ number: 1, text: page.text }] },
      { redisUrl: redis.url, prefix },
    );
    const stages: string[] = [];
    const result = await waitForIssue(jobId, {
      redisUrl: redis.url,
      prefix,
      timeoutMs: 180_000,
      onProgress: (p) => stages.push(p.stage),
    });
    expect(stages.at(-1)).toBe('done');

    const extraction: IssueExtraction = IssueExtractionSchema.parse(
      JSON.parse(await readFile(path.join(dataDir, storageKeys.extraction(issueId)), 'utf8')),
    );
    expect(extraction.parks.length).toBeGreaterThanOrEqual(5);
    expect(result.parks.map((p) => p.parkId).sort()).toEqual(extraction.parks.map((p) => p.id).sort());

    const listing = (await (await fetch(`${baseUrl}/briefings/${issueId}`)).json()) as {
      briefings: Array<{ park: { id: string } }>;
    };
    expect(listing.briefings.map((b) => b.park.id).sort()).toEqual(extraction.parks.map((p) => p.id).sort());
    // The listings come from the catalogue the worker wrote: paged, and every park listed.
    const firstPage = (await (await fetch(`${baseUrl}/briefings?limit=2`)).json()) as {
      count: number;
      nextCursor: string | null;
    };
    expect(firstPage.count).toBe(2);
    expect(firstPage.nextCursor).not.toBeNull();
    const parks = (await (await fetch(`${baseUrl}/parks`)).json()) as {
      parks: Array<{ park: { id: string } }>;
    };
    expect(parks.parks.map((p) => p.park.id).sort()).toEqual(extraction.parks.map((p) => p.id).sort());

    for (const park of extraction.parks) {
      const entry = result.parks.find((p) => p.parkId === park.id)!;
      const res = await fetch(entry.briefing.url);
      expect(res.status, park.id).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const pdf = new Uint8Array(await res.arrayBuffer());
      expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      const text = squash((await readPdf(pdf)).text);
      expect(text, park.id).toContain(park.shortName);
      const figures = extraction.indicators.filter(
        (i) => i.subject.kind === 'park' && i.subject.parkId === park.id && i.value,
      );
      for (const figure of figures)
        expect(text, `${park.shortName} ${figure.label}`).toContain(formatDecimal(figure.value!.amount));
    }
  });

  it('enqueueing the same issue again makes no second job', async () => {
    const page = samplePages()[0]!;
    const issue = {
      publication: '中国高新技术产业导报',
      date: page.date,
      pages: [{ number: 1, text: page.text }],
    };
    const again = await enqueueIssue(issue, { redisUrl: redis.url, prefix });
    expect(again.deduplicated).toBe(true);
  });
});
