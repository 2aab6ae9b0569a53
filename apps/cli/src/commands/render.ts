import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { IssueExtractionSchema, type IssueExtraction } from '@parkbrief/domain';
import { loadReportsEnv, renderBriefing } from '@parkbrief/reports';
import { z } from 'zod';
import { UsageError } from '../usage-error.js';

async function readExtraction(file: string): Promise<IssueExtraction | string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    return `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return `${file} is not JSON`;
  }
  const parsed = IssueExtractionSchema.safeParse(json);
  return parsed.success
    ? parsed.data
    : `${file} is not an IssueExtraction: ${z.prettifyError(parsed.error).replace(/\n/g, '; ')}`;
}

/**
 * `parkbrief render EXTRACTION.json --park PARK_ID --out FILE.pdf` or `--all --out-dir DIR`: renders briefings
 * from a stored extraction, in this process.
 */
export async function renderCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      park: { type: 'string' },
      out: { type: 'string' },
      all: { type: 'boolean' },
      'out-dir': { type: 'string' },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError('render takes one EXTRACTION.json');
  if (values.all ? !values['out-dir'] || values.park || values.out : !values.park || !values.out) {
    throw new UsageError('give either --park PARK_ID --out FILE.pdf, or --all --out-dir DIR');
  }
  const env = loadReportsEnv();
  const extraction = await readExtraction(file);
  if (typeof extraction === 'string') {
    process.stderr.write(`parkbrief render: ${extraction}\n`);
    return 2;
  }
  const targets = values.all
    ? extraction.parks.map((p) => ({ parkId: p.id, out: path.join(values['out-dir']!, `${p.id}.pdf`) }))
    : [{ parkId: values.park!, out: values.out! }];
  const unknown = targets.find((t) => !extraction.parks.some((p) => p.id === t.parkId));
  if (unknown) {
    const known = extraction.parks.map((p) => p.id).join(', ') || 'none';
    process.stderr.write(`parkbrief render: park "${unknown.parkId}" is not in ${file} (parks: ${known})\n`);
    return 2;
  }
  for (const [i, target] of targets.entries()) {
    const started = performance.now();
    const rendered = await renderBriefing(
      extraction,
      target.parkId,
      env.brandPath ? { brandPath: env.brandPath } : {},
    );
    await mkdir(path.dirname(path.resolve(target.out)), { recursive: true });
    await writeFile(target.out, rendered.pdf);
    process.stderr.write(
      JSON.stringify({
        event: 'briefing.rendered',
        n: i + 1,
        of: targets.length,
        parkId: target.parkId,
        out: path.resolve(target.out),
        bytes: rendered.pdf.byteLength,
        pages: rendered.pages,
        ms: Math.round(performance.now() - started),
      }) + '\n',
    );
  }
  return 0;
}
