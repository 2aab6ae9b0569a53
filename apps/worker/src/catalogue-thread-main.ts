/**
 * The body of the catalogue thread (see catalogue-thread.ts): opens the catalogue at once, answers calls in
 * the order they come, and ends after `close`.
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import { openCatalogue, preloadPglite, type CatalogueOptions } from '@parkbrief/catalogue';
import type {
  CatalogueThreadOpen,
  CatalogueThreadRequest,
  CatalogueThreadResponse,
  ThreadError,
} from './catalogue-thread.js';

function describe(err: unknown): ThreadError {
  const e = err instanceof Error ? err : new Error(String(err));
  return { name: e.name, message: e.message, ...(e.stack !== undefined ? { stack: e.stack } : {}) };
}

/** The options: the first message (the thread was started before they were known). */
function openRequest(port: MessagePort): Promise<CatalogueOptions> {
  return new Promise((resolve) => {
    port.once('message', (msg: CatalogueThreadOpen) => resolve(msg.options));
  });
}

const port = parentPort;
if (port) {
  const post = (msg: CatalogueThreadResponse) => port.postMessage(msg);
  try {
    // PGlite's module too, while the options are on their way (it is otherwise loaded when a catalogue opens).
    void preloadPglite().catch(() => undefined);
    const catalogue = await openCatalogue(await openRequest(port));
    // Calls are answered as they come, concurrently, as the catalogue object answers them in the main thread
    // (the caller orders what must be ordered: an issue's rows before its briefings').
    port.on('message', (req: CatalogueThreadRequest) => {
      void (async () => {
        try {
          let value: unknown;
          switch (req.method) {
            case 'writeExtraction':
              value = await catalogue.writeExtraction(...req.args);
              break;
            case 'addBriefing':
              value = await catalogue.addBriefing(...req.args);
              break;
            case 'earlierFigures':
              value = await catalogue.earlierFigures(...req.args);
              break;
            case 'close':
              await catalogue.close();
              post({ type: 'result', id: req.id, value: undefined });
              port.close();
              return;
          }
          post({ type: 'result', id: req.id, value });
        } catch (err) {
          post({ type: 'error', id: req.id, error: describe(err) });
        }
      })();
    });
    post({ type: 'open', kind: catalogue.kind, location: catalogue.location });
  } catch (err) {
    post({ type: 'open-failed', error: describe(err) });
    port.close();
  }
}
