import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_PARK_ID, fixtureExtraction } from './pdf-fixture.js';
import {
  createRenderPool,
  RENDERS_PER_THREAD_START,
  RenderPoolClosedError,
  type RenderPool,
} from '../src/pdf/pool.js';
import { readPdf } from '@parkbrief/testkit';

const run = promisify(execFile);
const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const extraction = fixtureExtraction();
const park = extraction.parks.find((p) => p.id === FIXTURE_PARK_ID)!;
const isPdf = (pdf: Uint8Array) => Buffer.from(pdf.subarray(0, 5)).toString('latin1') === '%PDF-';

describe('createRenderPool, threads started from the TypeScript sources', () => {
  const pools: RenderPool[] = [];
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
  });

  it('renders in recycled threads, with bounded concurrency, and one failure rejects only its call', async () => {
    const pool = createRenderPool({ size: 2, maxRendersPerWorker: 2 });
    pools.push(pool);
    const calls = [
      pool.render(extraction, FIXTURE_PARK_ID),
      pool.render(extraction, 'no-such-park'),
      pool.render(extraction, FIXTURE_PARK_ID),
      pool.render(extraction, FIXTURE_PARK_ID),
      pool.render(extraction, FIXTURE_PARK_ID),
    ];
    expect(pool.stats().busy).toBeLessThanOrEqual(2);
    const settled = await Promise.allSettled(calls);
    const failed = settled.filter((s) => s.status === 'rejected');
    expect(failed).toHaveLength(1);
    expect((failed[0] as PromiseRejectedResult).reason).toMatchObject({ name: 'UnknownParkError' });
    expect(settled[1]!.status).toBe('rejected');
    const done = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    expect(done).toHaveLength(4);
    for (const r of done) {
      expect(isPdf(r.pdf)).toBe(true);
      expect(r.pages).toBe(done[0]!.pages);
    }
    const text = await readPdf(done[3]!.pdf);
    expect(text.text).toContain(park.shortName);
    const stats = pool.stats();
    expect(stats.renders).toBe(4);
    expect(stats.failures).toBe(1);
    // 5 renders, 2 per thread: the first two threads were retired and replaced at least twice.
    expect(stats.threadsStarted).toBeGreaterThanOrEqual(4);
    await pool.close();
    await expect(pool.render(extraction, FIXTURE_PARK_ID)).rejects.toBeInstanceOf(RenderPoolClosedError);
  }, 240_000);

  it('starts one thread at first, and a second only for a backlog that repays its start', async () => {
    const pool = createRenderPool({ size: 2, startThreads: 1 });
    pools.push(pool);
    // A few renders: all on the one warm thread.
    const few = await Promise.all([1, 2, 3].map(() => pool.render(extraction, FIXTURE_PARK_ID)));
    expect(few.every((r) => isPdf(r.pdf))).toBe(true);
    expect(pool.stats().threadsStarted).toBe(1);
    // A queue of RENDERS_PER_THREAD_START or more behind a busy thread: a second thread starts, never a third.
    const many = Array.from({ length: RENDERS_PER_THREAD_START + 2 }, () =>
      pool.render(extraction, FIXTURE_PARK_ID),
    );
    expect(pool.stats().threadsStarted).toBe(2);
    expect((await Promise.all(many)).every((r) => isPdf(r.pdf))).toBe(true);
    expect(pool.stats()).toMatchObject({ threadsStarted: 2, renders: 3 + many.length, failures: 0 });
  }, 240_000);

  it('replaces a thread that crashes, failing only the render it was doing', async () => {
    // A thread that runs out of heap dies; an extraction of thousands of paragraphs does that under a small limit.
    const pool = createRenderPool({ size: 1, resourceLimits: { maxOldGenerationSizeMb: 96 } });
    pools.push(pool);
    const first = extraction.articles.find((a) => a.parkIds.includes(FIXTURE_PARK_ID))!;
    const huge = {
      ...extraction,
      articles: extraction.articles.map((a) =>
        a.id === first.id ? { ...a, text: Array.from({ length: 4000 }, () => a.text).join('\n') } : a,
      ),
    };
    const crashing = pool.render(huge, FIXTURE_PARK_ID);
    const after = pool.render(extraction, FIXTURE_PARK_ID);
    await expect(crashing).rejects.toMatchObject({ name: 'RenderThreadCrashedError' });
    const ok = await after;
    expect(isPdf(ok.pdf)).toBe(true);
    expect(pool.stats().crashes).toBe(1);
    expect(pool.stats().threadsStarted).toBe(2);
  }, 240_000);
});

describe('createRenderPool, threads started from compiled JavaScript', () => {
  it('runs the .js thread next to the compiled pool, without tsx', async () => {
    const out = join(packageDir, 'out');
    mkdirSync(out, { recursive: true });
    // Only the pdf sources: the compiled layout mirrors dist/ (out/pdf/*.js, assets two levels up).
    const tsc = join(
      dirname(createRequire(import.meta.url).resolve('typescript/package.json')),
      'bin',
      'tsc',
    );
    await run(
      process.execPath,
      [
        tsc,
        ...[
          '--outDir',
          out,
          '--rootDir',
          'src',
          '--module',
          'nodenext',
          '--moduleResolution',
          'nodenext',
          '--target',
          'es2022',
        ],
        ...[
          '--skipLibCheck',
          '--strict',
          '--esModuleInterop',
          '--types',
          'node',
          '--declaration',
          'false',
          '--sourceMap',
          'false',
        ],
        'src/pdf/index.ts',
        'src/pdf/render-thread.ts',
        'src/pdf/linebreak-module.d.ts',
      ],
      { cwd: packageDir },
    );
    const input = join(out, 'pool-test-extraction.json');
    writeFileSync(input, JSON.stringify(extraction));
    const script = join(out, 'pool-test.mjs');
    writeFileSync(
      script,
      `import { readFileSync } from 'node:fs';
import { createRenderPool } from './pdf/index.js';
const extraction = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const pool = createRenderPool({ size: 1, maxRendersPerWorker: 1 });
const a = await pool.render(extraction, process.argv[3]);
const b = await pool.render(extraction, process.argv[3]);
console.log(JSON.stringify({ pages: [a.pages, b.pages], head: Buffer.from(a.pdf.subarray(0, 5)).toString('latin1'), stats: pool.stats() }));
await pool.close();
`,
    );
    const { stdout } = await run(process.execPath, [script, input, FIXTURE_PARK_ID], {
      cwd: packageDir,
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
      pages: number[];
      head: string;
      stats: { threadsStarted: number; renders: number };
    };
    expect(result.head).toBe('%PDF-');
    expect(result.pages[0]).toBeGreaterThanOrEqual(2);
    expect(result.pages[1]).toBe(result.pages[0]);
    expect(result.stats.renders).toBe(2);
    expect(result.stats.threadsStarted).toBeGreaterThanOrEqual(2);
  }, 240_000);
});
