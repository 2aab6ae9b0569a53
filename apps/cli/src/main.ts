#!/usr/bin/env node
/**
 * The `parkbrief` command-line tool. Production entry: `node apps/cli/dist/main.js <command>` (the `parkbrief`
 * bin), so signals from a process manager reach this process; `pnpm -s parkbrief` is for development.
 * Each command lives in the package it belongs to; this file only dispatches. Commands are loaded when called,
 * so `extract` does not pay for the PDF renderer or the Redis client at start-up.
 */
import { UsageError } from './usage-error.js';

// Services end by exiting: a dependency's timer or a reconnecting client must not keep a stopped worker or
// server alive (a process manager would then kill it, or a restart would find the port taken).
const SERVICES = new Set(['worker', 'serve', 'status']);

type Command = { summary: string; usage: string; run: (argv: string[]) => Promise<number> };

const COMMANDS: Record<string, Command> = {
  extract: {
    summary: 'read an issue file and print its extraction (articles, parks, indicators) as JSON',
    usage: 'extract FILE --date YYYY-MM-DD [--publication NAME] [--edition A7] [--park NAME]',
    run: async (argv) => (await import('./commands/extract.js')).extractCommand(argv),
  },
  run: {
    summary:
      "the whole pipeline: extract, then every park's briefing into the data directory (--queue: through Redis)",
    usage:
      'run FILE... --date YYYY-MM-DD [--publication NAME] [--edition A7] [--park NAME] [--queue [--timeout SECONDS]]',
    run: async (argv) => (await import('./commands/run.js')).runCommand(argv),
  },
  enqueue: {
    summary: 'enqueue one issue (its pages in order) for the workers; --wait follows it to its briefings',
    usage:
      'enqueue FILE... --date YYYY-MM-DD [--publication NAME] [--edition A7] [--park NAME] [--wait [--timeout SECONDS]]',
    run: async (argv) => (await import('@parkbrief/worker')).enqueueCommand(argv),
  },
  worker: {
    summary: 'run a worker: issues in, extractions and per-park briefings out (stops on SIGTERM/SIGINT)',
    usage: 'worker [--concurrency N]',
    run: async (argv) => (await import('@parkbrief/worker')).workerCommand(argv),
  },
  status: {
    summary: 'jobs per state in both queues, workers, the oldest waiting job, the last failures (--json too)',
    usage: 'status [--json] [--failed N]',
    run: async (argv) => (await import('@parkbrief/worker')).statusCommand(argv),
  },
  render: {
    summary: 'render briefing PDFs from a stored extraction',
    usage: 'render EXTRACTION.json --park PARK_ID --out FILE.pdf | --all --out-dir DIR',
    run: async (argv) => (await import('./commands/render.js')).renderCommand(argv),
  },
  history: {
    summary: "a park's figures across every catalogued issue (by metric and month), as a table, CSV or JSON",
    usage: 'history PARK [--metric CODE] [--from YYYY-MM] [--to YYYY-MM] [--format table|csv|json] [--all]',
    run: async (argv) => (await import('./commands/history.js')).historyCommand(argv),
  },
  serve: {
    summary:
      'serve briefings and the catalogue over HTTP (/briefings, /parks, /healthz), Prometheus /metrics and the /queues dashboard',
    usage: 'serve [--port N]',
    run: async (argv) => (await import('@parkbrief/reports')).serveCommand(argv),
  },
};

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    'Parkbrief: Chinese park news into per-park briefings.',
    '',
    'usage: parkbrief <command> [options]',
    '  (production: node apps/cli/dist/main.js <command>; development: pnpm -s parkbrief <command>)',
    '',
    'commands:',
    ...Object.entries(COMMANDS).map(
      ([name, c]) => `  ${name.padEnd(width)}  ${c.summary}\n  ${' '.repeat(width)}  parkbrief ${c.usage}`,
    ),
    '',
    'Configuration comes from environment variables; see README.md.',
  ].join('\n');
}

// A stop asked for while a service is still loading its modules: nothing has started, so exit 0 at once
// (the command installs its own handlers, which close what it started, before it starts anything).
function exitEarly(signal: NodeJS.Signals): void {
  // Installed with `once`, so it is gone by now: any listener left is the command's own, which takes over.
  if (process.listenerCount(signal) > 0) return;
  process.exit(0);
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help() + '\n');
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`parkbrief: unknown command "${name}"\n\n${help()}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`usage: parkbrief ${command.usage}\n`);
    return 0;
  }
  const service = SERVICES.has(name);
  if (service) {
    process.once('SIGTERM', exitEarly);
    process.once('SIGINT', exitEarly);
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (
      err instanceof UsageError ||
      (err instanceof TypeError && (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))
    ) {
      process.stderr.write(`parkbrief ${name}: ${err.message}\nusage: parkbrief ${command.usage}\n`);
      return 2;
    }
    throw err;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    if (SERVICES.has(process.argv[2] ?? '')) process.exit(code);
  },
  (err: unknown) => {
    process.stderr.write(`parkbrief: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
