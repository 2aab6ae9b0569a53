import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { IndicatorSchema, type Briefing, type IssueExtraction } from '@parkbrief/domain';
import { extractIssue } from '@parkbrief/extractor';
import { samplesDir } from '@parkbrief/testkit';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CatalogueOpenError,
  CatalogueQueryError,
  CatalogueWriteError,
  historyToCsv,
  makePgliteTemplate,
  openCatalogue,
  parkNameKey,
  type Catalogue,
} from '../src/index.js';
import { BACKENDS, extraction, figure, freshCatalogue, park, type TestCatalogue } from './helpers.js';

/** Waits (up to 10 s) for something another connection does. */
async function until(done: () => boolean): Promise<void> {
  for (let waited = 0; !done(); waited += 20) {
    if (waited > 10_000) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

function briefingOf(x: IssueExtraction, parkId: string): Briefing {
  const p = x.parks.find((q) => q.id === parkId)!;
  return {
    issue: x.issue,
    park: p,
    indicatorIds: x.indicators.filter((i) => i.subject.parkId === parkId).map((i) => i.id),
    articleIds: ['a1'],
    pdf: { path: `issues/${x.issue.id}/briefings/${parkId}.pdf`, bytes: 1234, pages: 2, url: null },
    createdAt: '2024-07-01T08:00:00.000Z',
  };
}

describe('park name keys', () => {
  it('fold traditional characters, 国家/国家级 and the official ending to one key', () => {
    const key = parkNameKey('测试高新区');
    expect(parkNameKey('測試高新區')).toBe(key);
    expect(parkNameKey('测试国家高新技术产业开发区')).toBe(key);
    expect(parkNameKey('測試國家級高新技術產業開發區')).toBe(key);
    expect(parkNameKey('测试 高新区')).toBe(key);
    expect(parkNameKey('另一高新区')).not.toBe(key);
  });
});

describe.each(BACKENDS)('catalogue on %s', (backend) => {
  let t: TestCatalogue;
  beforeEach(async () => {
    t = await freshCatalogue(backend);
  });
  afterEach(async () => {
    await t?.dispose();
  });

  it('stores every field of every indicator and reads it back as the domain type', async () => {
    const pages = await readFile(path.join(samplesDir(), 'page-2023-09-11.txt'), 'utf8');
    const x = extractIssue({
      id: '2023-09-11-sample',
      publication: '样报',
      date: '2023-09-11',
      pages: [{ number: 1, text: pages }],
    });
    expect(x.indicators.length).toBeGreaterThan(10);
    const ids = await t.catalogue.writeExtraction(x);
    const back = [];
    for (const parkId of new Set(ids.values()))
      back.push(...(await t.catalogue.parkHistory(parkId, { subjects: 'all' })));
    const expected = x.indicators
      .filter((i) => i.subject.parkId !== null)
      .map((i) => ({
        ...i,
        subject: { ...i.subject, parkId: ids.get(i.subject.parkId!) ?? i.subject.parkId },
      }));
    const byId = new Map(back.map((b) => [b.indicator.id, b.indicator]));
    expect(byId.size).toBe(expected.length);
    for (const e of expected) {
      const got = byId.get(e.id);
      expect(IndicatorSchema.parse(got)).toEqual(e);
    }
  });

  it('replaces an issue’s rows when it is written again, and drops briefings of parks it lost', async () => {
    const a = park('ceshi-gaoxinqu', '测试高新区');
    const b = park('lingyi-gaoxinqu', '另一高新区');
    const first = extraction(
      '2024-07-01-x',
      '2024-07-01',
      [a, b],
      [figure(a.id, 'gdp', 10), figure(a.id, 'operating_revenue', 20), figure(b.id, 'gdp', 30)],
    );
    await t.catalogue.writeExtraction(first);
    await t.catalogue.addBriefing(briefingOf(first, a.id), { sha256: 'a'.repeat(64) });
    await t.catalogue.addBriefing(briefingOf(first, b.id), { sha256: 'b'.repeat(64) });
    const second = extraction('2024-07-01-x', '2024-07-01', [a], [figure(a.id, 'gdp', 11)]);
    await t.catalogue.writeExtraction(second);
    const history = await t.catalogue.parkHistory(a.id);
    expect(history.map((h) => h.indicator.value?.amount)).toEqual([11]);
    expect(await t.catalogue.parkHistory(b.id)).toEqual([]);
    const listed = await t.catalogue.issueBriefings('2024-07-01-x');
    expect(listed?.briefings.map((x) => x.park.extractedId)).toEqual([a.id]);
  });

  it('keeps one park across issues written in traditional characters or by its full name', async () => {
    const simplified = park('ceshi-gaoxinqu', '测试高新区');
    const traditional = park('ce-shi-gao-xin-qu-tw', '測試高新區');
    const full = park('ceshi-full', '测试国家高新技术产业开发区', {
      shortName: '测试国家高新技术产业开发区',
    });
    await t.catalogue.writeExtraction(
      extraction(
        '2024-01-08-a',
        '2024-01-08',
        [simplified],
        [figure(simplified.id, 'gdp', 1, { period: { label: '2023年', start: '2023-01', end: '2023-12' } })],
      ),
    );
    await t.catalogue.writeExtraction(
      extraction(
        '2024-04-08-b',
        '2024-04-08',
        [traditional],
        [figure(traditional.id, 'gdp', 2, { period: { label: '一季度', start: '2024-01', end: '2024-03' } })],
      ),
    );
    const mapped = await t.catalogue.writeExtraction(
      extraction('2024-07-08-c', '2024-07-08', [full], [figure(full.id, 'gdp', 3)]),
    );
    const id = mapped.get(full.id)!;
    expect((await t.catalogue.findPark('測試高新區'))?.id).toBe(id);
    expect((await t.catalogue.findPark('测试高新区'))?.id).toBe(id);
    const history = await t.catalogue.parkHistory(id, { metric: 'gdp' });
    expect(history.map((h) => [h.issue.date, h.indicator.value?.amount])).toEqual([
      ['2024-01-08', 1],
      ['2024-04-08', 2],
      ['2024-07-08', 3],
    ]);
    expect(await t.catalogue.parkHistory(id, { from: '2024-02', to: '2024-03' })).toHaveLength(1);
    const parks = await t.catalogue.listParks();
    expect(parks).toHaveLength(1);
    expect(parks[0]).toMatchObject({ issues: 3, figures: 3, ownFigures: 3, lastIssueDate: '2024-07-08' });
    const detail = await t.catalogue.getPark(id);
    expect(detail?.metrics).toEqual([{ metric: 'gdp', figures: 3, from: '2023-12', to: '2024-06' }]);
  });

  it('resolves a registry park written in traditional characters to its registry id', async () => {
    // A registered park, by the extractor: the registry's id and names.
    const { REGISTRY, findRegisteredPark, parkFromRegistry } = await import('@parkbrief/domain');
    const entry = REGISTRY.find(
      (e) => e.shortName.endsWith('高新区') && findRegisteredPark(e.shortName)?.id === e.id,
    )!;
    const registered = parkFromRegistry(entry);
    const { simplify, traditionalize } = await import('../src/park-names.js');
    const traditionalName = traditionalize(entry.shortName);
    expect(simplify(traditionalName)).toBe(entry.shortName);
    const discovered = park('trad-form', traditionalName);
    await t.catalogue.writeExtraction(
      extraction('2024-01-01-r', '2024-01-01', [registered], [figure(registered.id, 'gdp', 5)]),
    );
    const ids = await t.catalogue.writeExtraction(
      extraction('2024-02-01-r', '2024-02-01', [discovered], [figure(discovered.id, 'gdp', 6)]),
    );
    expect(ids.get('trad-form')).toBe(entry.id);
    expect(await t.catalogue.parkHistory(entry.id)).toHaveLength(2);
  });

  it('pages briefings newest first with a cursor, filters by park and date', async () => {
    const a = park('ceshi-gaoxinqu', '测试高新区');
    const b = park('lingyi-gaoxinqu', '另一高新区');
    for (const [i, date] of ['2024-01-01', '2024-02-01', '2024-03-01'].entries()) {
      const x = extraction(`${date}-i${i}`, date, [a, b], [figure(a.id, 'gdp', i), figure(b.id, 'gdp', i)]);
      await t.catalogue.writeExtraction(x);
      await t.catalogue.addBriefing(briefingOf(x, a.id), { sha256: 'c'.repeat(64) });
      await t.catalogue.addBriefing(briefingOf(x, b.id), { sha256: 'd'.repeat(64) });
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await t.catalogue.listBriefings({ limit: 4, ...(cursor ? { cursor } : {}) });
      seen.push(...page.briefings.map((x) => `${x.issue.date}/${x.park.id}`));
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual([
      '2024-03-01/ceshi-gaoxinqu',
      '2024-03-01/lingyi-gaoxinqu',
      '2024-02-01/ceshi-gaoxinqu',
      '2024-02-01/lingyi-gaoxinqu',
      '2024-01-01/ceshi-gaoxinqu',
      '2024-01-01/lingyi-gaoxinqu',
    ]);
    const filtered = await t.catalogue.listBriefings({ parkId: b.id, from: '2024-02', to: '2024-02-29' });
    expect(filtered.briefings.map((x) => `${x.issue.date}/${x.park.id}`)).toEqual([
      '2024-02-01/lingyi-gaoxinqu',
    ]);
    expect(filtered.briefings[0]).toMatchObject({
      pdf: { bytes: 1234, pages: 2, sha256: 'd'.repeat(64) },
      indicators: 1,
    });
    await expect(t.catalogue.listBriefings({ cursor: 'nonsense' })).rejects.toThrow(CatalogueQueryError);
    await expect(t.catalogue.listBriefings({ limit: 0 })).rejects.toThrow(CatalogueQueryError);
    await expect(t.catalogue.listBriefings({ from: '2024-13' })).rejects.toThrow(CatalogueQueryError);
  });

  it('refuses a briefing of an issue that was never catalogued', async () => {
    const a = park('ceshi-gaoxinqu', '测试高新区');
    const x = extraction('2024-01-01-n', '2024-01-01', [a], []);
    await expect(t.catalogue.addBriefing(briefingOf(x, a.id), { sha256: 'e'.repeat(64) })).rejects.toThrow(
      CatalogueWriteError,
    );
  });

  it('gives a briefing the earlier figures of its park, and none for the first issue', async () => {
    const a = park('ceshi-gaoxinqu', '测试高新区');
    const x1 = extraction(
      '2024-01-01-h',
      '2024-01-01',
      [a],
      [figure(a.id, 'gdp', 1), figure(a.id, 'exports', 9)],
    );
    const x2 = extraction('2024-02-01-h', '2024-02-01', [a], [figure(a.id, 'gdp', 2)]);
    await t.catalogue.writeExtraction(x1);
    await t.catalogue.writeExtraction(x2);
    expect(await t.catalogue.earlierFigures(x1, a.id)).toEqual([]);
    const earlier = await t.catalogue.earlierFigures(x2, a.id);
    expect(earlier.map((e) => [e.issue.date, e.indicator.metric, e.indicator.value?.amount])).toEqual([
      ['2024-01-01', 'gdp', 1],
    ]);
  });

  it('gives each metric its newest six earlier figures, oldest first, as a history of that metric would', async () => {
    const a = park('pici-gaoxinqu', '批次高新区');
    const b = park('pangbian-gaoxinqu', '旁边高新区');
    // Nine monthly issues of three metrics (one only every other month), and a neighbour that must not show.
    for (let k = 1; k <= 9; k++) {
      const date = `2023-0${k}-15`;
      const figures = [
        figure(a.id, 'gdp', k),
        figure(a.id, 'exports', 100 + k),
        figure(b.id, 'gdp', 900 + k),
      ];
      if (k % 2 === 1) figures.push(figure(a.id, 'tax_revenue', 50 + k));
      await t.catalogue.writeExtraction(extraction(`${date}-b`, date, [a, b], figures));
    }
    const now = extraction(
      '2023-10-15-b',
      '2023-10-15',
      [a],
      [
        figure(a.id, 'exports', 1),
        figure(a.id, 'gdp', 2),
        figure(a.id, 'tax_revenue', 3),
        figure(a.id, 'fixed_asset_investment', 4),
      ],
    );
    await t.catalogue.writeExtraction(now);
    const earlier = await t.catalogue.earlierFigures(now, a.id);
    const expected = [];
    for (const metric of ['exports', 'gdp', 'tax_revenue', 'fixed_asset_investment'] as const)
      expected.push(...(await t.catalogue.parkHistory(a.id, { metric, before: '2023-10-15', limit: 6 })));
    expect(earlier).toEqual(expected);
    expect(earlier.map((e) => [e.indicator.metric, e.indicator.value?.amount])).toEqual([
      ...[104, 105, 106, 107, 108, 109].map((v) => ['exports', v]),
      ...[4, 5, 6, 7, 8, 9].map((v) => ['gdp', v]),
      ...[51, 53, 55, 57, 59].map((v) => ['tax_revenue', v]),
    ]);
  });

  it('tells its change feed of every write: anyone else’s by notice, its own at once', async () => {
    const a = park('ceshi-gaoxinqu', '测试高新区');
    const feed = await t.catalogue.changes();
    expect(feed.live).toBe(true);
    expect(await t.catalogue.changes()).toBe(feed);
    // Reads change nothing.
    let seen = feed.version;
    await t.catalogue.parkHistory(a.id);
    await t.catalogue.listBriefings();
    await new Promise((r) => setTimeout(r, 200));
    expect(feed.version).toBe(seen);
    // A write that does not go through this object (another process, SQL by hand) arrives as a notice.
    await sql`insert into parks (id, name, short_name, level, registered)
      values ('by-hand', '手写园区', '手写园区', 'other', false)`.execute(t.catalogue.db);
    await until(() => feed.version > seen);
    // One through this object counts before it resolves (its own notice, arriving later, counts again).
    seen = feed.version;
    await t.catalogue.writeExtraction(
      extraction('2024-01-01-w', '2024-01-01', [a], [figure(a.id, 'gdp', 1)]),
    );
    expect(feed.version).toBeGreaterThan(seen);
  });

  it('writes CSV with a byte order mark, quoting what needs it', async () => {
    const a = park('ceshi-gaoxinqu', '测试高新区');
    await t.catalogue.writeExtraction(
      extraction('2024-01-01-c', '2024-01-01', [a], [figure(a.id, 'gdp', 1, { label: '产值,"含"税' })]),
    );
    const csv = historyToCsv(await t.catalogue.parkHistory(a.id), { bom: true });
    expect(csv.startsWith('\uFEFFpark_id,')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('"产值,""含""税"');
  });
});

describe('change feed on PostgreSQL', () => {
  it('stops being live when its connection is lost, and comes back with a new version', async () => {
    const t = await freshCatalogue('postgres');
    try {
      const feed = await t.catalogue.changes();
      const before = feed.version;
      await sql`select pg_terminate_backend(pid) from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and query ilike 'listen %'`.execute(
        t.catalogue.db,
      );
      await until(() => !feed.live);
      expect(feed.version).toBeGreaterThan(before);
      const down = feed.version;
      await until(() => feed.live);
      expect(feed.version).toBeGreaterThan(down);
    } finally {
      await t.dispose();
    }
  });
});

describe('embedded catalogue', () => {
  it('is migrated once, keeps its rows across opens, and refuses a second process', async () => {
    const t = await freshCatalogue('pglite');
    const a = park('ceshi-gaoxinqu', '测试高新区');
    await t.catalogue.writeExtraction(
      extraction('2024-01-01-p', '2024-01-01', [a], [figure(a.id, 'gdp', 1)]),
    );
    await expect(openCatalogue({ dataDir: t.dataDir })).rejects.toThrow(CatalogueOpenError);
    await t.catalogue.close();
    const again = await openCatalogue({ dataDir: t.dataDir });
    try {
      expect(await again.parkHistory(a.id)).toHaveLength(1);
      // Another process holding the lock is refused with a message that names the way out.
      const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
      try {
        await again.close();
        const { writeFile } = await import('node:fs/promises');
        await writeFile(`${t.dataDir}/catalogue.lock`, String(child.pid));
        await expect(openCatalogue({ dataDir: t.dataDir })).rejects.toThrow(/DATABASE_URL/);
      } finally {
        child.kill();
      }
    } finally {
      await again.close();
      await t.dispose();
    }
  });

  it('starts a new catalogue from the build’s template as from initdb: migrated, writable, the same tables', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(path.join(tmpdir(), 'parkbrief-template-test-'));
    const template = path.join(dir, 'template.tar.gz');
    try {
      expect((await makePgliteTemplate(template)).bytes).toBeGreaterThan(0);
      const tables = async (c: Catalogue) => {
        const { rows } = await sql<{ name: string }>`
          select table_name as name from information_schema.tables
          where table_schema = 'public' order by table_name`.execute(c.db);
        return rows.map((r) => r.name);
      };
      const a = park('moban-gaoxinqu', '模板高新区');
      const fromTemplate = await openCatalogue({ dataDir: path.join(dir, 'a'), pgliteTemplate: template });
      const fromInitdb = await openCatalogue({ dataDir: path.join(dir, 'b'), pgliteTemplate: null });
      try {
        expect(await tables(fromTemplate)).toEqual(await tables(fromInitdb));
        expect(await tables(fromTemplate)).toContain('indicators');
        await fromTemplate.writeExtraction(
          extraction('2024-02-01-t', '2024-02-01', [a], [figure(a.id, 'gdp', 2)]),
        );
        expect(await fromTemplate.parkHistory(a.id)).toHaveLength(1);
      } finally {
        await fromTemplate.close();
        await fromInitdb.close();
      }
      // Its rows stay: a second open finds the database and does not unpack the template over it.
      const again = await openCatalogue({ dataDir: path.join(dir, 'a'), pgliteTemplate: template });
      try {
        expect(await again.parkHistory(a.id)).toHaveLength(1);
      } finally {
        await again.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('names an unreachable PostgreSQL server', async () => {
    await expect(openCatalogue({ databaseUrl: 'postgres://postgres@127.0.0.1:1/none' })).rejects.toThrow(
      /cannot open the catalogue at postgres:\/\/postgres@127.0.0.1:1\/none/,
    );
  });
});
