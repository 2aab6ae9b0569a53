/** The catalogue routes of the download server, over real HTTP, on PGlite and on PostgreSQL. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResponseCache, startServer, silentLogger, type RunningServer } from '../src/server/index.js';
import { BACKENDS, asIssue, briefingOf, freshCatalogue } from './catalogue-helpers.js';
import { FIXTURE_EMPTY_PARK_ID, FIXTURE_PARK_ID, fixtureExtraction } from './pdf-fixture.js';

const TOKEN = 'catalogue-token-0123';

describe.each(BACKENDS)('catalogue routes on %s', { timeout: 30_000 }, (backend) => {
  let t: Awaited<ReturnType<typeof freshCatalogue>>;
  let server: RunningServer;
  let open: RunningServer;
  let cache: ResponseCache;
  const base = fixtureExtraction();
  const issues = [
    asIssue(base, '2024-06-24-aaaaaaaaaaaaaaaa', '2024-06-24'),
    asIssue(base, '2024-07-22-bbbbbbbbbbbbbbbb', '2024-07-22'),
    asIssue(base, '2024-08-19-cccccccccccccccc', '2024-08-19'),
  ];

  beforeAll(async () => {
    t = await freshCatalogue(backend);
    for (const x of issues) {
      await t.catalogue.writeExtraction(x);
      for (const p of x.parks) await t.catalogue.addBriefing(briefingOf(x, p.id), { sha256: '0'.repeat(64) });
    }
    const options = { dataDir: t.dataDir, catalogue: t.catalogue, logger: silentLogger, port: 0 };
    // The token server caches as `parkbrief serve` does; the open one reads the catalogue every time.
    cache = new ResponseCache(await t.catalogue.changes(), 1024 * 1024);
    server = await startServer({
      ...options,
      token: TOKEN,
      publicUrl: 'https://briefs.example',
      responseCache: cache,
    });
    open = await startServer(options);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await open?.close();
    await t?.dispose();
  }, 60_000);

  const get = (path: string, s = server) =>
    fetch(`${s.url}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });

  it('lists parks with their issue and figure counts', async () => {
    const res = await get('/parks');
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      count: number;
      parks: Array<{ park: { id: string }; issues: number; ownFigures: number }>;
    };
    const own = base.indicators.filter(
      (i) => i.subject.kind === 'park' && i.subject.parkId === FIXTURE_PARK_ID,
    );
    const xuzhou = body.parks.find((p) => p.park.id === FIXTURE_PARK_ID)!;
    expect(xuzhou.issues).toBe(3);
    expect(xuzhou.ownFigures).toBe(own.length * 3);
    expect(body.parks.map((p) => p.park.id)).toContain(FIXTURE_EMPTY_PARK_ID);
  });

  it('finds a park by id or by name, and 404s an unknown one', async () => {
    const byId = (await (await get(`/parks/${FIXTURE_PARK_ID}`)).json()) as {
      park: { id: string };
      metrics: unknown[];
    };
    expect(byId.park.id).toBe(FIXTURE_PARK_ID);
    expect(byId.metrics.length).toBeGreaterThan(0);
    const byName = (await (await get(`/parks/${encodeURIComponent('徐州高新區')}`)).json()) as {
      park: { id: string };
    };
    expect(byName.park.id).toBe(FIXTURE_PARK_ID);
    expect((await get('/parks/nowhere-park')).status).toBe(404);
  });

  it('gives a park’s indicators as JSON and as CSV with a byte order mark', async () => {
    const json = (await (
      await get(`/parks/${FIXTURE_PARK_ID}/indicators?from=2024-01&to=2024-12`)
    ).json()) as {
      count: number;
      indicators: Array<{ issue: { date: string } }>;
    };
    expect(new Set(json.indicators.map((i) => i.issue.date))).toEqual(
      new Set(issues.map((x) => x.issue.date)),
    );
    const res = await get(`/parks/${FIXTURE_PARK_ID}/indicators?format=csv`);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n');
    expect(lines).toHaveLength(json.count + 1);
    expect((await get(`/parks/${FIXTURE_PARK_ID}/indicators?metric=nonsense`)).status).toBe(400);
    expect((await get(`/parks/${FIXTURE_PARK_ID}/indicators?format=xml`)).status).toBe(400);
  });

  it('pages briefings newest first and filters them by park and date', async () => {
    const first = (await (await get('/briefings?limit=2')).json()) as {
      count: number;
      nextCursor: string | null;
      briefings: Array<{ issue: { date: string }; park: { id: string }; url: string }>;
    };
    expect(first.count).toBe(2);
    expect(first.briefings.every((b) => b.issue.date === '2024-08-19')).toBe(true);
    expect(first.briefings[0]!.url).toMatch(/^https:\/\/briefs\.example\/briefings\/2024-08-19-/);
    const all = [...first.briefings];
    let cursor = first.nextCursor;
    while (cursor !== null) {
      const page = (await (await get(`/briefings?limit=2&cursor=${cursor}`)).json()) as typeof first;
      all.push(...page.briefings);
      cursor = page.nextCursor;
    }
    expect(all).toHaveLength(issues.length * base.parks.length);
    const filtered = (await (
      await get(`/briefings?park=${encodeURIComponent('徐州高新区')}&from=2024-07&to=2024-07`)
    ).json()) as typeof first;
    expect(filtered.briefings.map((b) => `${b.issue.date} ${b.park.id}`)).toEqual([
      `2024-07-22 ${FIXTURE_PARK_ID}`,
    ]);
    expect((await get('/briefings?limit=501')).status).toBe(400);
    expect((await get('/briefings?from=July')).status).toBe(400);
    expect((await get('/briefings?park=nowhere')).status).toBe(404);
  });

  it('lists one issue’s briefings and 404s an unknown issue', async () => {
    const body = (await (await get(`/briefings/${issues[1]!.issue.id}`)).json()) as { count: number };
    expect(body.count).toBe(base.parks.length);
    expect((await get('/briefings/2020-01-01-0000000000000000')).status).toBe(404);
  });

  it('asks for the token on the catalogue routes, not on /healthz', async () => {
    expect((await fetch(`${server.url}/parks`)).status).toBe(401);
    expect((await fetch(`${server.url}/briefings?limit=1`)).status).toBe(401);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await get('/parks', open)).status).toBe(200);
    expect((await fetch(`${open.url}/parks`, { method: 'POST' })).status).toBe(405);
  });

  // Last: it writes a fourth issue.
  it('answers again from its cache until the catalogue changes, by this process or another', async () => {
    const dates = async (s = server) =>
      (
        (await (await get('/briefings?limit=50', s)).json()) as {
          briefings: Array<{ issue: { date: string } }>;
        }
      ).briefings[0]!.issue.date;
    const history = async () => (await (await get(`/parks/${FIXTURE_PARK_ID}/indicators`)).text()).length;
    expect(await dates()).toBe('2024-08-19');
    const before = await history();
    expect(cache.size).toBeGreaterThanOrEqual(2);
    const again = await get('/briefings?limit=50');
    expect(again.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(
      (
        await fetch(`${server.url}/briefings?limit=50`, {
          method: 'HEAD',
          headers: { authorization: `Bearer ${TOKEN}` },
        })
      ).headers.get('content-length'),
    ).toBe(again.headers.get('content-length'));
    // Errors are not kept.
    expect((await get('/briefings?limit=501')).status).toBe(400);

    // A write through the same catalogue object is seen by the very next request.
    const x = asIssue(base, '2024-09-16-dddddddddddddddd', '2024-09-16');
    await t.catalogue.writeExtraction(x);
    for (const p of x.parks) await t.catalogue.addBriefing(briefingOf(x, p.id), { sha256: '0'.repeat(64) });
    expect(await dates()).toBe('2024-09-16');
    expect(await history()).toBeGreaterThan(before);

    // A write by anyone else (here an update through the query builder, not the catalogue's writers) arrives as a notice, within moments.
    const db = t.catalogue.db;
    await db.updateTable('issues').set({ date: '2024-09-30' }).where('id', '=', x.issue.id).execute();
    await db
      .updateTable('briefings')
      .set({ issue_date: '2024-09-30' })
      .where('issue_id', '=', x.issue.id)
      .execute();
    for (let waited = 0; (await dates()) !== '2024-09-30'; waited += 50) {
      expect(waited).toBeLessThan(10_000);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await dates(open)).toBe('2024-09-30');
  });
});
