/** The briefing's history section: built from the catalogue's earlier figures, left out without them. */
import type { HistoryEntry } from '@parkbrief/catalogue';
import { readPdf } from '@parkbrief/testkit';
import { describe, expect, it } from 'vitest';
import { buildHistoryView } from '../src/pdf/history-section.js';
import { buildBriefingModel } from '../src/pdf/model.js';
import { renderBriefing } from '../src/pdf/render.js';
import { FIXTURE_PARK_ID, fixtureExtraction } from './pdf-fixture.js';

const extraction = fixtureExtraction();
const own = extraction.indicators.filter(
  (i) => i.subject.kind === 'park' && i.subject.parkId === FIXTURE_PARK_ID,
);
const withValue = own.find((i) => i.value?.base)!;

/** The same figure in an earlier issue, its value scaled. */
function earlier(date: string, factor: number): HistoryEntry {
  const base = withValue.value!.base!;
  return {
    issue: { id: `${date}-0000000000000000`, date, publication: '园区周刊', edition: null },
    parkId: FIXTURE_PARK_ID,
    indicator: {
      ...withValue,
      value: {
        ...withValue.value!,
        amount: withValue.value!.amount * factor,
        base: { ...base, amount: base.amount * factor },
      },
    },
  };
}

describe('buildHistoryView', () => {
  it('is null without history, and without an earlier figure of a key metric', () => {
    expect(buildHistoryView(extraction.issue, own, undefined)).toBeNull();
    expect(buildHistoryView(extraction.issue, own, [])).toBeNull();
    const later = earlier('2099-01-01', 1);
    expect(buildHistoryView(extraction.issue, own, [later])).toBeNull();
  });

  it('puts earlier figures before this issue’s, with the change against the one before and chart points', () => {
    const view = buildHistoryView(extraction.issue, own, [
      earlier('2024-05-20', 0.5),
      earlier('2024-06-24', 0.8),
    ]);
    expect(view?.groups).toHaveLength(1);
    const group = view!.groups[0]!;
    expect(group.metric).toBe(withValue.metric);
    expect(group.rows.map((r) => r.current)).toEqual([false, false, true]);
    expect(group.rows.map((r) => r.issueDate)).toEqual(['2024-05-20', '2024-06-24', extraction.issue.date]);
    expect(group.rows.map((r) => r.delta)).toEqual([null, '+60.0%', '+25.0%']);
    expect(group.points).toHaveLength(3);
    const model = buildBriefingModel(extraction, FIXTURE_PARK_ID, { history: [earlier('2024-05-20', 0.5)] });
    expect(model.history?.groups).toHaveLength(1);
  });
});

describe('the history section in the PDF', { timeout: 60_000 }, () => {
  it('appears with history and not without', async () => {
    const generatedAt = new Date('2024-07-22T10:00:00Z');
    const plain = await readPdf((await renderBriefing(extraction, FIXTURE_PARK_ID, { generatedAt })).pdf);
    expect(plain.text).not.toContain('历期对比');
    const history = [earlier('2024-05-20', 0.5)];
    const withHistory = await readPdf(
      (await renderBriefing(extraction, FIXTURE_PARK_ID, { generatedAt, history })).pdf,
    );
    const text = withHistory.text.replace(/\s+/g, '');
    expect(text).toContain('历期对比');
    expect(text).toContain('2024年5月20日');
    expect(text).toContain('+100.0%');
  });
});
