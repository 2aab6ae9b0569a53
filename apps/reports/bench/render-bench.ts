/**
 * Benchmark of the briefing renderer: cold and warm render time in this process (median of warm runs), PDF
 * size, and the memory of the render threads over many renders through the pool (flat, thanks to recycling).
 *
 *   pnpm --filter @parkbrief/reports bench [-- --renders 200 --warm 20]
 *
 * Prints a readable table and, last, one JSON line with every figure.
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { FIXTURE_PARK_ID, fixtureExtraction } from '../test/pdf-fixture.js';
import { Document, Page, Text, renderToBuffer } from '@react-pdf/renderer';
import { createElement } from 'react';
import { FONT_FAMILY } from '../src/pdf/fonts.js';
import { buildBriefingModel, type BriefingModel } from '../src/pdf/model.js';
import { createRenderPool } from '../src/pdf/pool.js';
import { registerFonts } from '../src/pdf/register-fonts.js';
import { renderBriefing } from '../src/pdf/render.js';

const { values } = parseArgs({
  options: {
    renders: { type: 'string', default: '200' },
    warm: { type: 'string', default: '20' },
    size: { type: 'string', default: '2' },
    recycle: { type: 'string', default: '1000' },
  },
});
const poolRenders = Number(values.renders);
const warmRuns = Number(values.warm);
const poolSize = Number(values.size);
const recycle = Number(values.recycle);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const mb = (b: number) => Math.round((b / 1048576) * 10) / 10;
const ms = (x: number) => Math.round(x);

const extraction = fixtureExtraction();

/**
 * The reference: a bare react-pdf document of the same text (every row's words as one line, headlines and
 * paragraphs), same font and line breaking, no styling. The ratio to it holds on any machine.
 */
function bareDocument(model: BriefingModel) {
  const lines = [
    model.park.shortName,
    model.park.name,
    ...[...model.keyFigures, ...model.subjectFigures.flatMap((g) => g.rows)].map((r) =>
      [r.subjectName, r.label, r.value, r.change, r.changeBasis, r.share, r.period, r.source.pageLabel]
        .filter(Boolean)
        .join(' '),
    ),
    ...model.articles.flatMap((a) => [a.headline, ...a.paragraphs]),
  ];
  return createElement(
    Document,
    null,
    createElement(
      Page,
      { size: 'A4', style: { fontFamily: FONT_FAMILY, fontSize: 9.5, padding: 42 } },
      ...lines.map((line, i) => createElement(Text, { key: i, style: { lineHeight: 1.6 } }, line)),
    ),
  );
}
const bare = bareDocument(buildBriefingModel(extraction, FIXTURE_PARK_ID));
registerFonts();
console.log(
  `machine: ${cpus().length} cpus, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}; node ${process.version}`,
);

// 1. In this process: the first render loads and parses the fonts; the rest are warm.
let t = performance.now();
const first = await renderBriefing(extraction, FIXTURE_PARK_ID);
const cold = performance.now() - t;
const warm: number[] = [];
const warmCpu: number[] = [];
const bareCpu: number[] = [];
const cpuOf = async (work: () => Promise<unknown>) => {
  const c = process.cpuUsage();
  await work();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
};
await renderToBuffer(bare);
// Interleaved: briefing, bare, briefing, … so that both see the same machine load.
for (let i = 0; i < warmRuns; i++) {
  t = performance.now();
  warmCpu.push(await cpuOf(() => renderBriefing(extraction, FIXTURE_PARK_ID)));
  warm.push(performance.now() - t);
  bareCpu.push(await cpuOf(() => renderToBuffer(bare)));
}
const ratio = median(warmCpu) / median(bareCpu);
console.log(
  `in process: cold ${ms(cold)} ms; warm median ${ms(median(warm))} ms (min ${ms(Math.min(...warm))}, cpu median ${ms(median(warmCpu))} ms) over ${warmRuns} runs`,
);
console.log(
  `bare react-pdf document of the same text: cpu median ${ms(median(bareCpu))} ms; briefing / bare = ${ratio.toFixed(2)}× (aim ≤ 1.3×)`,
);
console.log(
  `pdf: ${first.pdf.byteLength} bytes (${Math.round(first.pdf.byteLength / 1024)} KB), ${first.pages} pages`,
);

// 2. Through the pool: memory of the render threads after every block of renders.
const pool = createRenderPool({ size: poolSize, maxRendersPerWorker: recycle });
const samples: { renders: number; threadHeapMb: number; rssMb: number }[] = [];
const block = Math.max(1, Math.floor(poolRenders / 10));
t = performance.now();
for (let done = 0; done < poolRenders; done += block) {
  const n = Math.min(block, poolRenders - done);
  await Promise.all(Array.from({ length: n }, () => pool.render(extraction, FIXTURE_PARK_ID)));
  const s = pool.stats();
  samples.push({ renders: done + n, threadHeapMb: mb(s.lastThreadHeapUsed ?? 0), rssMb: mb(s.lastRss ?? 0) });
}
const poolMs = performance.now() - t;
const stats = pool.stats();
await pool.close();
console.log(
  `pool: ${poolRenders} renders, ${poolSize} threads recycled every ${recycle}: ${ms(poolMs)} ms, ${ms(poolMs / poolRenders)} ms per briefing; threads started ${stats.threadsStarted}, failures ${stats.failures}`,
);
console.log('renders  thread heap MB  process RSS MB');
for (const s of samples)
  console.log(
    `${String(s.renders).padStart(7)}  ${String(s.threadHeapMb).padStart(14)}  ${String(s.rssMb).padStart(14)}`,
  );
const half = Math.floor(samples.length / 2);
const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const earlyRss = avg(samples.slice(0, half).map((s) => s.rssMb));
const lateRss = avg(samples.slice(half).map((s) => s.rssMb));
console.log(
  `rss first half ${earlyRss.toFixed(1)} MB, second half ${lateRss.toFixed(1)} MB (${(((lateRss - earlyRss) / earlyRss) * 100).toFixed(1)}%)`,
);
console.log(
  JSON.stringify({
    event: 'bench.render',
    coldMs: ms(cold),
    warmMedianMs: ms(median(warm)),
    warmMinMs: ms(Math.min(...warm)),
    warmCpuMedianMs: ms(median(warmCpu)),
    bareCpuMedianMs: ms(median(bareCpu)),
    ratioToBare: Math.round(ratio * 100) / 100,
    pdfBytes: first.pdf.byteLength,
    pages: first.pages,
    pool: {
      renders: poolRenders,
      size: poolSize,
      recycle,
      msPerBriefing: ms(poolMs / poolRenders),
      threadsStarted: stats.threadsStarted,
      failures: stats.failures,
    },
    memory: samples,
    load: loadavg(),
  }),
);
