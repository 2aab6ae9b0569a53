// Uses @parkbrief/domain as another internal app would: by package name, from its built dist/.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ZodError } from 'zod';
import {
  IssueExtractionSchema,
  findRegisteredPark,
  type Indicator,
  type IssueExtraction,
} from '@parkbrief/domain';

const fixture = new URL('./fixtures/extraction.json', import.meta.url);
const load = async (): Promise<unknown> => JSON.parse(await readFile(fixture, 'utf8')) as unknown;

describe('@parkbrief/domain as a dependency', () => {
  it('resolves to the built dist/, not to src/', () => {
    const resolved = createRequire(import.meta.url).resolve('@parkbrief/domain');
    expect(resolved).toMatch(/packages[\\/]domain[\\/]dist[\\/]index\.js$/);
  });

  it('parses a JSON extraction into typed data', async () => {
    const extraction = IssueExtractionSchema.parse(await load());
    expectTypeOf(extraction).toEqualTypeOf<IssueExtraction>();
    const indicator: Indicator = extraction.indicators[0]!;
    expect(indicator.subject.kind).toBe('park');
    expect(indicator.value?.amount).toBe(1234.5);
    expect(indicator.value?.base?.amount).toBe(123450000000);
    const article = extraction.articles.find((a) => a.id === indicator.articleId)!;
    expect(article.text.slice(indicator.evidence.start, indicator.evidence.end)).toBe(
      indicator.evidence.text,
    );
    expect(findRegisteredPark(extraction.parks[0]!.shortName)?.id).toBe(extraction.parks[0]!.id);
  });

  it('rejects an invalid document with a zod error naming the field', async () => {
    const doc = (await load()) as { indicators: Array<{ change: { kind: string } }> };
    doc.indicators[0]!.change.kind = 'ratio';
    const result = IssueExtractionSchema.safeParse(doc);
    expect(result.success).toBe(false);
    expect(result.error).toBeInstanceOf(ZodError);
    const issue = result.error!.issues[0]!;
    expect(issue.path).toEqual(['indicators', 0, 'change', 'kind']);
    expect(() => IssueExtractionSchema.parse(doc)).toThrow(/change/);
  });

  it('names a malformed date and a missing field', async () => {
    const doc = (await load()) as { issue: { date: string }; parks: Array<Record<string, unknown>> };
    doc.issue.date = '2024/07/22';
    delete doc.parks[0]!.shortName;
    const result = IssueExtractionSchema.safeParse(doc);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('issue.date');
    expect(paths).toContain('parks.0.shortName');
  });
});
