/**
 * Rows that must not mislead, and what a briefing leaves out: comparisons apart from changes, rows whose
 * subject or period was carried marked and the mark explained once, caps stated, pages as the paper numbers
 * them, page numbers stamped on the footer's baseline.
 */
import type { Indicator, IssueExtraction } from '@parkbrief/domain';
import { readPdf, readPdfBoxes, type PdfText } from '@parkbrief/testkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PARK_ID, fixtureExtraction } from './pdf-fixture.js';
import { buildBriefingModel, pageLabel } from '../src/pdf/model.js';
import { renderBriefing } from '../src/pdf/render.js';

const base = fixtureExtraction();

/** The fixture with one comparison-only row and two carried rows. */
function withRows(extraction: IssueExtraction): IssueExtraction {
  const template = extraction.indicators.find((i) => i.subject.kind === 'park' && i.comparison === null)!;
  const comparisonOnly: Indicator = {
    ...template,
    id: 'i-cmp-only',
    label: '换绳效率',
    metric: 'other',
    value: null,
    change: null,
    share: null,
    comparison: { against: '国外同类技术', kind: 'percent', value: 75, text: '比国外同类技术提高75%' },
  };
  const carried: Indicator = {
    ...template,
    id: 'i-carried',
    label: '高新技术企业营收',
    metric: 'other',
    basis: { subject: 'carried', period: 'carried' },
  };
  const carried2: Indicator = {
    ...template,
    id: 'i-carried-2',
    label: '技改投资',
    metric: 'other',
    basis: { subject: 'written', period: 'carried' },
  };
  return { ...extraction, indicators: [...extraction.indicators, comparisonOnly, carried, carried2] };
}

describe('briefing rows', () => {
  const extraction = withRows(base);
  let read: PdfText;
  let flat: string;

  beforeAll(async () => {
    const { pdf } = await renderBriefing(extraction, FIXTURE_PARK_ID);
    read = await readPdf(pdf);
    flat = read.text.replace(/\s/g, '');
  }, 120_000);

  it('shows a comparison with what it is compared with, never as an arrow', () => {
    const model = buildBriefingModel(extraction, FIXTURE_PARK_ID);
    const row = model.keyFigures.find((r) => r.id === 'i-cmp-only')!;
    expect(row.change).toBeNull();
    expect(row.comparison).toEqual({
      against: '国外同类技术',
      difference: '高75%',
      text: '比国外同类技术提高75%',
    });
    // Two lines of one cell: what it is compared with, then the difference.
    const cell = read.lines.findIndex((l) => l.text.includes('比国外同类技术'));
    expect(cell).toBeGreaterThanOrEqual(0);
    const next = read.lines.slice(cell + 1, cell + 3).map((l) => l.text);
    expect(next.join('\n')).toContain('高75%');
    expect(flat).not.toMatch(/[↑↓]75%/);
    // A row with both: its change keeps the arrow, the comparison stands apart from it.
    const both = model.keyFigures.find((r) => r.change !== null && r.comparison !== null)!;
    expect(flat).toContain(`比${both.comparison!.against}`);
    expect(flat).toContain(both.comparison!.difference);
  });

  it('marks rows whose subject or period was carried, and explains the mark once', () => {
    expect(flat).toContain('高新技术企业营收※');
    expect(flat).toContain('主体、时期承前文');
    expect(flat).toContain('技改投资※');
    expect(flat).toContain('时期承前文');
    const explanations = read.lines.filter((l) => l.text.startsWith('※'));
    expect(explanations).toHaveLength(1);
    // Rows without basis (older extractions) or with both written carry no mark.
    expect(flat).not.toContain('外贸进出口额※');
  });

  it('prints every page’s number and the count on the footer’s baseline, in the slots between the words', async () => {
    const { pdf, pages } = await renderBriefing(extraction, FIXTURE_PARK_ID);
    const boxes = await readPdfBoxes(pdf);
    for (let p = 1; p <= pages; p++) {
      const footer = boxes.filter((b) => b.page === p && b.bottom < 40);
      const word = footer.find((b) => b.text === '第')!;
      const number = footer.find((b) => b.text === String(p) && b.left > word.right)!;
      const total = footer.filter((b) => b.text === String(pages)).at(-1)!;
      expect(Math.abs(number.bottom - word.bottom)).toBeLessThan(0.5);
      expect(Math.abs(total.bottom - word.bottom)).toBeLessThan(0.5);
      const between = footer.find((b) => b.text.includes('共'))!;
      expect(number.right).toBeLessThan(between.left);
      expect(total.left).toBeGreaterThan(between.right);
    }
  }, 120_000);
});

describe('caps', () => {
  it('keeps the most important rows and articles and says what it left out', () => {
    const template = base.indicators.find((i) => i.subject.kind === 'park')!;
    const many: Indicator[] = Array.from({ length: 30 }, (_, i) => ({ ...template, id: `i-many-${i}` }));
    const extraction = { ...base, indicators: [...base.indicators, ...many] };
    const model = buildBriefingModel(extraction, FIXTURE_PARK_ID, { maxKeyFigures: 10, maxArticles: 1 });
    const own = extraction.indicators.filter((i) => i.subject.kind === 'park');
    expect(model.keyFigures).toHaveLength(10);
    expect(model.omitted.keyFigures).toBe(own.length - 10);
    expect(model.articles).toHaveLength(1);
    expect(model.omitted.articles.map((a) => a.ref)).toEqual([2]);
    // The default caps hold for a briefing of the fixture's size: nothing is left out.
    const full = buildBriefingModel(base, FIXTURE_PARK_ID);
    expect(full.omitted).toEqual({ keyFigures: 0, subjectFigures: 0, articles: [] });
  });

  it('states in the PDF how many rows it did not list', async () => {
    const template = base.indicators.find((i) => i.subject.kind === 'park')!;
    const many: Indicator[] = Array.from({ length: 70 }, (_, i) => ({ ...template, id: `i-many-${i}` }));
    const { pdf } = await renderBriefing(
      { ...base, indicators: [...base.indicators, ...many] },
      FIXTURE_PARK_ID,
    );
    const own = base.indicators.filter((i) => i.subject.kind === 'park').length + many.length;
    const text = (await readPdf(pdf)).text.replace(/\s/g, '');
    expect(text).toContain(`另有${own - 60}项指标未列出`);
  }, 120_000);
});

describe('pageLabel', () => {
  it('gives the page as the newspaper numbers it', () => {
    expect(pageLabel(3)).toBe('第3版');
    expect(pageLabel(3, '第3版 园区')).toBe('第3版');
    expect(pageLabel(7, 'A7')).toBe('A7版');
    expect(pageLabel(8, 'a07')).toBe('A8版');
    expect(pageLabel(1, 'A7')).toBe('第1版');
    expect(pageLabel(2, '园区')).toBe('第2版');
  });
});
