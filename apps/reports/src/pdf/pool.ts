import { availableParallelism } from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { IssueExtraction } from '@parkbrief/domain';
import type { RenderBriefingOptions, RenderedBriefing } from './render.js';
import type { RenderRequest, RenderResponse } from './render-thread.js';

/** Options of a render pool. */
export interface RenderPoolOptions {
  /** Concurrent renders (worker threads); default: half the cores, at least 1, at most 4. */
  readonly size?: number;
  /** A worker thread is replaced after this many renders, so memory stays flat (default 1000: a 2,000-render soak grows little, and each replacement costs seconds of CPU). */
  readonly maxRendersPerWorker?: number;
  /**
   * V8 limits of each thread; a thread that exceeds them dies and is replaced (its render fails). Default:
   * `DEFAULT_RENDER_RESOURCE_LIMITS`, so one runaway briefing cannot take the whole machine's memory. Limits
   * given here replace the default's one by one; the others keep their default.
   */
  readonly resourceLimits?: ResourceLimits;
  /**
   * A render running longer than this is stopped (its thread terminated and replaced) and rejects with a
   * `RenderTimeoutError`. Default: no limit.
   */
  readonly timeoutMs?: number;
  /**
   * Threads started at once (default: `size`). The others, up to `size`, are started only while renders wait:
   * one more whenever the queue holds `RENDERS_PER_THREAD_START` renders per running thread. A thread takes about as long to start
   * (react-pdf's modules, the fonts) as that many renders, so a one-shot `parkbrief run` with a few briefings
   * renders them sooner on one warm thread than by starting a second.
   */
  readonly startThreads?: number;
}

/**
 * Renders that must be waiting before the pool starts another thread: starting one costs about as much CPU as
 * this many renders (0.8-0.9 s against 0.1 s a render, measured on the sample page, 2026-12-03).
 */
export const RENDERS_PER_THREAD_START = 8;

/**
 * Heap limits of a render thread unless told otherwise: a normal briefing uses well under 200 MB. The young
 * generation is larger than V8's default for a thread: a render allocates tens of MB of short-lived layout
 * objects, and with room for them fewer survive into the old generation to be marked and swept. 64 MB took
 * 11 % off a briefing's CPU (89 → 79 ms median, 128 MB 75 ms; interleaved, 2026-12-03) for at most 64 MB more
 * per thread.
 */
export const DEFAULT_RENDER_RESOURCE_LIMITS: ResourceLimits = {
  maxOldGenerationSizeMb: 1024,
  maxYoungGenerationSizeMb: 64,
};

/** Options of `RenderPool.close`. */
export interface RenderPoolCloseOptions {
  /** Renders under way get this long to finish; then their threads are terminated. Default: no limit. */
  readonly timeoutMs?: number;
}

/** Counters of a pool, for logs and the benchmark. */
export interface RenderPoolStats {
  readonly renders: number;
  readonly failures: number;
  /** Threads started, including replacements. */
  readonly threadsStarted: number;
  readonly crashes: number;
  readonly queued: number;
  readonly busy: number;
  /** Heap of the thread that did the last render, and the process RSS then (bytes). */
  readonly lastThreadHeapUsed: number | null;
  readonly lastRss: number | null;
}

/** Renders in recycled worker threads. */
export interface RenderPool {
  render(
    extraction: IssueExtraction,
    parkId: string,
    options?: RenderBriefingOptions,
  ): Promise<RenderedBriefing>;
  /** Rejects queued renders, lets running ones finish (bounded by `timeoutMs`), stops every thread. */
  close(options?: RenderPoolCloseOptions): Promise<void>;
  stats(): RenderPoolStats;
}

/** A render was asked of a closed pool, or the pool closed before it ran. */
export class RenderPoolClosedError extends Error {
  override readonly name = 'RenderPoolClosedError';
}

/** A render ran past the pool's `timeoutMs`; its thread was terminated. */
export class RenderTimeoutError extends Error {
  override readonly name = 'RenderTimeoutError';
}

/** The thread doing a render died (crash, out of memory) before answering. */
export class RenderThreadCrashedError extends Error {
  override readonly name = 'RenderThreadCrashedError';
}

interface Job {
  readonly request: Omit<RenderRequest, 'id' | 'type'>;
  resolve(result: RenderedBriefing): void;
  reject(error: Error): void;
}

