/**
 * Limits of the render pool (issue 11): a per-render timeout stops a runaway render and its thread, and close()
 * is bounded so a render in flight cannot hold a stopping worker for minutes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_PARK_ID, fixtureExtraction } from './pdf-fixture.js';
import {
  createRenderPool,
  RenderPoolClosedError,
  RenderTimeoutError,
  type RenderPool,
} from '../src/pdf/pool.js';

const extraction = fixtureExtraction();
const isPdf = (pdf: Uint8Array) => Buffer.from(pdf.subarray(0, 5)).toString('latin1') === '%PDF-';

/** An extraction whose briefing takes many seconds: one article repeated `copies` times. */
function slowExtraction(copies: number) {
  const first = extraction.articles.find((a) => a.parkIds.includes(FIXTURE_PARK_ID))!;
  return {
    ...extraction,
    articles: extraction.articles.map((a) =>
      a.id === first.id ? { ...a, text: Array.from({ length: copies }, () => a.text).join('\n') } : a,
    ),
  };
}

const pools: RenderPool[] = [];
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close({ timeoutMs: 0 })));
});

describe('render pool limits', () => {
  it('stops a render that passes its timeout, names the limit, and keeps serving with a fresh thread', async () => {
    const pool = createRenderPool({ size: 1, timeoutMs: 1 });
    pools.push(pool);
    const error = await pool.render(extraction, FIXTURE_PARK_ID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RenderTimeoutError);
    expect((error as Error).message).toMatch(/1 ms \(PARKBRIEF_RENDER_TIMEOUT_MS\)/);
    expect(pool.stats().threadsStarted).toBe(2);
    expect(pool.stats().failures).toBe(1);

    const roomy = createRenderPool({ size: 1, timeoutMs: 120_000 });
    pools.push(roomy);
    expect(isPdf((await roomy.render(extraction, FIXTURE_PARK_ID)).pdf)).toBe(true);
  }, 240_000);

  it('close({ timeoutMs }) terminates a render still running after that time', async () => {
    const pool = createRenderPool({ size: 1 });
    pools.push(pool);
    const slow = pool.render(slowExtraction(600), FIXTURE_PARK_ID);
    const outcome = slow.then(
      () => 'finished',
      (e: unknown) => e,
    );
    // Let the thread start the render.
    while (pool.stats().busy === 0) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 500));
    const t0 = Date.now();
    await pool.close({ timeoutMs: 300 });
    const closeMs = Date.now() - t0;
    expect(await outcome).toBeInstanceOf(RenderPoolClosedError);
    expect(closeMs).toBeLessThan(5000);
  }, 240_000);
});
