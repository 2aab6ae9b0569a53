/** The reports app's environment, and `parkbrief serve` (serveCommand) in-process and as a real process. */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportsEnvError, loadReportsEnv } from '../src/env.js';
import { serveCommand, startServer, type ServerLogger } from '../src/server/index.js';

type LogEntry = Parameters<ServerLogger>[0];

describe('loadReportsEnv', () => {
  it('defaults every variable so the app runs on one machine', () => {
    expect(loadReportsEnv({})).toEqual({
      dataDir: path.resolve('data'),
      port: 8080,
      host: '127.0.0.1',
      token: undefined,
      publicUrl: undefined,
      brandPath: undefined,
      renderThreads: 2,
      renderRecycle: 1000,
      dbPool: Math.max(2, os.availableParallelism()),
      responseCacheMb: 64,
      redisUrl: 'redis://127.0.0.1:6379',
      queuePrefix: 'parkbrief',
    });
  });

  it('reads every variable, PARKBRIEF_PORT winning over PORT', () => {
    const env = loadReportsEnv({
      PARKBRIEF_DATA_DIR: '/srv/parkbrief',
      PORT: '3000',
      PARKBRIEF_PORT: '9090',
      PARKBRIEF_HOST: '0.0.0.0',
      PARKBRIEF_TOKEN: 'abc.DEF-123_~+/=',
      PARKBRIEF_PUBLIC_URL: 'https://example.org/briefs/',
      PARKBRIEF_BRAND: 'brand/acme.json',
      PARKBRIEF_RENDER_THREADS: '4',
      PARKBRIEF_RENDER_RECYCLE: '200',
      REDIS_URL: 'redis://:pw@redis.internal:6380/1',
      PARKBRIEF_QUEUE_PREFIX: 'pb-prod',
      PARKBRIEF_DB_POOL: '4',
      PARKBRIEF_RESPONSE_CACHE_MB: '0',
    });
    expect(env).toEqual({
      dataDir: '/srv/parkbrief',
      port: 9090,
      host: '0.0.0.0',
      token: 'abc.DEF-123_~+/=',
      publicUrl: 'https://example.org/briefs',
      brandPath: path.resolve('brand/acme.json'),
      renderThreads: 4,
      renderRecycle: 200,
      dbPool: 4,
      responseCacheMb: 0,
      redisUrl: 'redis://:pw@redis.internal:6380/1',
      queuePrefix: 'pb-prod',
    });
    expect(loadReportsEnv({ PORT: '3000' }).port).toBe(3000);
  });

  it('treats empty variables as unset', () => {
    const env = loadReportsEnv({ PARKBRIEF_TOKEN: '', PARKBRIEF_PORT: ' ', PARKBRIEF_PUBLIC_URL: '' });
    expect([env.token, env.port, env.publicUrl]).toEqual([undefined, 8080, undefined]);
  });

  it.each([
    ['PARKBRIEF_PORT', '70000'],
    ['PARKBRIEF_PORT', '80a'],
    ['PORT', '-1'],
    ['PARKBRIEF_HOST', 'a host'],
    ['PARKBRIEF_TOKEN', 'has space'],
    ['PARKBRIEF_TOKEN', 'quote"d'],
    ['PARKBRIEF_PUBLIC_URL', 'not a url'],
    ['PARKBRIEF_PUBLIC_URL', 'ftp://example.org'],
    ['PARKBRIEF_RENDER_THREADS', '0'],
    ['PARKBRIEF_RENDER_THREADS', '1.5'],
    ['PARKBRIEF_RENDER_RECYCLE', 'many'],
    ['PARKBRIEF_DB_POOL', '0'],
    ['PARKBRIEF_RESPONSE_CACHE_MB', '-1'],
  ])('rejects %s=%j with an error naming the variable', (variable, value) => {
    let caught: unknown;
    try {
      loadReportsEnv({ [variable]: value });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ReportsEnvError);
    expect((caught as ReportsEnvError).variable).toBe(variable);
    expect((caught as ReportsEnvError).message.startsWith(`${variable}: `)).toBe(true);
  });
});

function get(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
  });
}