interface Slot {
  readonly worker: Worker;
  ready: boolean;
  renders: number;
  job: { id: number; job: Job; timer: NodeJS.Timeout | null } | null;
  retiring: boolean;
}

/**
 * How to start a render thread. From dist the thread is the .js file next to this module. From src (tsx,
 * vitest) it is the .ts file, and the thread must load tsx and resolve workspace packages by their `source`
 * condition, as the parent does.
 */
function threadEntry(): { url: URL; execArgv: string[] } {
  const here = import.meta.url;
  if (here.endsWith('.ts'))
    return { url: new URL('./render-thread-tsx.mjs', here), execArgv: ['--conditions=source'] };
  return { url: new URL('./render-thread.js', here), execArgv: [] };
}

/** Rebuilds an error posted by a thread, keeping its name (UnknownParkError, BrandConfigError …). */
function reviveError(e: { name: string; message: string; stack?: string }): Error {
  const err = new Error(e.message);
  err.name = e.name;
  if (e.stack !== undefined) err.stack = e.stack;
  return err;
}

/**
 * Creates a pool of render threads: at most `size` renders at once, the rest queued in order; each thread
 * is retired after `maxRendersPerWorker` renders (react-pdf's memory grows over many renders in one
 * process) and a replacement is started at once, so the font loading of a fresh thread overlaps the
 * queue. A failed render rejects only its own call; a crashed thread rejects its render and is replaced.
 */
