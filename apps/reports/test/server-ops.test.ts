/**
 * The server as operators use it (issue 11): security headers, the Range fix, the public-bind warning, and the
 * token-protected /metrics (Prometheus text) and /queues (Bull Board) routes over a real Redis.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { QUEUES, WORKER_METRICS } from '@parkbrief/domain';
import { startTestRedis, type TestRedis } from '@parkbrief/testkit';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRange } from '../src/server/http-helpers.js';
import {
  createOpsRoutes,
  mergePrometheus,
  serveCommand,
  startServer,
  type RunningServer,
  type ServerLogger,
} from '../src/server/index.js';

const TOKEN = 'ops-test-token.123';
const basic = (password: string, user = 'ops') =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

let redis: TestRedis;
let dataDir: string;
let server: RunningServer;
let openServer: RunningServer;
const prefix = `pbops-${process.pid}`;

beforeAll(async () => {
  redis = await startTestRedis();
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'parkbrief-ops-'));
  // One job on each queue and some worker metrics, as a running system would have.
  const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
  for (const name of [QUEUES.issues, QUEUES.briefings]) {
    const q = new Queue(name, { connection, prefix });
    await q.add('x', { n: 1 });
    await q.close();
  }
  const key = `${prefix}:${WORKER_METRICS.key}`;
  await connection.hincrby(key, 'c:issues_completed', 3);
  await connection.hincrby(key, 'h:render_seconds:le:0.5', 2);
  await connection.hincrby(key, 'h:render_seconds:le:5', 1);
  await connection.hincrbyfloat(key, 'h:render_seconds:sum', 4.5);
  await connection.hincrby(key, 'h:render_seconds:count', 3);
  connection.disconnect();
  server = await startServer({
    dataDir,
    port: 0,
    token: TOKEN,
    logger: () => {},
    ops: createOpsRoutes({ redisUrl: redis.url, prefix }),
  });
  openServer = await startServer({ dataDir, port: 0, logger: () => {} });
});

afterAll(async () => {
  await Promise.all([server?.close(), openServer?.close()]);
  await redis.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('security headers', () => {
  it.each(['/healthz', '/briefings', '/nowhere'])('are sent on %s', async (route) => {
    const res = await fetch(`${openServer.url}${route}`);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('Range', () => {
  it('a start past any file is 416 material, even when too large for a double', () => {
    expect(parseRange('bytes=99999999999999999999-', 1000)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=1000-', 1000)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=10-99999999999999999999', 1000)).toEqual({
      kind: 'range',
      range: { start: 10, end: 999 },
    });
    expect(parseRange('bytes=-99999999999999999999', 1000)).toEqual({
      kind: 'range',
      range: { start: 0, end: 999 },
    });
  });
});

describe('/metrics', () => {
  it('is 401 without the token, 200 with it as Bearer or as Basic password', async () => {
    const none = await fetch(`${server.url}/metrics`);
    expect(none.status).toBe(401);
    expect(
      (await fetch(`${server.url}/metrics`, { headers: { authorization: basic('wrong') } })).status,
    ).toBe(401);
    for (const authorization of [`Bearer ${TOKEN}`, basic(TOKEN)]) {
      const res = await fetch(`${server.url}/metrics`, { headers: { authorization } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    }
  });

  it("exports BullMQ's queue metrics for both queues and the workers' counters and histograms", async () => {
    const text = await (
      await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })
    ).text();
    for (const q of [QUEUES.issues, QUEUES.briefings])
      expect(text).toMatch(
        new RegExp(`bullmq_job_count\\{queue="${q}", state="waiting", prefix="${prefix}"\\} 1`),
      );
    expect(text.match(/^# TYPE bullmq_job_count gauge$/gm)).toHaveLength(1);
    expect(text).toContain(`parkbrief_issues_completed_total{prefix="${prefix}"} 3`);
    expect(text).toContain(`parkbrief_render_seconds_bucket{prefix="${prefix}",le="0.5"} 2`);
    expect(text).toContain(`parkbrief_render_seconds_bucket{prefix="${prefix}",le="5"} 3`);
    expect(text).toContain(`parkbrief_render_seconds_bucket{prefix="${prefix}",le="+Inf"} 3`);
    expect(text).toContain(`parkbrief_render_seconds_sum{prefix="${prefix}"} 4.5`);
    expect(text).toContain('# TYPE parkbrief_render_seconds histogram');
  });

  it('merging keeps HELP and TYPE once per family', () => {
    const a = '# HELP m help\n# TYPE m gauge\nm{q="a"} 1';
    const b = '# HELP m help\n# TYPE m gauge\nm{q="b"} 2';
    expect(mergePrometheus([a, b])).toBe('# HELP m help\n# TYPE m gauge\nm{q="a"} 1\nm{q="b"} 2\n');
  });

  it('is 404 on a server without the operators routes', async () => {
    expect((await fetch(`${openServer.url}/metrics`)).status).toBe(404);
  });
});

describe('/queues (Bull Board)', () => {
  it('asks a browser for Basic credentials without them', async () => {
    const res = await fetch(`${server.url}/queues`);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Basic realm="parkbrief"/);
  });

  it('serves the page, every asset it references and its API with the token; 401 without', async () => {
    const auth = { authorization: basic(TOKEN) };
    const page = await fetch(`${server.url}/queues`, { headers: auth });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css|svg|png|ico))"/g)].map((m) => m[1]!);
    expect(assets.filter((a) => a.endsWith('.js')).length).toBeGreaterThan(0);
    expect(assets.filter((a) => a.endsWith('.css')).length).toBeGreaterThan(0);
    for (const asset of assets) {
      const url = new URL(asset, `${server.url}/queues/`).href;
      const ok = await fetch(url, { headers: auth });
      expect(ok.status, url).toBe(200);
      expect((await fetch(url)).status, url).toBe(401);
    }
    const api = await fetch(`${server.url}/queues/api/queues?activeQueue=&page=1&jobsPerPage=10`, {
      headers: auth,
    });
    expect(api.status).toBe(200);
    const body = (await api.json()) as { queues: { name: string }[] };
    expect(body.queues.map((q) => q.name).sort()).toEqual([QUEUES.briefings, QUEUES.issues].sort());
    expect((await fetch(`${server.url}/queues/api/queues`)).status).toBe(401);
  });
});

describe('serve on a public interface', () => {
  it('warns when there is no token', async () => {
    const logged: Parameters<ServerLogger>[0][] = [];
    const controller = new AbortController();
    const done = serveCommand(['--port', '0', '--host', '0.0.0.0'], {
      env: { PARKBRIEF_DATA_DIR: dataDir, REDIS_URL: redis.url },
      logger: (e) => {
        logged.push(e);
        if (e.event === 'listening') controller.abort();
      },
      signal: controller.signal,
    });
    expect(await done).toBe(0);
    expect(logged.find((e) => e.event === 'insecure_bind')).toMatchObject({ level: 'warn', host: '0.0.0.0' });

    const quiet: Parameters<ServerLogger>[0][] = [];
    const c2 = new AbortController();
    await serveCommand(['--port', '0'], {
      env: { PARKBRIEF_DATA_DIR: dataDir, REDIS_URL: redis.url },
      logger: (e) => {
        quiet.push(e);
        if (e.event === 'listening') c2.abort();
      },
      signal: c2.signal,
    });
    expect(quiet.some((e) => e.event === 'insecure_bind')).toBe(false);
  });
});
