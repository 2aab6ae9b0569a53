/**
 * The catalogue in a thread of its own, for `parkbrief run`. Opening PGlite costs about a second of CPU
 * (WebAssembly compilation, PostgreSQL's start-up), all of it synchronous once under way: in the main thread it
 * waited for the extraction, and the extraction for it. In a thread it opens while the issue is extracted, on the
 * core the render threads leave idle once they have loaded. The writes and reads are the same calls, in order.
 */
import { Worker } from 'node:worker_threads';
import type { Briefing, IssueExtraction } from '@parkbrief/domain';
import type {
  BriefingFile,
  Catalogue,
  CatalogueOptions,
  HistoryEntry,
  ParkIdMap,
} from '@parkbrief/catalogue';
import type { CatalogueWriter } from './briefing-writer.js';
import { threadSpec } from './thread-spec.js';

/** The first message to the catalogue thread: what to open. */
export interface CatalogueThreadOpen {
  readonly type: 'open';
  readonly options: CatalogueOptions;
}

/** A request to the catalogue thread, once it is open. */
export type CatalogueThreadRequest =
  | { readonly id: number; readonly method: 'writeExtraction'; readonly args: [IssueExtraction] }
  | { readonly id: number; readonly method: 'addBriefing'; readonly args: [Briefing, BriefingFile] }
  | { readonly id: number; readonly method: 'earlierFigures'; readonly args: [IssueExtraction, string] }
  | { readonly id: number; readonly method: 'close'; readonly args: [] };

/** An error as it crosses the thread boundary. */
export interface ThreadError {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
}

/** What the catalogue thread posts back. */
export type CatalogueThreadResponse =
  | { readonly type: 'open'; readonly kind: Catalogue['kind']; readonly location: string }
  | { readonly type: 'open-failed'; readonly error: ThreadError }
  | { readonly type: 'result'; readonly id: number; readonly value: unknown }
  | { readonly type: 'error'; readonly id: number; readonly error: ThreadError };

/** The catalogue opened in a thread: what `run` writes and reads, and closing it (which ends the thread). */
export interface ThreadCatalogue extends CatalogueWriter {
  readonly kind: Catalogue['kind'];
  readonly location: string;
  close(): Promise<void>;
}

/** Rebuilds an error posted by the thread, keeping its name (CatalogueOpenError, CatalogueWriteError …). */
function revive(e: ThreadError): Error {
  const error = new Error(e.message);
  error.name = e.name;
  if (e.stack !== undefined) error.stack = e.stack;
  return error;
}

/**
 * The catalogue thread, started before its options are known. It loads the catalogue's modules (half a second of
 * CPU: kysely, zod, the registry, PGlite) while the caller loads its own and reads its configuration, instead of
 * after: `run` starts it first thing.
 */
export interface CatalogueThreadStart {
  /** Opens the catalogue in the thread; once only. Resolves once it is open, rejects with the opening's error. */
  open(options: CatalogueOptions): Promise<ThreadCatalogue>;
  /** Ends a thread that will not be opened (a way out before `open`); after `open`, close the catalogue instead. */
  cancel(): Promise<void>;
}

/** Starts the catalogue thread; `open` it when the options are known. */
export function startCatalogueThread(): CatalogueThreadStart {
  const spec = threadSpec(import.meta.url, 'catalogue-thread-main');
  const worker = new Worker(spec.entry, {
    eval: spec.eval,
    ...(spec.execArgv ? { execArgv: spec.execArgv } : {}),
  });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let gone: Error | null = null;
  let opening: { resolve: (c: ThreadCatalogue) => void; reject: (e: Error) => void } | null = null;
  let opened = false;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const fail = (error: Error) => {
    gone ??= error;
    for (const p of pending.values()) p.reject(gone);
    pending.clear();
    if (!opened) opening?.reject(gone);
  };
  worker.on('error', (err) => fail(err));
  worker.on('exit', (code) => fail(new Error(`the catalogue thread exited (code ${code})`)));
  worker.on('message', (msg: CatalogueThreadResponse) => {
    if (msg.type === 'open-failed') {
      fail(revive(msg.error));
      return;
    }
    if (msg.type === 'open') {
      opened = true;
      opening?.resolve(client(msg.kind, msg.location));
      return;
    }
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.type === 'result') p.resolve(msg.value);
    else p.reject(revive(msg.error));
  });

  const call = <T>(method: CatalogueThreadRequest['method'], args: unknown[]): Promise<T> => {
    if (gone) return Promise.reject(gone);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, method, args });
    });
  };
  let closing: Promise<void> | undefined;
  const client = (kind: Catalogue['kind'], location: string): ThreadCatalogue => ({
    kind,
    location,
    writeExtraction: (extraction) => call<ParkIdMap>('writeExtraction', [extraction]),
    addBriefing: (briefing, file) => call<void>('addBriefing', [briefing, file]),
    earlierFigures: (extraction, parkId) => call<HistoryEntry[]>('earlierFigures', [extraction, parkId]),
    close: () =>
      (closing ??= (async () => {
        try {
          await call<void>('close', []);
        } finally {
          await exited;
        }
      })()),
  });
  return {
    open(options) {
      if (opening) return Promise.reject(new Error('the catalogue thread is opened once'));
      return new Promise<ThreadCatalogue>((resolve, reject) => {
        opening = { resolve, reject };
        if (gone) {
          reject(gone);
          return;
        }
        const open: CatalogueThreadOpen = {
          type: 'open',
          options: {
            databaseUrl: options.databaseUrl,
            dataDir: options.dataDir,
            poolSize: options.poolSize,
            pgliteTemplate: options.pgliteTemplate,
          },
        };
        worker.postMessage(open);
      });
    },
    async cancel() {
      if (opening) return;
      await worker.terminate();
    },
  };
}

/**
 * Opens the catalogue (as `openCatalogue` does) in a new thread. Resolves once it is open; rejects with the
 * opening's error (its name and message kept), and the thread is gone then.
 */
export function openCatalogueInThread(options: CatalogueOptions): Promise<ThreadCatalogue> {
  return startCatalogueThread().open(options);
}
