/** Worker-thread entry: runs the CPU-bound extractor off the main event loop (which renews job locks). */
import { parentPort } from 'node:worker_threads';
import type { Issue } from '@parkbrief/domain';
import { extractIssue } from '@parkbrief/extractor';

interface Task {
  readonly id: number;
  readonly issue: Issue;
}

const port = parentPort;
if (port) {
  port.on('message', (task: Task) => {
    try {
      port.postMessage({ id: task.id, ok: true, extraction: extractIssue(task.issue) });
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      port.postMessage({ id: task.id, ok: false, error: { message: e.message, stack: e.stack ?? '' } });
    }
  });
}
