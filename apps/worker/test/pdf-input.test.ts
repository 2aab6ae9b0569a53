/**
 * PDF input: page files become issue pages carrying the PDF's bytes, and the extraction thread reads them
 * (through a real Redis and worker): figures come out, and an unreadable PDF fails at once with its reason.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deriveIssueId, IssueExtractionSchema, storageKeys } from '@parkbrief/domain';
import { startTestRedis, type TestRedis } from '@parkbrief/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { enqueueIssue, IssueFailedError, waitForIssue } from '../src/enqueue.js';
import { issueFromFiles } from '../src/issue-files.js';
import { readIssuePdfs } from '../src/pdf-pages.js';
import { runWorker, type RunningWorker } from '../src/run-worker.js';
import { createFileStorage } from '../src/storage.js';
import { openQueues, tempDataDir, testConfig, uniquePrefix } from './helpers/setup.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const samplePdf = path.join(repo, 'packages/pdf-layout/test/pages/sample-2023-09-11.pdf');
const demoPdf = path.join(repo, 'demo/demo-issue.pdf');
const encryptedPdf = path.join(repo, 'packages/pdf-layout/fixtures/encrypted.pdf');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'parkbrief-pdf-'));
  await copyFile(samplePdf, path.join(dir, 'A07.pdf'));
  await writeFile(path.join(dir, 'page.txt'), '第一版 徐州高新区');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('issueFromFiles with PDFs', () => {
  it('carries a PDF as bytes with its sha256, beside text pages, the id changing with the file', async () => {
    const r = await issueFromFiles([path.join(dir, 'page.txt'), path.join(dir, 'A07.pdf')], {
      date: '2023-09-11',
      publication: '中国高新技术产业导报',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [text, pdf] = r.issue.pages;
    expect(text).toEqual({ number: 1, text: '第一版 徐州高新区' });
    expect(pdf?.text).toBe('');
    expect(pdf?.pdf?.name).toBe('A07.pdf');
    expect(Buffer.from(pdf?.pdf?.data ?? '', 'base64')).toEqual(await readFile(samplePdf));
    expect(pdf?.pdf?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.issue.id).toBe(deriveIssueId(r.issue));
    const other = await issueFromFiles([path.join(dir, 'page.txt'), demoPdf], {
      date: '2023-09-11',
      publication: '中国高新技术产业导报',
    });
    expect(other.ok && other.issue.id).not.toBe(r.issue.id);
  });

  it('refuses a PDF over the size limit, naming the file', async () => {
    const r = await issueFromFiles([path.join(dir, 'A07.pdf')], {
      date: '2023-09-11',
      publication: 'x',
      maxPdfBytes: 1000,
    });
    expect(!r.ok && [r.error.kind, r.error.path]).toEqual(['pdf', path.join(dir, 'A07.pdf')]);
    expect(!r.ok && r.error.message).toMatch(/A07\.pdf: PDF of \d+ bytes is over the limit of 1000 bytes/);
  });
});

describe('readIssuePdfs', () => {
  it('replaces a PDF page by the pages it holds, numbered and editioned by the PDF, with layout hints', async () => {
    const built = await issueFromFiles([path.join(dir, 'A07.pdf')], { date: '2023-09-11', publication: 'x' });
    if (!built.ok) throw built.error;
    const read = await readIssuePdfs(built.issue);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    // The sample's PDF is titled "… 第7版": its page is page 7 of edition 第7版.
    expect(read.issue.pages.map((p) => p.number)).toEqual([7]);
    expect(read.issue.edition).toBe('第7版');
    expect(read.issue.pages[0]?.pdf).toBeUndefined();
    expect(read.layouts[0]?.page).toBe(7);
    expect(read.layouts[0]?.blocks.filter((b) => b.role === 'headline').length).toBeGreaterThanOrEqual(5);
  });
});

describe('PDF issues through Redis', () => {
  let redis: TestRedis;
  let running: RunningWorker | null = null;
  let prefix = '';
  let dataDir = '';
  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => {
    await redis.stop();
  });
  afterEach(async () => {
    await running?.close();
    running = null;
    const queues = openQueues(redis.url, prefix);
    await queues.obliterateAndClose();
    await rm(dataDir, { recursive: true, force: true });
  });
  const start = async () => {
    prefix = uniquePrefix();
    dataDir = await tempDataDir();
    running = await runWorker({ config: testConfig(redis.url, prefix, dataDir) });
  };

  it('reads an enqueued PDF in the worker and extracts its figures', async () => {
    await start();
    const built = await issueFromFiles([demoPdf], { date: '2024-07-22', publication: '科技园区周刊' });
    if (!built.ok) throw built.error;
    const { jobId, issueId } = await enqueueIssue(built.issue, { redisUrl: redis.url, prefix });
    const result = await waitForIssue(jobId, { redisUrl: redis.url, prefix, timeoutMs: 200_000 });
    expect(result.parks.length).toBeGreaterThan(0);
    const stored = await createFileStorage(dataDir).get(storageKeys.extraction(issueId));
    const extraction = IssueExtractionSchema.parse(JSON.parse(new TextDecoder().decode(stored)));
    expect(extraction.articles.every((a) => a.headline !== null)).toBe(true);
    expect(extraction.indicators.filter((i) => i.subject.kind === 'park').length).toBeGreaterThan(5);
  });

  it('fails an unreadable PDF at once, with the file and the reason, without retrying', async () => {
    await start();
    const built = await issueFromFiles([encryptedPdf], { date: '2024-07-22', publication: 'x' });
    if (!built.ok) throw built.error;
    const { jobId } = await enqueueIssue(built.issue, { redisUrl: redis.url, prefix, attempts: 3 });
    const error = await waitForIssue(jobId, { redisUrl: redis.url, prefix, timeoutMs: 60_000 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IssueFailedError);
    expect((error as IssueFailedError).reason).toMatch(/encrypted\.pdf: encrypted PDF/);
    expect((error as IssueFailedError).attemptsMade).toBe(1);
  });
});
