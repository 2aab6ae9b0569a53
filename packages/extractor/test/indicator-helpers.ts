import { findRegisteredPark, parkFromRegistry, type Article, type Park } from '@parkbrief/domain';
import { extractIssue } from '../src/index.js';
import { extractIndicators } from '../src/indicators.js';

export function park(name: string): Park {
  const entry = findRegisteredPark(name);
  if (!entry) throw new Error(`not registered: ${name}`);
  return parkFromRegistry(entry);
}

export function article(text: string, parks: readonly Park[], companies: string[] = []): Article {
  return {
    id: 'test-p1-a01',
    issueId: 'test',
    page: 1,
    headline: null,
    kicker: null,
    byline: [],
    kind: 'news',
    text,
    parkIds: parks.map((p) => p.id),
    companies,
    photo: null,
  };
}

export function run(
  text: string,
  parks: readonly Park[],
  companies: string[] = [],
  issueDate = '2023-09-11',
) {
  return extractIndicators({ article: article(text, parks, companies), parks, issueDate });
}

/** A page through the whole pipeline: each indicator's subject kind and name, its park's short name and figures. */
export function pageRows(text: string, date: string) {
  const ex = extractIssue({ id: 'x', publication: '测试报', date, pages: [{ number: 1, text }] });
  const short = new Map(ex.parks.map((p) => [p.id, p.shortName]));
  return ex.indicators.map((i) => ({
    kind: i.subject.kind,
    name: i.subject.name,
    park: i.subject.parkId === null ? null : (short.get(i.subject.parkId) ?? null),
    label: i.label,
    value: i.value,
    change: i.change,
    period: i.period,
  }));
}
