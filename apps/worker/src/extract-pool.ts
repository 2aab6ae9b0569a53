/**
 * Runs `extractIssue` in worker threads. Extraction is synchronous and CPU-bound; on the main thread it would
 * block BullMQ's lock renewal, and a long issue would then be seen as stalled and processed twice.
 */
import { Worker } from 'node:worker_threads';
import type { Issue, IssueExtraction } from '@parkbrief/domain';
import { DEFAULT_PDF_LIMITS, hasPdf, type PdfLimits } from './pdf-pages.js';
import { threadSpec } from './thread-spec.js';

/** Extracts issues in worker threads. */
export interface ExtractPool {
  extract(issue: Issue): Promise<IssueExtraction>;
  close(): Promise<void>;
}

/** Options of `createExtractPool`. */
export interface ExtractPoolOptions {
  /** Threads (default 1). */
  readonly size?: number;
  /** A thread that runs longer than this on one issue is terminated and the extraction rejected. */
  readonly timeoutMs?: number;
  /** PDF input's limits; an issue with PDFs gets the PDF time limit on top of `timeoutMs`. */
  readonly pdf?: PdfLimits;
}

/** Rejected when the extractor threw, crashed its thread or ran out of time. */
export class ExtractError extends Error {
  override readonly name: string = 'ExtractError';
}

/**
 * Rejected when a PDF of the issue cannot be read (too large, not a PDF, encrypted, broken, no text layer,
 * out of time): the message is one line naming the file and the reason. Retrying does not help.
 */
export class PdfInputError extends ExtractError {
  override readonly name = 'PdfInputError';
}

interface Reply {
  readonly id: number;
  readonly ok: boolean;
  readonly extraction?: IssueExtraction;
  readonly error?: { message: string; stack: string; pdf?: boolean };
}

interface Pending {
  readonly id: number;
  readonly issue: Issue;
  readonly resolve: (e: IssueExtraction) => void;
  readonly reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  current: Pending | null;
  timer: NodeJS.Timeout | null;
}

/** Creates a pool of extraction threads, started on first use and replaced when one dies. */
export function createExtractPool(options: ExtractPoolOptions = {}): ExtractPool {
  const size = Math.max(1, options.size ?? 1);
  const timeoutMs = options.timeoutMs ?? 120_000;
  const pdf = options.pdf ?? DEFAULT_PDF_LIMITS;
  const spec = threadSpec(import.meta.url, 'extract-thread');
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  let nextId = 1;
  let closed = false;

  const finish = (slot: Slot, outcome: { value: IssueExtraction } | { error: Error }) => {
    const task = slot.current;
    slot.current = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (task) {
      if ('value' in outcome) task.resolve(outcome.value);
      else task.reject(outcome.error);
    }
  };

  const replace = (slot: Slot) => {
    const i = slots.indexOf(slot);
    if (i >= 0) slots.splice(i, 1);
    pump();
  };

  const spawn = (): Slot => {
    const worker = new Worker(spec.entry, {
      eval: spec.eval,
      ...(spec.execArgv ? { execArgv: spec.execArgv } : {}),
    });
    const slot: Slot = { worker, current: null, timer: null };
    worker.on('message', (reply: Reply) => {
      if (!slot.current || reply.id !== slot.current.id) return;
      if (reply.ok && reply.extraction) finish(slot, { value: reply.extraction });
      else {
        const err = reply.error?.pdf
          ? new PdfInputError(reply.error.message)
          : new ExtractError(`extractor failed: ${reply.error?.message ?? 'unknown error'}`);
        if (reply.error?.stack) err.stack = reply.error.stack;
        finish(slot, { error: err });
      }
      pump();
    });
    worker.on('error', (err) => {
      finish(slot, { error: new ExtractError(`extractor thread crashed: ${err.message}`, { cause: err }) });
    });
    worker.on('exit', (code) => {
      finish(slot, { error: new ExtractError(`extractor thread exited with code ${code}`) });
      replace(slot);
    });
    slots.push(slot);
    return slot;
  };

  function pump(): void {
    while (!closed && queue.length > 0) {
      let slot = slots.find((s) => s.current === null);
      if (!slot && slots.length < size) slot = spawn();
      if (!slot) return;
      const task = queue.shift()!;
      slot.current = task;
      const s = slot;
      // The thread's own PDF time limit needs the event loop; this one holds even when a parser never yields.
      const limit = timeoutMs + (hasPdf(task.issue) ? pdf.timeoutMs : 0);
      s.timer = setTimeout(() => {
        finish(s, {
          error: new ExtractError(`extraction took longer than ${limit} ms; thread terminated`),
        });
        void s.worker.terminate();
      }, limit);
      s.worker.postMessage({ id: task.id, issue: task.issue, pdf });
    }
  }

  return {
    extract(issue) {
      if (closed) return Promise.reject(new ExtractError('extract pool is closed'));
      return new Promise<IssueExtraction>((resolve, reject) => {
        queue.push({ id: nextId++, issue, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const task of queue.splice(0)) task.reject(new ExtractError('extract pool closed'));
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
