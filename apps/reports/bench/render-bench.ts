/**
 * Benchmark of the briefing renderer: cold and warm render time in this process (median of warm runs), PDF
 * size, and the memory of the render threads over many renders through the pool (flat, thanks to recycling).
 *
 * The speed figure that holds on any machine is the ratio of the briefing's CPU time to a bare react-pdf
 * document of the same text (every text block the briefing draws, same font, size and weight, one plain Text
 * each), rendered interleaved with it. The ratio to the older reference, which joined each table row into one
 * line, is printed too.
 *
 *   pnpm --filter @parkbrief/reports bench [-- --renders 200 --warm 20]
 *
 * Prints a readable table and, last, one JSON line with every figure.
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { FIXTURE_PARK_ID, fixtureExtraction } from '../test/pdf-fixture.js';
import { Document, Page, Text, renderToBuffer } from '@react-pdf/renderer';
import { createElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { FONT_FAMILY } from '../src/pdf/fonts.js';
import { BriefingDocument } from '../src/pdf/document.js';
import { defaultBrand } from '../src/pdf/brand.js';
import { buildBriefingModel, type BriefingModel } from '../src/pdf/model.js';
import { createRenderPool } from '../src/pdf/pool.js';
import { registerFonts } from '../src/pdf/register-fonts.js';
import { countPdfPages, renderBriefing } from '../src/pdf/render.js';

const { values } = parseArgs({
  // `pnpm bench -- --renders 50` hands the script a literal `--`.
  args: process.argv.slice(2).filter((a) => a !== '--'),
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

/** A bare react-pdf document: one plain Text per line, same font, on A4 pages with the briefing's margins. */
function bareDocumentOf(
  lines: readonly { text: string; fontSize: number; fontWeight: number }[],
  experimentalPagination = false,
) {
  return createElement(
    Document,
    null,
    createElement(
      Page,
      { size: 'A4', style: { fontFamily: FONT_FAMILY, padding: 42 }, experimentalPagination },
      ...lines.map((line, i) =>
        createElement(
          Text,
          { key: i, style: { fontSize: line.fontSize, fontWeight: line.fontWeight, lineHeight: 1.6 } },
          line.text,
        ),
      ),
    ),
  );
}

/**
 * The old reference: the model's words with each table row joined into one line (as 2026-12-03 morning).
 * Fewer, longer blocks than the briefing draws: react-pdf's cost grows with the number of Text blocks more than
 * with the characters, so this is not the same content.
 */
function joinedRowsLines(model: BriefingModel) {
  return [
    model.park.shortName,
    model.park.name,
    ...[...model.keyFigures, ...model.subjectFigures.flatMap((g) => g.rows)].map((r) =>
      [r.subjectName, r.label, r.value, r.change, r.changeBasis, r.share, r.period, r.source.pageLabel]
        .filter(Boolean)
        .join(' '),
    ),
    ...model.articles.flatMap((a) => [a.headline, ...a.paragraphs]),
  ].map((text) => ({ text, fontSize: 9.5, fontWeight: 400 }));
}

type StyleLike = Record<string, unknown> | readonly StyleLike[] | null | undefined | false;
function flatStyle(style: StyleLike): Record<string, unknown> {
  if (!style) return {};
  if (Array.isArray(style)) return Object.assign({}, ...style.map((x: StyleLike) => flatStyle(x))) as never;
  return style as Record<string, unknown>;
}

/**
 * Every text block the briefing draws, in order, with its font size and weight (inherited as react-pdf does):
 * the same content as the briefing, without its tables, boxes, colours and page chrome layout. Blocks repeated
 * on every page (`fixed`: running header, footer) are counted once per page.
 */
