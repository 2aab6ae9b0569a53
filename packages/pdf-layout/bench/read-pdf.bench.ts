/**
 * PDF reading per page, on the committed test pages: the whole reading (pdfjs parsing and the layout), the
 * layout alone (runs to text and hints), and the extraction after it on the text read, for the ratio the
 * issue asks about (layout below extraction). Median of warm runs, wall and CPU.
 * Run: pnpm --filter @parkbrief/pdf-layout bench
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractIssue } from '@parkbrief/extractor';
import { pagesDir } from '../scripts/compose-pages.js';
import { layoutPage, readPdf, readTextRuns } from '../src/index.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

async function measure(
  run: () => unknown,
  warm: number,
  runs: number,
): Promise<{ wall: number; cpu: number }> {
  for (let i = 0; i < warm; i++) await run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await run();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const files = readdirSync(pagesDir)
  .filter((f) => f.endsWith('.pdf'))
  .sort();
const totals = { read: [] as number[], layout: [] as number[], extract: [] as number[] };
for (const file of files) {
  const bytes = new Uint8Array(readFileSync(path.join(pagesDir, file)));
  const read = await measure(() => readPdf(bytes), 2, 8);
  const pages = await readTextRuns(bytes);
  const layout = await measure(() => pages.map((p) => layoutPage(p.runs, p.height)), 5, 30);
  const doc = await readPdf(bytes);
  if (!doc.ok) throw doc.error;
  const textPages = doc.document.pages.map((p, i) => ({ number: i + 1, text: p.text }));
  const layouts = doc.document.pages.map((p, i) => ({ page: i + 1, blocks: p.blocks }));
  const issue = { id: 'bench', publication: 'bench', date: '2024-01-01', pages: textPages };
  const extract = await measure(() => extractIssue(issue, { layouts }), 5, 30);
  const n = pages.length;
  totals.read.push(read.cpu / n);
  totals.layout.push(layout.cpu / n);
  totals.extract.push(extract.cpu / n);
  console.log(
    JSON.stringify({
      bench: `readPdf ${file}`,
      pages: n,
      kb: Math.round(bytes.length / 1024),
      runs: pages.reduce((k, p) => k + p.runs.length, 0),
      readMsPerPage: Number((read.wall / n).toFixed(1)),
      readCpuMsPerPage: Number((read.cpu / n).toFixed(1)),
      layoutCpuMsPerPage: Number((layout.cpu / n).toFixed(2)),
      extractCpuMsPerPage: Number((extract.cpu / n).toFixed(2)),
    }),
  );
}
console.log(
  JSON.stringify({
    bench: 'PDF reading per page (median over the test pages)',
    readCpuMsPerPage: Number(median(totals.read).toFixed(1)),
    layoutCpuMsPerPage: Number(median(totals.layout).toFixed(2)),
    extractCpuMsPerPage: Number(median(totals.extract).toFixed(2)),
    layoutOverExtract: Number((median(totals.layout) / median(totals.extract)).toFixed(2)),
    readOverExtract: Number((median(totals.read) / median(totals.extract)).toFixed(2)),
  }),
);
