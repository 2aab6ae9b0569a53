/** Opening PDFs: page labels and title, and every way a PDF can fail, each a one-line result (never a throw). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readEdition, readPdf } from '../src/index.js';
import { minimalPdf } from './minimal-pdf.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(fixtures, name)));
const page = (name: string) => new Uint8Array(readFileSync(path.join(fixtures, '..', 'test', 'pages', name)));

const twoPages = (labels?: Parameters<typeof minimalPdf>[1]) =>
  minimalPdf(
    [
      [
        { text: 'Park news', x: 72, y: 700, size: 20 },
        { text: 'The park grew fast this year.', x: 72, y: 660, size: 10 },
        { text: 'Output rose by a fifth.', x: 72, y: 645, size: 10 },
      ],
      [{ text: 'Second page text.', x: 72, y: 400, size: 10 }],
    ],
    labels,
  );

describe('readPdf', () => {
  it('reads every page, numbered by its page label, with the edition the labels give', async () => {
    const r = await readPdf(twoPages({ labels: [{ page: 0, prefix: 'A', start: 7 }] }), { name: 'a7.pdf' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.document.pages.map((p) => [p.index, p.label, p.number])).toEqual([
      [1, 'A7', 7],
      [2, 'A8', 8],
    ]);
    expect(r.document.edition).toBe('A7');
    expect(r.document.pages[0]?.text).toContain('The park grew fast this year. Output rose by a fifth.');
  });

  it('takes the page number and edition from the title of a one-page PDF without labels', async () => {
    const pdf = minimalPdf([[{ text: 'Text of a page', x: 72, y: 400, size: 10 }]], { title: 'Weekly A3' });
    const r = await readPdf(pdf);
    expect(r.ok && [r.document.pages[0]?.number, r.document.edition]).toEqual([3, 'A3']);
  });

  it('reads a PDF encrypted only against editing (no password to open it)', async () => {
    const r = await readPdf(fixture('restricted.pdf'));
    expect(r.ok && r.document.pages[0]?.text).toBe('Hello park');
  });

  const failures: Array<[string, () => Uint8Array, Parameters<typeof readPdf>[1], string, RegExp]> = [
    ['an encrypted PDF', () => fixture('encrypted.pdf'), {}, 'encrypted', /encrypted PDF/],
    ['a scanned PDF (no text layer)', () => fixture('scanned.pdf'), {}, 'no-text', /no text layer/],
    ['a truncated PDF', () => twoPages().subarray(0, 200), {}, 'broken', /broken PDF/],
    ['a file that is no PDF', () => new TextEncoder().encode('just text'), {}, 'not-pdf', /not a PDF/],
    [
      'a PDF over the size limit',
      () => twoPages(),
      { maxBytes: 100 },
      'too-large',
      /over the limit of 100 bytes/,
    ],
    [
      'a PDF over the page limit',
      () => twoPages(),
      { maxPages: 1 },
      'too-large',
      /2 pages, over the limit of 1/,
    ],
    [
      'a PDF that takes too long',
      () => page('real-page-01.pdf'),
      { timeoutMs: 5 },
      'timeout',
      /longer than 5 ms/,
    ],
  ];
  it.each(failures)(
    'refuses %s with a one-line reason naming the file',
    async (_, bytes, options, kind, reason) => {
      const r = await readPdf(bytes(), { name: 'page.pdf', ...options });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.kind).toBe(kind);
      expect(r.error.message).toMatch(/^page\.pdf: /);
      expect(r.error.message).toMatch(reason);
      expect(r.error.message).not.toContain('\n');
    },
  );
});

describe('readEdition', () => {
  it('reads A7, 第7版 and bare numbers', () => {
    expect(readEdition('A7')).toEqual({ number: 7, edition: 'A7' });
    expect(readEdition('中国高新技术产业导报 第7版')).toEqual({ number: 7, edition: '第7版' });
    expect(readEdition('12')).toEqual({ number: 12, edition: null });
    expect(readEdition('Annual report')).toEqual({ number: null, edition: null });
  });
});
