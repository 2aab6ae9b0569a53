/**
 * Benchmark of `parkbrief run` on the sample page from the production entry (`node dist/main.js`), the way an
 * analyst runs it: wall time and the CPU of every thread, for the first run in a new data directory (PGlite
 * creates its database) and for later runs (median, min and max of `--runs`).
 *
 *   pnpm --filter @parkbrief/cli bench [-- --runs 7]
 *
 * The sample (PARKBRIEF_SAMPLES, default ../shared/samples) is read at run time, never copied. CPU comes from
 * the shell's `times` (user and system time of the finished child, all its threads), so it needs a POSIX sh.
 * Prints a readable table and, last, one JSON line with every figure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { samplesDir } from '@parkbrief/testkit';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { runs: { type: 'string', default: '7' } },
});
const runs = Math.max(1, Number(values.runs));
const main = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/main.js');
const sample = path.join(samplesDir(), 'page-2023-09-11.txt');
if (!existsSync(main)) throw new Error(`${main} is missing: build the CLI first (pnpm build)`);
if (!existsSync(sample)) throw new Error(`the sample page ${sample} is missing (PARKBRIEF_SAMPLES)`);

interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** `times` prints the shell's own user/system time, then its children's: `0m3.210s 0m0.870s`. */
function childCpuMs(times: string): number {
  const line = times.trim().split('\n').at(-1) ?? '';
  const parts = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  if (parts.length !== 2) throw new Error(`cannot read the shell's times: ${JSON.stringify(times)}`);
  return Math.round((parts[0]! + parts[1]!) * 1000);
}

function runOnce(dataDir: string): Timing {
  const started = performance.now();
  const out = execFileSync(
    'sh',
    [
      '-c',
      'node "$1" run "$2" --date 2023-09-11 --publication 中国高新技术产业导报 >/dev/null 2>"$3/run.err" || { cat "$3/run.err" >&2; exit 1; }; times',
      'sh',
      main,
      sample,
      dataDir,
    ],
    { env: { ...process.env, PARKBRIEF_DATA_DIR: dataDir, PARKBRIEF_LOG_LEVEL: 'warn' }, encoding: 'utf8' },
  );
  return { wallMs: Math.round(performance.now() - started), cpuMs: childCpuMs(out) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : Math.round((s[m - 1]! + s[m]!) / 2);
};

const dataDir = mkdtempSync(path.join(tmpdir(), 'parkbrief-run-bench-'));
try {
  const loadBefore = loadavg()[0]!;
  const first = runOnce(dataDir);
  const later: Timing[] = [];
  for (let i = 0; i < runs; i++) later.push(runOnce(dataDir));
  const wall = later.map((t) => t.wallMs);
  const cpu = later.map((t) => t.cpuMs);
  const summary = {
    bench: 'run-sample',
    cores: cpus().length,
    load: [Number(loadBefore.toFixed(2)), Number(loadavg()[0]!.toFixed(2))],
    first,
    later: {
      runs,
      wallMs: { median: median(wall), min: Math.min(...wall), max: Math.max(...wall) },
      cpuMs: { median: median(cpu), min: Math.min(...cpu), max: Math.max(...cpu) },
    },
  };
  console.log(
    `parkbrief run on the sample (production entry), ${cpus().length} cores, load ${summary.load.join(' → ')}`,
  );
  console.log(`  first run, new data directory: wall ${first.wallMs} ms, CPU ${first.cpuMs} ms`);
  console.log(
    `  later runs (${runs}): wall median ${summary.later.wallMs.median} ms (${summary.later.wallMs.min}–${summary.later.wallMs.max}), CPU median ${summary.later.cpuMs.median} ms (${summary.later.cpuMs.min}–${summary.later.cpuMs.max})`,
  );
  console.log(JSON.stringify(summary));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
