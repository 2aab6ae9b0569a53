// The parkbrief command as a user runs it: a real process, real files, real PDFs.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IssueExtractionSchema } from '@parkbrief/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const demo = path.join(repo, 'demo/demo-issue.txt');

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', path.join(repo, 'apps/cli/src/main.ts'), ...args],
    {
      cwd: repo,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      timeout: 180_000,
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'parkbrief-cli-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('parkbrief --help', () => {
  it('lists every command', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['extract', 'run', 'enqueue', 'worker', 'render', 'serve'])
      expect(r.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
  });

  it('rejects an unknown command with exit code 2', () => {
    const r = cli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
  });
});

describe('parkbrief extract', () => {
  it('prints an IssueExtraction as JSON on stdout and nothing else', () => {
    const r = cli(['extract', demo, '--date', '2024-07-22', '--publication', '科技园区周刊']);
    expect(r.code).toBe(0);
    const extraction = IssueExtractionSchema.parse(JSON.parse(r.stdout));
    expect(extraction.issue.publication).toBe('科技园区周刊');
    expect(extraction.parks.length).toBeGreaterThan(0);
    expect(extraction.indicators.length).toBeGreaterThan(0);
  });

  it.each([
    ['a missing file', () => path.join(tmp, 'nope.txt')],
    ['an empty file', () => path.join(tmp, 'empty.txt')],
    ['a binary file', () => path.join(tmp, 'binary.txt')],
  ])('exits 2 with one line on stderr for %s', async (_what, file) => {
    await writeFile(path.join(tmp, 'empty.txt'), '  \n\n');
    await writeFile(
      path.join(tmp, 'binary.txt'),
      Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xfe, 0x01]),
    );
    const r = cli(['extract', file(), '--date', '2024-07-22']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 and says why when --date is missing or malformed', () => {
    for (const args of [
      ['extract', demo],
      ['extract', demo, '--date', '22.07.2024'],
    ]) {
      const r = cli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--date');
    }
  });

  it('reads a PDF page, its page number and edition from the PDF', () => {
    const r = cli(['extract', path.join(repo, 'demo/demo-issue.pdf'), '--date', '2024-07-22']);
    expect(r.code).toBe(0);
    const extraction = IssueExtractionSchema.parse(JSON.parse(r.stdout));
    expect(extraction.issue.edition).toBe('第3版');
    expect(new Set(extraction.articles.map((a) => a.page))).toEqual(new Set([3]));
    expect(extraction.articles.every((a) => a.headline !== null)).toBe(true);
    expect(extraction.indicators.length).toBeGreaterThan(0);
  });

  it('exits 2 with one line naming the file and the reason for an unreadable PDF', () => {
    const r = cli([
      'extract',
      path.join(repo, 'packages/pdf-layout/fixtures/encrypted.pdf'),
      '--date',
      '2024-07-22',
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      'parkbrief extract: encrypted.pdf: encrypted PDF (it needs a password)',
    ]);
  });

  it('reads pages separated by form feeds and keeps their page numbers', async () => {
    const text = await readFile(demo, 'utf8');
    const file = path.join(tmp, 'two-pages.txt');
    await writeFile(file, `${text}\f${text}`);
    const r = cli(['extract', file, '--date', '2024-07-22']);
    expect(r.code).toBe(0);
    const extraction = IssueExtractionSchema.parse(JSON.parse(r.stdout));
    expect(extraction.issue.pageCount).toBe(2);
    expect(new Set(extraction.articles.map((a) => a.page))).toEqual(new Set([1, 2]));
  });
});

describe('a park that names itself only generically', () => {
  it('takes the park --park names, and reads the issue apart from the same text without it', async () => {
    const file = path.join(tmp, 'own-report.txt');
    await writeFile(file, '一季度，全区实现地区生产总值88.6亿元，同比增长4.2%。规上工业增加值增长6.1%。\n');
    const named = cli(['extract', file, '--date', '2024-04-20', '--park', '淄博高新技术产业开发区']);
    expect(named.code).toBe(0);
    const x = IssueExtractionSchema.parse(JSON.parse(named.stdout));
    expect(x.parks.map((p) => p.shortName)).toEqual(['淄博高新区']);
    expect(x.indicators.every((i) => i.subject.parkId === x.parks[0]?.id)).toBe(true);
    const plain = IssueExtractionSchema.parse(
      JSON.parse(cli(['extract', file, '--date', '2024-04-20']).stdout),
    );
    expect(plain.parks.map((p) => p.shortName)).toEqual(['全区']);
    expect(plain.issue.id).not.toBe(x.issue.id);
  });
});

describe('publication and edition', () => {
  it('gives extract and run one issue id without --publication, and numbers pages from --edition', async () => {
    const renamed = path.join(tmp, 'some-file-name.txt');
    await writeFile(renamed, await readFile(demo, 'utf8'));
    const a = cli(['extract', demo, '--date', '2024-07-22']);
    const b = cli(['extract', renamed, '--date', '2024-07-22']);
    const ea = IssueExtractionSchema.parse(JSON.parse(a.stdout));
    const eb = IssueExtractionSchema.parse(JSON.parse(b.stdout));
    expect(ea.issue.id).toBe(eb.issue.id);
    expect(ea.issue.publication).not.toContain('demo');
    expect(eb.issue.publication).not.toContain('some-file-name');
    // run (and enqueue, through the same issueFromFiles) read it as the same issue.
    const r = cli(['run', renamed, '--date', '2024-07-22'], {
      PARKBRIEF_DATA_DIR: path.join(tmp, 'unnamed'),
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`issue ${ea.issue.id}:`);
    expect(r.stderr).not.toContain('some-file-name');
    const ed = cli(['extract', demo, '--date', '2024-07-22', '--edition', 'A7']);
    const ee = IssueExtractionSchema.parse(JSON.parse(ed.stdout));
    expect(new Set(ee.articles.map((a) => a.page))).toEqual(new Set([7]));
  });
});

describe('parkbrief run and render', () => {
  it('runs the whole pipeline in one process: a briefing per park and a closing table', async () => {
    const dataDir = path.join(tmp, 'data');
    const r = cli(['run', demo, '--date', '2024-07-22', '--publication', '科技园区周刊'], {
      PARKBRIEF_DATA_DIR: dataDir,
    });
    expect(r.code, r.stderr).toBe(0);
    const [issueDir] = await readdir(path.join(dataDir, 'issues'));
    const extraction = IssueExtractionSchema.parse(
      JSON.parse(await readFile(path.join(dataDir, 'issues', issueDir!, 'extraction.json'), 'utf8')),
    );
    const pdfs = (await readdir(path.join(dataDir, 'issues', issueDir!, 'briefings'))).filter((f) =>
      f.endsWith('.pdf'),
    );
    expect(pdfs.sort()).toEqual(extraction.parks.map((p) => `${p.id}.pdf`).sort());
    for (const park of extraction.parks) expect(r.stdout).toContain(park.shortName);
    expect(r.stderr).toMatch(/\[1\/\d+\]/);

    // render: one park from the stored extraction, and an unknown park refused.
    const out = path.join(tmp, 'one.pdf');
    const park = extraction.parks[0]!;
    const one = cli([
      'render',
      path.join(dataDir, 'issues', issueDir!, 'extraction.json'),
      '--park',
      park.id,
      '--out',
      out,
    ]);
    expect(one.code, one.stderr).toBe(0);
    expect((await readFile(out)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const bad = cli([
      'render',
      path.join(dataDir, 'issues', issueDir!, 'extraction.json'),
      '--park',
      'no-such-park',
      '--out',
      out,
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no-such-park');
  });
});
