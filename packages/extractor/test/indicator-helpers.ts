import { findRegisteredPark, parkFromRegistry, type Article, type Park } from '@parkbrief/domain';
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
