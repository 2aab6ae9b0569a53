/**
 * `listBriefingsJson` (what `serve` sends for GET /briefings as it is) against the typed reader: byte for byte
 * `JSON.stringify` of `toBriefingListing` over `listBriefings`' page, on both backends, for names that need
 * escaping, a public URL, cursors and filters, and for the rows PostgreSQL leaves to Node (ids that need
 * percent-encoding, creation times finer than a millisecond).
 */
import type { Briefing, IssueExtraction, Park } from '@parkbrief/domain';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toBriefingListing, type BriefingQuery, type Catalogue } from '../src/index.js';
import { BACKENDS, extraction, figure, freshCatalogue, park, type TestCatalogue } from './helpers.js';

function briefingOf(x: IssueExtraction, p: Park, createdAt: string): Briefing {
  return {
    issue: x.issue,
    park: p,
    indicatorIds: x.indicators.filter((i) => i.subject.parkId === p.id).map((i) => i.id),
    articleIds: ['a1'],
    pdf: { path: `issues/${x.issue.id}/briefings/${p.id}.pdf`, bytes: 4321, pages: null, url: null },
    createdAt,
  };
}

/** The typed page as serve wrote it before: JSON.stringify of the listings, and the cursor. */
async function typedPage(c: Catalogue, query: BriefingQuery, publicUrl: string | undefined) {
  const page = await c.listBriefings(query);
  return {
    count: page.briefings.length,
    json: JSON.stringify(page.briefings.map((b) => toBriefingListing(b, publicUrl))),
    nextCursor: page.nextCursor,
  };
}

describe.each(BACKENDS)('briefing listings as JSON text on %s', (backend) => {
  let t: TestCatalogue;
  beforeEach(async () => {
    t = await freshCatalogue(backend);
  });
  afterEach(async () => {
    await t?.dispose();
  });

  it('are JSON.stringify of the typed listings, page by page, with and without a public URL', async () => {
    const a = park('ceshi-gaoxinqu', '测试"高新区"', {
      name: '测试\\高新技术产业开发区\n（一期）',
      province: '山东省',
      city: null,
    });
    const b = park('lingyi-gaoxinqu', '另一高新区\u2028', { province: null, city: '淄博市\t' });
    const times = ['2024-07-01T08:00:00.000Z', '2024-07-01T08:00:00.123Z', '1999-12-31T23:59:59.999Z'];
    for (const [i, date] of ['2024-01-01', '2024-02-01', '2024-03-01'].entries()) {
      const x = extraction(`${date}-i${i}`, date, [a, b], [figure(a.id, 'gdp', i), figure(b.id, 'gdp', i)]);
      await t.catalogue.writeExtraction({
        ...x,
        issue: { ...x.issue, publication: `周报"${i}"\\`, edition: i === 1 ? '第2版' : undefined },
      });
      await t.catalogue.addBriefing(briefingOf(x, a, times[i]!), { sha256: 'c'.repeat(64) });
      await t.catalogue.addBriefing(briefingOf(x, b, times[(i + 1) % 3]!), { sha256: 'd'.repeat(64) });
    }
    let pages = 0;
    for (const publicUrl of [undefined, 'https://briefs.example/下载 "x"']) {
      let cursor: string | undefined;
      for (;;) {
        const query = { limit: 4, ...(cursor ? { cursor } : {}) };
        const text = await t.catalogue.listBriefingsJson(query, publicUrl);
        expect(text).toEqual(await typedPage(t.catalogue, query, publicUrl));
        pages += 1;
        if (text.nextCursor === null) break;
        cursor = text.nextCursor;
      }
    }
    expect(pages).toBe(4);
    for (const query of [{ parkId: b.id, from: '2024-02', to: '2024-02-29' }, { from: '2030-01' }, {}]) {
      expect(await t.catalogue.listBriefingsJson(query, undefined)).toEqual(
        await typedPage(t.catalogue, query, undefined),
      );
    }
    expect(JSON.parse((await t.catalogue.listBriefingsJson({}, undefined)).json)).toHaveLength(6);
  });

  it('are left to Node where PostgreSQL would write them otherwise, and still the same', async () => {
    const a = park('ceshi-gaoxinqu', '测试高新区');
    // An id encodeURIComponent changes (the domain never makes one, a hand-written row could).
    const x = extraction('2024-04-01-测 试', '2024-04-01', [a], [figure(a.id, 'gdp', 1)]);
    await t.catalogue.writeExtraction(x);
    await t.catalogue.addBriefing(briefingOf(x, a, '2024-04-01T08:00:00.000Z'), { sha256: 'e'.repeat(64) });
    const encoded = await t.catalogue.listBriefingsJson({}, undefined);
    expect(encoded).toEqual(await typedPage(t.catalogue, {}, undefined));
    expect(encoded.json).toContain('/briefings/2024-04-01-%E6%B5%8B%20%E8%AF%95/ceshi-gaoxinqu.pdf');

    // A creation time in microseconds (written by hand): toISOString drops them, as the JSON must.
    const y = extraction('2024-05-01-y', '2024-05-01', [a], [figure(a.id, 'gdp', 2)]);
    await t.catalogue.writeExtraction(y);
    await t.catalogue.addBriefing(briefingOf(y, a, '2024-05-01T08:00:00.000Z'), { sha256: 'f'.repeat(64) });
    await sql`update briefings set created_at = created_at + interval '123457 microseconds'
      where issue_id = '2024-05-01-y'`.execute(t.catalogue.db);
    const fine = await t.catalogue.listBriefingsJson({ limit: 1 }, undefined);
    expect(fine).toEqual(await typedPage(t.catalogue, { limit: 1 }, undefined));
    expect(fine.json).toContain('"createdAt":"2024-05-01T08:00:00.123Z"');
  });
});
