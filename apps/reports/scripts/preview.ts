/**
 * Renders briefings to PNG pages so a person can look at them:
 *
 *   pnpm --filter @parkbrief/reports preview [EXTRACTION.json] [--park PARK_ID] [--dpi 80]
 *
 * Without a file it renders the hand-built test extraction. Writes out/preview/<issueId>/<parkId>.pdf and
 * <parkId>-<page>.png (pdftoppm, from poppler-utils). Without pdftoppm it writes the PDFs and says so.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { IssueExtractionSchema } from '@parkbrief/domain';
import { renderBriefing } from '../src/pdf/render.js';
import { fixtureExtraction } from '../test/pdf-fixture.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { park: { type: 'string' }, dpi: { type: 'string', default: '80' }, brand: { type: 'string' } },
});
// pnpm runs the script in the package directory; a path is meant from where the command was typed.
const callerDir = process.env.INIT_CWD ?? process.cwd();
const file = positionals[0];
const extraction = file
  ? IssueExtractionSchema.parse(JSON.parse(readFileSync(resolve(callerDir, file), 'utf8')))
  : fixtureExtraction();
const parks = values.park ? [values.park] : extraction.parks.map((p) => p.id);

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'out', 'preview', extraction.issue.id);
mkdirSync(outDir, { recursive: true });
const hasPdftoppm = spawnSync('pdftoppm', ['-v'], { stdio: 'ignore' }).error === undefined;

for (const parkId of parks) {
  const t = performance.now();
  const { pdf, pages } = await renderBriefing(extraction, parkId, {
    ...(values.brand ? { brandPath: resolve(callerDir, values.brand) } : {}),
  });
  const pdfPath = join(outDir, `${parkId}.pdf`);
  writeFileSync(pdfPath, pdf);
  let pngs = '';
  if (hasPdftoppm) {
    execFileSync('pdftoppm', ['-r', values.dpi ?? '80', '-png', pdfPath, join(outDir, parkId)]);
    pngs = `, PNG pages ${join(outDir, `${parkId}-*.png`)}`;
  }
  console.log(
    `${parkId}: ${pages} pages, ${Math.round(pdf.byteLength / 1024)} KB, ${Math.round(performance.now() - t)} ms → ${pdfPath}${pngs}`,
  );
}
if (!hasPdftoppm) {
  console.error(
    'pdftoppm was not found, so no PNG pages were made (the PDFs are written). Install poppler-utils ' +
      '(Debian/Ubuntu: apt-get install -y poppler-utils; macOS: brew install poppler) and run the preview again.',
  );
}