/** Runs serveCommand in-process until it logs `listening`; returns its URL, the log and a stop function. */
async function serveInProcess(argv: string[], env: NodeJS.ProcessEnv) {
  const log: LogEntry[] = [];
  const controller = new AbortController();
  let listening: (url: string) => void = () => {};
  const url = new Promise<string>((resolve) => (listening = resolve));
  const exit = serveCommand(argv, {
    env,
    signal: controller.signal,
    logger: (entry) => {
      log.push(entry);
      if (entry.event === 'listening') listening(String(entry.url));
    },
  });
  const first = await Promise.race([url, exit.then((code) => ({ code }))]);
  return { url: typeof first === 'string' ? first : null, exit, log, stop: () => controller.abort() };
}

// serve opens the catalogue (PGlite in the data directory) before it listens: seconds on a loaded machine.
describe('serveCommand', { timeout: 60_000 }, () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'parkbrief-serve-'));
  });
  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('serves on the configured port, --port overriding the environment, and stops with 0 when told', async () => {
    const run = await serveInProcess(['--port', '0'], {
      PARKBRIEF_DATA_DIR: dataDir,
      PARKBRIEF_PORT: '99999',
    });
    expect(run.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await get(`${run.url}/healthz`)).toBe(200);
    expect(await get(`${run.url}/briefings`)).toBe(200);
    run.stop();
    expect(await run.exit).toBe(0);
    expect(run.log.map((e) => e.event)).toEqual(
      expect.arrayContaining(['listening', 'request', 'stopping', 'stopped']),
    );
    await expect(get(`${run.url}/healthz`)).rejects.toThrow(/ECONNREFUSED/);
  });

  it('enforces PARKBRIEF_TOKEN from the environment', async () => {
    const token = 'serve-token-abcdef';
    const run = await serveInProcess([], {
      PARKBRIEF_DATA_DIR: dataDir,
      PARKBRIEF_PORT: '0',
      PARKBRIEF_TOKEN: token,
    });
    expect(await get(`${run.url}/briefings`)).toBe(401);
    expect(await get(`${run.url}/briefings`, { Authorization: `Bearer ${token}` })).toBe(200);
    expect(await get(`${run.url}/healthz`)).toBe(200);
    run.stop();
    expect(await run.exit).toBe(0);
  });

  it('answers usage errors with 2 and bad configuration or a taken port with 1, logging why', async () => {
    for (const argv of [['--bogus'], ['--port', 'abc'], ['extra']]) {
      const run = await serveInProcess(argv, { PARKBRIEF_DATA_DIR: dataDir });
      expect(run.url).toBeNull();
      expect(await run.exit, argv.join(' ')).toBe(2);
      expect(run.log[0]?.event).toBe('usage_error');
    }
    const bad = await serveInProcess([], { PARKBRIEF_DATA_DIR: dataDir, PARKBRIEF_PUBLIC_URL: 'nope' });
    expect(await bad.exit).toBe(1);
    expect(String(bad.log[0]?.error)).toContain('PARKBRIEF_PUBLIC_URL');
    const holder = await startServer({ dataDir, port: 0, logger: () => {} });
    try {
      const taken = await serveInProcess(['--port', String(holder.port)], { PARKBRIEF_DATA_DIR: dataDir });
      expect(await taken.exit).toBe(1);
      expect(taken.log[0]?.event).toBe('listen_error');
    } finally {
      await holder.close();
    }
  });

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'runs as a process, prints its URL as a JSON line and exits 0 on %s',
    async (signal) => {
      const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
      const entry = pathToFileURL(
        fileURLToPath(new URL('../src/server/serve-command.ts', import.meta.url)),
      ).href;
      const script = `import { serveCommand } from ${JSON.stringify(entry)}; process.exitCode = await serveCommand(process.argv.slice(1));`;
      const child = spawn(
        process.execPath,
        ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script, '--', '--port', '0'],
        {
          cwd: repoRoot,
          env: { PATH: process.env.PATH ?? '', PARKBRIEF_DATA_DIR: dataDir },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let stdout = '';
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (c: Buffer) => {
          stdout += c.toString();
          for (const line of stdout.split('\n').slice(0, -1)) {
            const entry = JSON.parse(line) as LogEntry;
            if (entry.event === 'listening') resolve(String(entry.url));
          }
        });
        void exited.then((code) => reject(new Error(`exited ${code}: ${stderr}`)));
      });
      expect(await get(`${url}/healthz`)).toBe(200);
      child.kill(signal);
      expect(await exited).toBe(0);
      const events = stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as LogEntry).event);
      expect(events).toEqual(['listening', 'request', 'stopping', 'stopped']);
    },
    30_000,
  );
});
