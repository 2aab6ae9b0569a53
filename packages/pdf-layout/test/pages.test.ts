/**
 * The committed test pages (test/pages/*.pdf, typeset from ../shared by scripts/make-test-pages.ts) read back:
 * every item's headline and byline as printed, and the figures extracted from the PDF against the same
 * articles given as text (gold and text versions are rebuilt from ../shared here, never stored).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deriveIssueId, type IssueExtraction } from '@parkbrief/domain';
import { extractIssue } from '@parkbrief/extractor';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  goldOf,
  pagesDir,
  samplesDir,
  textOf,
  typesetPages,
  type ComposedPage,
} from '../scripts/compose-pages.js';
import { readPdf } from '../src/index.js';
import { add, scorePage, summary, zero, type Counts, type GoldArticle, type GoldRow } from './score.js';

const publication = '科技园区周报';

function fromText(text: string, date: string): IssueExtraction {
  const pages = [{ number: 1, text }];
  return extractIssue({ id: deriveIssueId({ date, publication, pages }), publication, date, pages });
}

async function fromPdf(file: string, date: string): Promise<{ extraction: IssueExtraction; text: string }> {
  const read = await readPdf(new Uint8Array(readFileSync(path.join(pagesDir, file))), { name: file });
  if (!read.ok) throw read.error;
  const pages = read.document.pages.map((p, i) => ({ number: i + 1, text: p.text }));
  const layouts = read.document.pages.map((p, i) => ({ page: i + 1, blocks: p.blocks }));
  const issue = { id: deriveIssueId({ date, publication, pages }), publication, date, pages };
  return { extraction: extractIssue(issue, { layouts }), text: pages.map((p) => p.text).join('\n') };
}

const manifest = JSON.parse(readFileSync(path.join(pagesDir, 'manifest.json'), 'utf8')) as Array<{
  name: string;
  sources: Record<string, string>;
}>;

describe('the committed test pages', () => {
  let pages: ComposedPage[];
  beforeAll(() => {
    pages = typesetPages();
  });

  it('were typeset from the real texts as they are now (else: pnpm --filter @parkbrief/pdf-layout make-pages)', () => {
    expect(pages.map((p) => ({ name: p.name, sources: p.sources }))).toEqual(
      manifest.map((m) => ({ name: m.name, sources: m.sources })),
    );
  });

  it('give every item its headline and byline as printed, and its figures as the text does', async () => {
    let pdf: Counts = zero();
    let text: Counts = zero();
    for (const page of pages) {
      const { gold, articles } = goldOf(page) as {
        gold: { indicators: GoldRow[] };
        articles: { articles: GoldArticle[] };
      };
      const read = await fromPdf(`${page.name}.pdf`, page.date);
      const p = scorePage(read.extraction, gold.indicators, articles.articles);
      const t = scorePage(fromText(textOf(page), page.date), gold.indicators, articles.articles);
      // Headlines and bylines are the layout's alone: each must be right.
      expect({ page: page.name, headline: p.headline, byline: p.byline }).toEqual({
        page: page.name,
        headline: p.articles,
        byline: p.articles,
      });
      pdf = add(pdf, p);
      text = add(text, t);
    }
    const s = { pdf: summary(pdf), text: summary(text) };
    console.log(`[pdf pages] ${JSON.stringify({ counts: { pdf, text }, ...s })}`);
    // Park figures from the PDF within 0.05 F1 of the same articles given as text.
    expect(s.pdf.f1).toBeGreaterThanOrEqual(s.text.f1 - 0.05);
    // Parks depend on the extractor's park recognition, which text and PDF share: never worse than text.
    expect(pdf.parks).toBeGreaterThanOrEqual(text.parks);
  }, 120_000);

  it('read the sample page from its PDF with all its figures and items', async () => {
    const gold = JSON.parse(readFileSync(path.join(samplesDir, 'page-2023-09-11.gold.json'), 'utf8')) as {
      indicators: GoldRow[];
    };
    const articles = JSON.parse(
      readFileSync(path.join(samplesDir, 'page-2023-09-11.articles.json'), 'utf8'),
    ) as {
      articles: GoldArticle[];
    };
    const { extraction } = await fromPdf('sample-2023-09-11.pdf', '2023-09-11');
    const c = scorePage(extraction, gold.indicators, articles.articles);
    expect(c.found).toBe(c.want);
    expect(c.mis).toBe(0);
    expect(summary(c).segmentation).toBe(1);
  }, 60_000);
});
