/**
 * The layout guard: briefings of every park of the sample page, the demo issue and the real texts of
 * `../shared/real` (and of the folders in PARKBRIEF_LAYOUT_DIRS, colon-separated, in the same layout) are rendered
 * (in the render pool, two threads) and read back with pdfjs; no text may be drawn over other text. The inputs are read from outside the repository; none of their text is copied here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deriveIssueId, IssueSchema, type Issue, type IssueExtraction } from '@parkbrief/domain';
import { extractIssue } from '@parkbrief/extractor';
import { overlappingText, readPdfBoxes, samplePages, samplesDir } from '@parkbrief/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { createRenderPool } from '../src/pdf/pool.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const realDir = join(samplesDir(), '..', 'real');

interface Input {
  readonly name: string;
  readonly text: string;
  readonly date: string;
  readonly park?: string;
}

function issueOf(input: Input): Issue {
  const draft = {
    publication: '版面测试',
    date: input.date,
    ...(input.park === undefined ? {} : { park: input.park }),
    pages: [{ number: 1, text: input.text }],
  };
  return IssueSchema.parse({ ...draft, id: deriveIssueId(draft) });
}

function inputs(): Input[] {
  const out: Input[] = samplePages().map((p) => ({ name: p.name, text: p.text, date: p.date }));
  const demo = join(repo, 'demo');
  out.push({
    name: 'demo',
    text: readFileSync(join(demo, 'demo-issue.txt'), 'utf8'),
    date: (JSON.parse(readFileSync(join(demo, 'demo-issue.gold.json'), 'utf8')) as { date: string }).date,
  });
  // More folders of hand-read texts in the same layout (held-out sets kept outside the repository), when given.
  const extra = (process.env.PARKBRIEF_LAYOUT_DIRS ?? '').split(':').filter((d) => d !== '');
  for (const dir of [realDir, ...extra])
    if (existsSync(dir))
      for (const f of readdirSync(dir)
        .filter((n) => n.endsWith('.gold.json'))
        .sort()) {
        const name = f.slice(0, -'.gold.json'.length);
        const { date } = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { date: string };
        const metaPath = join(dir, `${name}.meta.json`);
        const meta = existsSync(metaPath)
          ? (JSON.parse(readFileSync(metaPath, 'utf8')) as { park?: string })
          : {};
        out.push({
          name: `${dir === realDir ? 'real' : dir}/${name}`,
          text: readFileSync(join(dir, `${name}.txt`), 'utf8'),
          date,
          ...(meta.park ? { park: meta.park } : {}),
        });
      }
  return out;
}

describe('briefing layout on real inputs', () => {
  const pool = createRenderPool({ size: 2, maxRendersPerWorker: 1000 });
  afterAll(() => pool.close());

  it('draws no text line over another in any briefing of the sample, the demo and the real texts', async () => {
    const all = inputs();
    // The real texts are the larger part of the guard; without them it would pass on too little.
    expect(all.length, `inputs (real texts from ${realDir})`).toBeGreaterThan(30);
    const jobs: { name: string; extraction: IssueExtraction; parkId: string }[] = [];
    for (const input of all) {
      const extraction = extractIssue(issueOf(input));
      for (const park of extraction.parks) jobs.push({ name: input.name, extraction, parkId: park.id });
    }
    expect(jobs.length).toBeGreaterThan(40);
    const generatedAt = new Date('2026-01-01T00:00:00Z');
    const found = await Promise.all(
      jobs.map(async (job) => {
        const { pdf } = await pool.render(job.extraction, job.parkId, { generatedAt });
        const overlaps = overlappingText(await readPdfBoxes(pdf));
        const first = overlaps[0];
        return first
          ? [
              `${job.name} ${job.parkId}: ${overlaps.length} overlaps, first p${first.page} “${first.a.text}” over “${first.b.text}”`,
            ]
          : [];
      }),
    );
    const problems = found.flat();
    expect(problems, `${problems.length} of ${jobs.length} briefings overprint`).toEqual([]);
  }, 600_000);
});
