/** Worker-thread entry: runs the CPU-bound extractor off the main event loop (which renews job locks). */
import { parentPort } from 'node:worker_threads';
import type { Issue } from '@parkbrief/domain';
import { extractIssue } from '@parkbrief/extractor';
import { hasPdf, readIssuePdfs, type PdfLimits } from './pdf-pages.js';

interface Task {
  readonly id: number;
  readonly issue: Issue;
  readonly pdf?: PdfLimits;
}

const port = parentPort;
if (port) {
  port.on('message', (task: Task) => {
    void (async () => {
      try {
        let issue = task.issue;
        let layouts;
        // PDF pages are read here, in the thread, not by the enqueuer: see pdf-pages.ts.
        if (hasPdf(issue)) {
          const read = await readIssuePdfs(issue, task.pdf);
          if (!read.ok) {
            port.postMessage({
              id: task.id,
              ok: false,
              error: { message: read.error.message, stack: '', pdf: true },
            });
            return;
          }
          issue = read.issue;
          layouts = read.layouts;
        }
        port.postMessage({
          id: task.id,
          ok: true,
          extraction: extractIssue(issue, layouts ? { layouts } : {}),
        });
      } catch (err) {
        const e = err instanceof Error ? err : new Error(String(err));
        port.postMessage({ id: task.id, ok: false, error: { message: e.message, stack: e.stack ?? '' } });
      }
    })();
  });
}
