/** The made-up briefing a render thread renders before it is ready: valid, and set through every section. */
import { IssueExtractionSchema } from '@parkbrief/domain';
import { overlappingText, readPdf, readPdfBoxes } from '@parkbrief/testkit';
import { describe, expect, it } from 'vitest';
import { buildHistoryView } from '../src/pdf/history-section.js';
import { renderBriefing } from '../src/pdf/render.js';
import { warmUpBriefing } from '../src/pdf/warm-up.js';

describe('warmUpBriefing', () => {
  const warm = warmUpBriefing();

  it('is a valid extraction whose evidence is its article text', () => {
    const parsed = IssueExtractionSchema.parse(warm.extraction);
    const text = parsed.articles[0]!.text;
    for (const ind of parsed.indicators)
      expect(text.slice(ind.evidence.start, ind.evidence.end)).toBe(ind.evidence.text);
    // Rows of every subject kind, so the thread sets each kind of table before its first real briefing.
    expect(new Set(parsed.indicators.map((i) => i.subject.kind))).toEqual(
      new Set(['park', 'company', 'industry', 'region']),
    );
  });

  it('has a history that the briefing shows', () => {
    const own = warm.extraction.indicators.filter((i) => i.subject.kind === 'park');
    expect(buildHistoryView(warm.extraction.issue, own, warm.history)).not.toBeNull();
  });

  it('renders, history section included, with no text drawn over text', async () => {
    const { pdf, pages } = await renderBriefing(warm.extraction, warm.parkId, { history: warm.history });
    expect(pages).toBeGreaterThanOrEqual(1);
    const { text } = await readPdf(pdf);
    expect(text).toContain('预热高新区');
    expect(text).toContain('历期对比');
    expect(overlappingText(await readPdfBoxes(pdf))).toEqual([]);
  });
});