export function createRenderPool(options: RenderPoolOptions = {}): RenderPool {
  const size = Math.max(
    1,
    Math.floor(options.size ?? Math.min(4, Math.max(1, Math.floor(availableParallelism() / 2)))),
  );
  const maxRenders = Math.max(1, Math.floor(options.maxRendersPerWorker ?? 1000));
  const entry = threadEntry();
  const slots = new Set<Slot>();
  const queue: Job[] = [];
  const exited = new Set<Promise<void>>();
  let nextId = 1;
  let closed = false;
  let renders = 0;
  let failures = 0;
  let threadsStarted = 0;
  let crashes = 0;
  let lastThreadHeapUsed: number | null = null;
  let lastRss: number | null = null;
  // Threads that died before they were ready, in a row: a thread that cannot start is not retried forever.
  let failedStarts = 0;
  let broken: Error | null = null;

  function retire(slot: Slot): void {
    if (slot.retiring) return;
    slot.retiring = true;
    slots.delete(slot);
    const done = slot.worker.terminate().then(
      () => undefined,
      () => undefined,
    );
    exited.add(done);
    void done.then(() => exited.delete(done));
  }

  function spawn(): Slot {
    const worker = new Worker(entry.url, {
      execArgv: entry.execArgv,
      // React's development build costs a tenth of a render; threads run the production build.
      env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' },
      resourceLimits: { ...DEFAULT_RENDER_RESOURCE_LIMITS, ...options.resourceLimits },
    });
    threadsStarted++;
    const slot: Slot = { worker, ready: false, renders: 0, job: null, retiring: false };
    slots.add(slot);
    worker.on('message', (msg: RenderResponse) => {
      if (msg.type === 'ready') {
        slot.ready = true;
        failedStarts = 0;
        pump();
        return;
      }
      if (!slot.job || slot.job.id !== msg.id) return;
      const { job, timer } = slot.job;
      if (timer) clearTimeout(timer);
      slot.job = null;
      slot.renders++;
      if (msg.type === 'done') {
        renders++;
        lastThreadHeapUsed = msg.heapUsed;
        lastRss = msg.rss;
        job.resolve({ pdf: msg.pdf, pages: msg.pages });
      } else {
        failures++;
        job.reject(reviveError(msg.error));
      }
      if (slot.renders >= maxRenders) {
        retire(slot);
        if (!closed) spawn();
      }
      pump();
    });
    const onDeath = (error: Error) => {
      if (slot.retiring) return;
      crashes++;
      slots.delete(slot);
      slot.retiring = true;
      if (slot.job) {
        failures++;
        if (slot.job.timer) clearTimeout(slot.job.timer);
        slot.job.job.reject(error);
        slot.job = null;
      }
      if (!slot.ready) failedStarts++;
      if (failedStarts >= 3) {
        broken = new RenderThreadCrashedError(`render threads fail to start: ${error.message}`, {
          cause: error,
        });
        for (const job of queue.splice(0)) job.reject(broken);
        return;
      }
      if (!closed) spawn();
      pump();
    };
    worker.on('error', (err) =>
      onDeath(new RenderThreadCrashedError(`render thread failed: ${err.message}`, { cause: err })),
    );
    worker.on('exit', (code) =>
      onDeath(new RenderThreadCrashedError(`render thread exited with code ${code}`)),
    );
    return slot;
  }

  /** A render past its time: fail it, and stop its thread (a render cannot be interrupted otherwise). */
  function timeOut(slot: Slot, id: number): void {
    if (!slot.job || slot.job.id !== id) return;
    const { job } = slot.job;
    slot.job = null;
    failures++;
    job.reject(
      new RenderTimeoutError(
        `render of park ${job.request.parkId} stopped after ${options.timeoutMs} ms (PARKBRIEF_RENDER_TIMEOUT_MS)`,
      ),
    );
    retire(slot);
    if (!closed) spawn();
    pump();
  }

  /**
   * Hands waiting renders to idle threads that are ready: a thread still starting would hold its render until it
   * is (and count its start-up against the render's time limit), while a warm thread may free up sooner.
   */
  function pump(): void {
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (slot.job || slot.retiring || !slot.ready) continue;
      const job = queue.shift()!;
      const id = nextId++;
      const timer =
        options.timeoutMs === undefined ? null : setTimeout(() => timeOut(slot, id), options.timeoutMs);
      slot.job = { id, job, timer };
      const request: RenderRequest = { type: 'render', id, ...job.request };
      slot.worker.postMessage(request);
    }
  }

  const startThreads = Math.min(size, Math.max(1, Math.floor(options.startThreads ?? size)));
  for (let i = 0; i < startThreads; i++) spawn();

  /** Another thread while the queue is long enough to repay its start: the backlog per thread (see `startThreads`). */
  function growIfBacklogged(): void {
    if (!closed && !broken && slots.size < size && queue.length >= RENDERS_PER_THREAD_START * slots.size)
      spawn();
  }

  return {
    render(extraction, parkId, renderOptions = {}) {
      if (closed) return Promise.reject(new RenderPoolClosedError('the render pool is closed'));
      if (broken) return Promise.reject(broken);
      return new Promise<RenderedBriefing>((resolve, reject) => {
        queue.push({
          request: {
            extraction,
            parkId,
            ...(renderOptions.brandPath !== undefined ? { brandPath: renderOptions.brandPath } : {}),
            ...(renderOptions.brand !== undefined ? { brand: renderOptions.brand } : {}),
            ...(renderOptions.history !== undefined ? { history: renderOptions.history } : {}),
            ...(renderOptions.generatedAt !== undefined
              ? { generatedAt: renderOptions.generatedAt.getTime() }
              : {}),
          },
          resolve,
          reject,
        });
        pump();
        growIfBacklogged();
      });
    },
    async close(closeOptions = {}) {
      if (closed) {
        await Promise.all([...exited]);
        return;
      }
      closed = true;
      for (const job of queue.splice(0))
        job.reject(new RenderPoolClosedError('the render pool closed before this render ran'));
      // Renders under way finish (up to the time given); then every thread is stopped.
      const running = [...slots].filter((s) => s.job);
      let timer: NodeJS.Timeout | undefined;
      const allDone = Promise.all(
        running.map(
          (slot) =>
            new Promise<void>((res) => {
              const check = () => {
                if (!slot.job || slot.retiring) res();
                else setTimeout(check, 10).unref();
              };
              check();
            }),
        ),
      );
      const limit =
        closeOptions.timeoutMs === undefined
          ? null
          : new Promise<void>((res) => {
              timer = setTimeout(res, closeOptions.timeoutMs);
            });
      await (limit ? Promise.race([allDone, limit]) : allDone);
      clearTimeout(timer);
      for (const slot of [...slots]) {
        if (slot.job) {
          failures++;
          if (slot.job.timer) clearTimeout(slot.job.timer);
          slot.job.job.reject(new RenderPoolClosedError('the render pool closed while this render ran'));
          slot.job = null;
        }
        retire(slot);
      }
      await Promise.all([...exited]);
    },
    stats() {
      const busy = [...slots].filter((s) => s.job).length;
      return {
        renders,
        failures,
        threadsStarted,
        crashes,
        queued: queue.length,
        busy,
        lastThreadHeapUsed,
        lastRss,
      };
    },
  };
}
