import { metricDefinition } from '@parkbrief/domain';
import { describe, expect, it } from 'vitest';
import { FIXTURE_EMPTY_PARK_ID, FIXTURE_PARK_ID, fixtureExtraction } from './pdf-fixture.js';
import { buildBriefingModel, UnknownParkError } from '../src/pdf/model.js';

describe('buildBriefingModel', () => {
  const extraction = fixtureExtraction();
  const model = buildBriefingModel(extraction, FIXTURE_PARK_ID);

  it('shows the park’s own figures ordered by the taxonomy rank', () => {
    const own = extraction.indicators.filter(
      (i) => i.subject.kind === 'park' && i.subject.parkId === FIXTURE_PARK_ID,
    );
    expect(model.keyFigures.map((r) => r.id).sort()).toEqual(own.map((i) => i.id).sort());
    const ranks = model.keyFigures.map((r) => r.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(model.keyFigures[0]!.rank).toBe(Math.min(...own.map((i) => metricDefinition(i.metric).rank)));
  });

  it('keeps companies, industries and sub-areas apart from the park’s own figures', () => {
    expect(model.keyFigures.every((r) => r.subjectKind === 'park')).toBe(true);
    const kinds = model.subjectFigures.map((g) => g.kind);
    expect(kinds).toEqual(['company', 'industry', 'region']);
    for (const g of model.subjectFigures)
      expect(g.rows.every((r) => r.subjectKind === g.kind && r.subjectName)).toBe(true);
  });

  it('references every figure to its article headline and page, numbered as in the article list', () => {
    for (const row of [...model.keyFigures, ...model.subjectFigures.flatMap((g) => g.rows)]) {
      const ind = extraction.indicators.find((i) => i.id === row.id)!;
      const article = extraction.articles.find((a) => a.id === ind.articleId)!;
      expect(row.source.headline).toBe(article.headline);
      expect(row.source.page).toBe(article.page);
      expect(model.articles[row.source.ref - 1]!.id).toBe(article.id);
      expect(article.text.slice(ind.evidence.start, ind.evidence.end)).toBe(row.evidence);
    }
  });

  it('lists the articles about the park and not the others', () => {
    const about = extraction.articles.filter((a) => a.parkIds.includes(FIXTURE_PARK_ID)).map((a) => a.id);
    expect(model.articles.map((a) => a.id)).toEqual(about);
    expect(model.articles.map((a) => a.ref)).toEqual(about.map((_, i) => i + 1));
  });

  it('charts the percent changes of the park’s own figures', () => {
    const percent = model.keyFigures.filter((r) => r.changeKind === 'percent');
    expect(model.chart.map((b) => b.label)).toEqual(percent.map((r) => r.label));
    expect(model.chart.find((b) => b.value < 0)?.direction).toBe('down');
  });

  it('gives a park without figures its articles only', () => {
    const empty = buildBriefingModel(extraction, FIXTURE_EMPTY_PARK_ID);
    expect(empty.keyFigures).toEqual([]);
    expect(empty.subjectFigures).toEqual([]);
    expect(empty.chart).toEqual([]);
    expect(empty.articles.length).toBe(1);
  });

  it('gives an article without a headline one made from its kicker or first sentence, marked as such', () => {
    const [a, b] = extraction.articles;
    const edited = {
      ...extraction,
      articles: [
        { ...a!, headline: null, kicker: '引题文字' },
        { ...b!, headline: null, kicker: null },
        ...extraction.articles.slice(2),
      ],
    };
    const m = buildBriefingModel(edited, FIXTURE_PARK_ID);
    expect(m.articles[0]!.headline).toBe('引题文字');
    expect(m.articles[0]!.headlineIsFallback).toBe(true);
    expect(m.articles[0]!.kicker).toBeNull();
    const firstSentence = b!.text.split(/[。！？\n]/)[0]!;
    expect(firstSentence.startsWith(m.articles[1]!.headline.replace(/…$/, ''))).toBe(true);
    // Figures cite the made-up headline, so every reference still points at a visible title.
    const cited = m.keyFigures.find((r) => r.source.articleId === a!.id)!;
    expect(cited.source.headline).toBe('引题文字');
  });

  it('refuses a park that is not in the extraction', () => {
    expect(() => buildBriefingModel(extraction, 'no-such-park')).toThrow(UnknownParkError);
  });
});
