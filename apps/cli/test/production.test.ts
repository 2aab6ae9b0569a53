/**
 * The production entry, as a process manager runs it (issue 11): `node apps/cli/dist/main.js <command>`, the
 * `parkbrief` bin. SIGTERM/SIGINT reach the app (no pnpm/sh/tsx in between), it exits 0 within the shutdown
 * timeout plus a few seconds, with Redis up and with Redis gone, and leaves no process behind.
 * Runs the compiled entry: the package's test script builds it first.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startTestRedis, type TestRedis } from '@parkbrief/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const entry = path.join(repo, 'apps/cli/dist/main.js');

let redis: TestRedis;
let tmp: string;
beforeAll(async () => {
  redis = await startTestRedis();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'parkbrief-prod-'));
});
afterAll(async () => {
  await redis.stop();
  await rm(tmp, { recursive: true, force: true });
});

interface Proc {
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly exited: Promise<{ code: number | null; signal: string | null; at: number }>;
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
}
const procs: Proc[] = [];
afterEach(() => {
  for (const p of procs.splice(0))
    if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
});

function start(args: string[], env: Record<string, string> = {}): Proc {
  const child = spawn(process.execPath, [entry, ...args], {
    cwd: repo,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      REDIS_URL: redis.url,
      PARKBRIEF_QUEUE_PREFIX: `pbprod-${process.pid}-${procs.length}`,
      PARKBRIEF_DATA_DIR: tmp,
      PARKBRIEF_HEALTH_INTERVAL_MS: '500',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr.on('data', (d: Buffer) => (text += d.toString()));
  const exited = new Promise<{ code: number | null; signal: string | null; at: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  const proc: Proc = {
    child,
    output: () => text,
    exited,
    async waitFor(want, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      const hit = () => (typeof want === 'string' ? text.includes(want) : want.test(text));
      while (!hit()) {
        if (child.exitCode !== null) throw new Error(`exited before ${String(want)}: ${text}`);
        if (Date.now() > deadline) throw new Error(`no ${String(want)} in ${timeoutMs} ms: ${text}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
  procs.push(proc);
  return proc;
}

/** Processes whose parent is `pid` (threads are not processes; a spawned helper would be). */
function childrenOf(pid: number): string[] {
  const r = spawnSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' });
  return r.stdout.split('\n').filter((l) => l.trim() !== '');
}

describe('the production entry', () => {
  it('is the `parkbrief` bin: dist/main.js with a node shebang', async () => {
    const pkg = JSON.parse(await readFile(path.join(repo, 'apps/cli/package.json'), 'utf8')) as {
      bin?: Record<string, string>;
    };
    expect(pkg.bin?.parkbrief).toBe('./dist/main.js');
    expect((await readFile(entry, 'utf8')).startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`worker: ${signal} exits 0 and leaves no child process`, async () => {
      const w = start(['worker']);
      await w.waitFor('"worker.started"');
      expect(childrenOf(w.child.pid!)).toEqual([]);
      const t0 = Date.now();
      w.child.kill(signal);
      const end = await w.exited;
      expect(end, w.output()).toMatchObject({ code: 0, signal: null });
      expect(end.at - t0).toBeLessThan(15_000);
      expect(w.output()).toContain('"worker.closed"');
    });
  }

  it('worker: SIGTERM with Redis gone exits 0 within the shutdown timeout plus a few seconds', async () => {
    const own = await startTestRedis();
    try {
      const w = start(['worker'], { REDIS_URL: own.url, PARKBRIEF_SHUTDOWN_TIMEOUT_MS: '3000' });
      await w.waitFor('"worker.started"');
      await own.stop();
      await new Promise((r) => setTimeout(r, 1000));
      const t0 = Date.now();
      w.child.kill('SIGTERM');
      const end = await w.exited;
      expect(end, w.output()).toMatchObject({ code: 0, signal: null });
      expect(end.at - t0).toBeLessThan(3000 + 6000);
    } finally {
      await own.stop();
    }
  });

  it('serve: SIGTERM exits 0 and frees the port, so a restarted server binds it again', async () => {
    const port = await freePort();
    const first = start(['serve', '--port', String(port)]);
    await first.waitFor('"listening"');
    first.child.kill('SIGTERM');
    expect(await first.exited).toMatchObject({ code: 0, signal: null });
    const second = start(['serve', '--port', String(port)]);
    await second.waitFor('"listening"');
    second.child.kill('SIGTERM');
    expect(await second.exited).toMatchObject({ code: 0, signal: null });
  });
});