function briefingTextBlocks(element: ReactElement, pages: number) {
  const out: { text: string; fontSize: number; fontWeight: number }[] = [];
  const textOf = (node: ReactNode): string => {
    if (node === null || node === undefined || typeof node === 'boolean') return '';
    if (typeof node === 'string' || typeof node === 'number') return String(node);
    if (Array.isArray(node)) return node.map(textOf).join('');
    if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
    return '';
  };
  const walk = (node: ReactNode, inherited: { fontSize: number; fontWeight: number }, repeat: number) => {
    if (Array.isArray(node)) {
      for (const child of node as ReactNode[]) walk(child, inherited, repeat);
      return;
    }
    if (!isValidElement<{ style?: StyleLike; fixed?: boolean; children?: ReactNode }>(node)) return;
    const style = flatStyle(node.props.style);
    const here = {
      fontSize: typeof style.fontSize === 'number' ? style.fontSize : inherited.fontSize,
      fontWeight: typeof style.fontWeight === 'number' ? style.fontWeight : inherited.fontWeight,
    };
    const times = node.props.fixed ? pages : repeat;
    if (node.type === Text) {
      const text = textOf(node.props.children);
      for (let i = 0; i < times && text !== ''; i++) out.push({ text, ...here });
      return;
    }
    walk(node.props.children, here, times);
  };
  walk(element, { fontSize: 18, fontWeight: 400 }, 1);
  return out;
}

const model = buildBriefingModel(extraction, FIXTURE_PARK_ID);
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
const cpuOf = async (work: () => Promise<unknown>) => {
  const c = process.cpuUsage();
  await work();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
};
// The references, rendered interleaved with the briefing so that all see the same machine load.
const sameTextBlocks = briefingTextBlocks(
  BriefingDocument(model, { brand: defaultBrand, generatedAt: new Date() }),
  first.pages,
);
const joinedLines = joinedRowsLines(model);
const references = [
  { name: 'same text', doc: bareDocumentOf(sameTextBlocks), blocks: sameTextBlocks.length },
  {
    name: 'same text, same pagination engine as the briefing',
    doc: bareDocumentOf(sameTextBlocks, true),
    blocks: sameTextBlocks.length,
  },
  { name: 'rows joined', doc: bareDocumentOf(joinedLines), blocks: joinedLines.length },
].map((r) => ({ ...r, cpu: [] as number[], pages: 0 }));
for (const r of references) r.pages = countPdfPages(new Uint8Array(await renderToBuffer(r.doc)));
for (let i = 0; i < warmRuns; i++) {
  t = performance.now();
  warmCpu.push(await cpuOf(() => renderBriefing(extraction, FIXTURE_PARK_ID)));
  warm.push(performance.now() - t);
  for (const r of references) r.cpu.push(await cpuOf(() => renderToBuffer(r.doc)));
}
const [sameText, sameEngine, joinedRows] = references as [
  (typeof references)[0],
  (typeof references)[0],
  (typeof references)[0],
];
const ratio = median(warmCpu) / median(sameText.cpu);
const ratioJoined = median(warmCpu) / median(joinedRows.cpu);
console.log(
  `in process: cold ${ms(cold)} ms; warm median ${ms(median(warm))} ms (min ${ms(Math.min(...warm))}, cpu median ${ms(median(warmCpu))} ms) over ${warmRuns} runs`,
);
console.log(
  `pdf: ${first.pdf.byteLength} bytes (${Math.round(first.pdf.byteLength / 1024)} KB), ${first.pages} pages, ${sameTextBlocks.length} text blocks`,
);
for (const r of references)
  console.log(
    `bare react-pdf document, ${r.name} (${r.blocks} text blocks, ${r.pages} pages): cpu median ${ms(median(r.cpu))} ms; briefing / bare = ${(median(warmCpu) / median(r.cpu)).toFixed(2)}×`,
  );
console.log(
  `briefing / bare document of the same text = ${ratio.toFixed(2)}× (aim ≤ 1.3×); per page ${(median(warmCpu) / first.pages / (median(sameText.cpu) / sameText.pages) || 0).toFixed(2)}×`,
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
    bareCpuMedianMs: ms(median(sameText.cpu)),
    ratioToBare: Math.round(ratio * 100) / 100,
    joinedRowsCpuMedianMs: ms(median(joinedRows.cpu)),
    ratioToJoinedRows: Math.round(ratioJoined * 100) / 100,
    sameEngineCpuMedianMs: ms(median(sameEngine.cpu)),
    ratioToSameEngine: Math.round((median(warmCpu) / median(sameEngine.cpu)) * 100) / 100,
    textBlocks: sameTextBlocks.length,
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
