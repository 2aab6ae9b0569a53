/**
 * Process entry: `tsx --conditions=source apps/worker/src/main.ts [worker] [--concurrency N]` runs a worker
 * from the environment; `main.ts enqueue FILE... --date …` enqueues. The `parkbrief` CLI calls the same commands.
 */
import { enqueueCommand, workerCommand } from './commands.js';

const argv = process.argv.slice(2);
const [first, ...rest] = argv;
const code =
  first === 'enqueue' ? await enqueueCommand(rest) : await workerCommand(first === 'worker' ? rest : argv);
// Everything is closed by now; exiting explicitly keeps a stray handle in a dependency from holding the process.
process.exit(code);
