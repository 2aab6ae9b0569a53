/**
 * Extraction speed on the sample page: median of warm runs per page and characters per second, for the whole
 * pipeline and for the reading steps alone (segmentation, headlines, parks); then the time per character on
 * larger inputs, which stays flat when time grows linearly. Run: pnpm --filter @parkbrief/extractor bench
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import STCharacters from 'opencc-js/dict/STCharacters';
import { extractIssue, foldTraditional, segmentPage } from '../src/index.js';

const samples =
  process.env.PARKBRIEF_SAMPLES ??
  resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/samples');
const page = readFileSync(join(samples, 'page-2023-09-11.txt'), 'utf8');

function issueOf(text: string): Parameters<typeof extractIssue>[0] {
  return {
    id: '2023-09-11-bench',
    publication: '中国高新技术产业导报',
    date: '2023-09-11',
    pages: [{ number: 1, text }],
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/** Median wall-clock and CPU milliseconds of warm runs (CPU time is less disturbed by a busy machine). */
function measure(run: () => unknown, warm: number, runs: number): { wall: number; cpu: number } {
  for (let i = 0; i < warm; i++) run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    run();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const line = (name: string, t: { wall: number; cpu: number }, chars: number): void => {
  console.log(
    JSON.stringify({
      bench: name,
      msPerPage: Number(t.wall.toFixed(3)),
      cpuMsPerPage: Number(t.cpu.toFixed(3)),
      charsPerSecond: Math.round((chars / t.wall) * 1000),
      chars,
    }),
  );
};

line(
  'extractIssue (sample page, whole pipeline)',
  measure(() => extractIssue(issueOf(page)), 30, 100),
  page.length,
);
line(
  'segmentPage (sample page: repair, segmentation, headlines, parks)',
  measure(() => segmentPage(page), 30, 100),
  page.length,
);

for (const size of [250_000, 1_000_000]) {
  const big = page.repeat(Math.ceil(size / page.length));
  const t = measure(() => segmentPage(big), 1, 3);
  console.log(
    JSON.stringify({
      bench: `segmentPage ${big.length} chars`,
      ms: Math.round(t.wall),
      cpuMs: Math.round(t.cpu),
      cpuNsPerChar: Number(((t.cpu * 1e6) / big.length).toFixed(1)),
    }),
  );
}

// The traditional fold on a 10k-character page: as simplified text (nothing to fold: the quick skip) and as the
// same page in traditional characters (written with OpenCC's simplified → traditional character table). Many
// folds are timed together, because one takes microseconds.
{
  const simplified = page.repeat(Math.ceil(10_000 / page.length)).slice(0, 10_000);
  const toTraditional = new Map(STCharacters.split('|').map((e) => e.split(' ') as [string, string]));
  const traditional = simplified.replace(/./gu, (c) => {
    const t = toTraditional.get(c);
    return t && t.length === c.length ? t : c;
  });
  for (const [name, text] of [
    ['simplified', simplified],
    ['traditional', traditional],
  ] as const) {
    const folds = 2000;
    const t = measure(
      () => {
        for (let i = 0; i < folds; i++) foldTraditional(text);
      },
      3,
      15,
    );
    console.log(
      JSON.stringify({
        bench: `foldTraditional 10k chars (${name})`,
        usPerPage: Number(((t.wall * 1000) / folds).toFixed(2)),
        cpuUsPerPage: Number(((t.cpu * 1000) / folds).toFixed(2)),
        chars: text.length,
        changed: text.split('').filter((c, i) => c !== simplified[i]).length,
      }),
    );
  }
}
