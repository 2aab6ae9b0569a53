/**
 * `pnpm bench` of the catalogue: fills a PostgreSQL database of its own with 100,000 briefings and 2 million
 * indicators (server-side bulk inserts from generate_series), starts `parkbrief serve` on it as a separate
 * process, and measures over loopback:
 *   - GET /briefings, first page and a page 50,000 rows in (keyset cursor), p50/p99;
 *   - a park's history (GET /parks/:id/indicators?metric=…) and the query API's parkHistory, p50/p99;
 *   - the same, each request one the server has not answered before (so its response cache cannot help);
 *   - GET /healthz while 50 clients list briefings (bounded: a fixed time and request count), once asking the
 *     same two pages (answered from the cache) and once a new page each time (every answer from the database).
 * The database is dropped at the end, also on failure or Ctrl-C.
 *
 * For A/B runs on one fill (the fill takes minutes and its physical layout varies a little between fills):
 * `PARKBRIEF_BENCH_KEEP=1` keeps the database and prints its URL, `PARKBRIEF_BENCH_DATABASE_URL=…` measures on
 * a database kept so (no fill, not dropped), and `PARKBRIEF_BENCH_SERVER=…/main.js` starts that build of the
 * CLI as the server (another checkout's, for the "before" side). Drop a kept database by hand when done.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { METRIC_CODES } from '@parkbrief/domain';
import { createTestDatabase, freePort } from '@parkbrief/testkit';
import { sql } from 'kysely';
import { openCatalogue } from '../src/index.js';

const ISSUES = 10_000;
const PARKS_PER_ISSUE = 10; // 100,000 briefings
const FIGURES_PER_BRIEFING = 20; // 2,000,000 indicators
const PARKS = 300;
const CLIENTS = 50;
const LOAD_MS = 10_000;
const LOAD_MAX_REQUESTS = 20_000;

const metrics = METRIC_CODES.filter((m) => m !== 'other').slice(0, FIGURES_PER_BRIEFING);
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
function stats(samples: number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  return `p50 ${percentile(s, 50).toFixed(2)} ms, p99 ${percentile(s, 99).toFixed(2)} ms (n=${s.length})`;
}
async function timed(n: number, run: () => Promise<void>): Promise<number[]> {
  for (let i = 0; i < Math.min(20, n); i++) await run(); // warm-up
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await run();
    out.push(performance.now() - t);
  }
  return out;
}
const say = (line: string) => console.log(line);

/** Fills an empty catalogue database with the bench's rows. */
async function fill(url: string): Promise<void> {
  // One connection for the fill: its session settings (synchronous_commit, session_replication_role) hold.
  const filler = await openCatalogue({ databaseUrl: url, poolSize: 1 });
  const db = filler.db;
  const fillStart = performance.now();
  const step = async (what: string, run: () => Promise<unknown>) => {
    const t = performance.now();
    await run();
    say(`  ${what}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  await sql`set synchronous_commit = off`.execute(db);
  await step(`${PARKS} parks`, async () => {
    await sql`insert into parks (id, name, short_name, aliases, province, city, level, registered)
      select 'bench-park-' || p, '基准园区' || p, '基准园区' || p, '{}', null, null, 'other', false
      from generate_series(0, ${PARKS - 1}) p`.execute(db);
    await sql`insert into park_names (key, park_id)
      select '基准园区' || p, 'bench-park-' || p from generate_series(0, ${PARKS - 1}) p`.execute(db);
  });
  // Issues over ten years; each reports on ten parks.
  await step(`${ISSUES} issues`, async () => {
    await sql`create unlogged table bench_ip as
      select to_char(d, 'YYYY-MM-DD') || '-' || lpad(to_hex(i), 16, '0') as issue_id, d, i, k,
             'bench-park-' || ((i * 7 + k * 31) % ${PARKS}) as park_id
      from (select i, '2016-01-04'::date + (i % 3650) as d from generate_series(0, ${ISSUES - 1}) i) s
      cross join generate_series(0, ${PARKS_PER_ISSUE - 1}) k`.execute(db);
    await sql`insert into issues (id, publication, date, edition, page_count)
      select distinct issue_id, '基准周报', d, null, 4 from bench_ip`.execute(db);
    await sql`insert into issue_parks (issue_id, park_id, extracted_id)
      select issue_id, park_id, park_id from bench_ip`.execute(db);
  });
  await step(`${ISSUES * PARKS_PER_ISSUE} articles and briefings`, async () => {
    await sql`insert into articles (issue_id, id, page, headline, kicker, byline, kind, text, park_ids, companies, photo)
      select issue_id, 'a' || k, 1, '基准报道' || k, null, '{}', 'news', '基准正文', array[park_id], '{}', null
      from bench_ip`.execute(db);
    await sql`insert into briefings (issue_id, extracted_park_id, park_id, issue_date, pdf_path, bytes, pages,
        sha256, url, indicator_ids, article_ids, created_at)
      select issue_id, park_id, park_id, d, 'issues/' || issue_id || '/briefings/' || park_id || '.pdf',
        60000 + (i * 37 + k) % 40000, 2, md5(issue_id || park_id) || md5(park_id || issue_id), null,
        array(select 'i' || k || '-' || j from generate_series(0, ${FIGURES_PER_BRIEFING - 1}) j),
        array['a' || k], d + time '08:00'
      from bench_ip`.execute(db);
  });
  // Bulk load as PostgreSQL's docs advise: secondary indexes built once after the load (their definitions are
  // read back from the catalogue, so they are exactly the migration's), and the foreign-key triggers off for
  // this session while rows that satisfy them by construction go in.
  const secondary = await sql<{ indexname: string; indexdef: string }>`
    select indexname, indexdef from pg_indexes
    where schemaname = current_schema() and tablename = 'indicators' and indexname <> 'indicators_pkey'`.execute(
    db,
  );
  await step(`${ISSUES * PARKS_PER_ISSUE * FIGURES_PER_BRIEFING} indicators`, async () => {
    for (const ix of secondary.rows) await sql`drop index ${sql.ref(ix.indexname)}`.execute(db);
    await sql`set session_replication_role = replica`.execute(db);
    await sql`insert into indicators (issue_id, id, ord, article_id, issue_date, month, subject_kind, park_id,
        subject_name, metric, label, value_amount, value_text, value_unit, value_approx, base_amount, base_unit,
        change_kind, change_value, change_approx, change_basis, change_text, share_percent, share_of,
        comparison_against, comparison_kind, comparison_value, comparison_text, period_label, period_start,
        period_end, evidence_text, evidence_start, evidence_end, basis_subject, basis_period)
      select b.issue_id, 'i' || b.k || '-' || j, b.k * ${FIGURES_PER_BRIEFING} + j, 'a' || b.k, b.d,
        to_char(b.d, 'YYYY-MM'), case when j < 12 then 'park' else 'company' end, b.park_id,
        case when j < 12 then null else '企业' || j end, (${metrics}::text[])[j + 1], '指标' || j,
        v, v || '亿元', '亿元', null, v * 1e8, 'CNY', 'percent', ((b.i + j) % 200) / 10.0 - 5, null, 'yoy',
        '同比增长', null, null, null, null, null, null, '今年以来', to_char(b.d, 'YYYY') || '-01',
        to_char(b.d, 'YYYY-MM'), '证据文本', 0, 4, 'written', 'written'
      from bench_ip b cross join generate_series(0, ${FIGURES_PER_BRIEFING - 1}) j,
        lateral (select round(((b.i * 13 + j * 7) % 1000) / 10.0, 1)::float8 as v) x`.execute(db);
    await sql`set session_replication_role = origin`.execute(db);
  });
  await step(`${secondary.rows.length} indicator indexes`, async () => {
    await sql`set maintenance_work_mem = '256MB'`.execute(db);
    for (const ix of secondary.rows) await sql.raw(ix.indexdef).execute(db);
  });
  await step('analyze', async () => {
    await sql`drop table bench_ip`.execute(db);
    await sql`analyze`.execute(db);
  });
  const counts = await sql<{ b: number; i: number }>`
    select (select count(*)::int from briefings) as b, (select count(*)::int from indicators) as i`.execute(
    db,
  );
  say(
    `fill: ${counts.rows[0]!.b} briefings, ${counts.rows[0]!.i} indicators in ${((performance.now() - fillStart) / 1000).toFixed(1)} s`,
  );

  await filler.close();
}

async function main(): Promise<void> {
  const reuse = process.env.PARKBRIEF_BENCH_DATABASE_URL;
  const keep = reuse !== undefined || process.env.PARKBRIEF_BENCH_KEEP === '1';
  const database: { url: string; name: string; drop(): Promise<void> } =
    reuse === undefined
      ? await createTestDatabase('parkbrief_bench')
      : { url: reuse, name: new URL(reuse).pathname.slice(1), drop: () => Promise.resolve() };
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'parkbrief-bench-'));
  let server: ChildProcess | undefined;
  const cleanup = async () => {
    server?.kill('SIGTERM');
    if (keep) say(`database kept: ${database.url}`);
    else await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  };
  const onSignal = () => void cleanup().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  try {
    say(`catalogue bench on ${database.name} (PostgreSQL), ${os.cpus().length} cores`);
    if (reuse === undefined) await fill(database.url);

    // ---- the query API, in this process ----
    const catalogue = await openCatalogue({ databaseUrl: database.url, poolSize: 4 });
    const park = 'bench-park-42';
    const metric = metrics[0]!;
    say(`query API (in process):`);
    say(
      `  reference: SELECT 1 round trip:    ${stats(await timed(300, async () => void (await catalogue.ping())))}`,
    );
    say(
      `  listBriefings first page (50):      ${stats(await timed(300, async () => void (await catalogue.listBriefings({ limit: 50 }))))}`,
    );
    let cursor: string | null = null;
    const cursors: string[] = []; // pages 500 rows apart, for requests the server cannot have cached
    for (let i = 0; i < 100; i++) {
      cursor = (await catalogue.listBriefings({ limit: 500, ...(cursor ? { cursor } : {}) })).nextCursor;
      cursors.push(cursor!);
    }
    const deep = cursor!;
    say(
      `  listBriefings page at row 50,000:   ${stats(await timed(300, async () => void (await catalogue.listBriefings({ limit: 50, cursor: deep }))))}`,
    );
    if (process.env.PARKBRIEF_BENCH_EXPLAIN) {
      // The plans of the two queries that matter, for a look when a figure moves.
      const explain = async (label: string, compiled: { sql: string; parameters: readonly unknown[] }) => {
        const plan = await sql<{ 'QUERY PLAN': string }>`explain (analyze, buffers) ${sql.raw(
          compiled.sql.replace(/\$(\d+)/g, (_, n: string) => {
            const v = compiled.parameters[Number(n) - 1];
            return typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`;
          }),
        )}`.execute(catalogue.db);
        say(`  plan of ${label}:\n${plan.rows.map((r) => `    ${r['QUERY PLAN']}`).join('\n')}`);
      };
      await explain(
        'park history',
        catalogue.db
          .selectFrom('indicators')
          .selectAll('indicators')
          .where('indicators.park_id', '=', park)
          .where('indicators.subject_kind', '=', 'park')
          .where('indicators.metric', '=', metric)
          .orderBy('indicators.month', 'desc')
          .orderBy('indicators.issue_date', 'desc')
          .orderBy('indicators.issue_id', 'desc')
          .orderBy('indicators.ord', 'desc')
          .limit(10_000)
          .compile(),
      );
    }
    const history = await catalogue.parkHistory(park, { metric });
    say(
      `  parkHistory(${park}, ${metric}) [${history.length} figures]: ${stats(await timed(300, async () => void (await catalogue.parkHistory(park, { metric }))))}`,
    );
    const all = await catalogue.parkHistory(park);
    say(
      `  parkHistory(${park}) all metrics [${all.length} figures]: ${stats(await timed(50, async () => void (await catalogue.parkHistory(park))))}`,
    );
    await catalogue.close();

    // ---- the server, as its own process ----
    const port = await freePort();
    const dist = process.env.PARKBRIEF_BENCH_SERVER ?? path.join(repo, 'apps/cli/dist/main.js');
    const args = existsSync(dist)
      ? [dist, 'serve', '--port', String(port)]
      : [
          '--conditions=source',
          '--import',
          'tsx',
          path.join(repo, 'apps/cli/src/main.ts'),
          'serve',
          '--port',
          String(port),
        ];
    server = spawn(process.execPath, args, {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        PARKBRIEF_DATA_DIR: dataDir,
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/healthz`)).ok) break;
      } catch {
        if (i > 300) throw new Error('server did not start');
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const get = async (p: string) => {
      const res = await fetch(`${base}${p}`);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${p}: ${res.status}`);
    };
    say(`HTTP (parkbrief serve, ${existsSync(dist) ? 'dist' : 'source'}):`);
    say(`  GET /briefings?limit=50 (first):    ${stats(await timed(300, () => get('/briefings?limit=50')))}`);
    say(
      `  GET /briefings?limit=50&cursor=…50,000: ${stats(await timed(300, () => get(`/briefings?limit=50&cursor=${deep}`)))}`,
    );
    say(
      `  GET /briefings?park=…&limit=50:     ${stats(await timed(300, () => get(`/briefings?park=${park}&limit=50`)))}`,
    );
    say(
      `  GET /parks/${park}/indicators?metric=${metric}: ${stats(await timed(300, () => get(`/parks/${park}/indicators?metric=${metric}`)))}`,
    );
    say(
      `  GET /parks/${park}/indicators?format=csv (all): ${stats(await timed(30, () => get(`/parks/${park}/indicators?format=csv`)))}`,
    );
    // The rows above repeat one request, which `serve` answers from its response cache after the first time;
    // these ask something new every time (a page, a page size, a park and metric), so each is a cache miss.
    let miss = 0;
    say(
      `  GET /briefings?limit=…&cursor=… (each new, uncached): ${stats(await timed(300, () => get(`/briefings?limit=${50 - Math.floor(miss / 100)}&cursor=${cursors[miss++ % 100]!}`)))}`,
    );
    miss = 0;
    say(
      `  GET /parks/…/indicators?metric=… (each new, uncached): ${stats(await timed(300, () => get(`/parks/bench-park-${miss % PARKS}/indicators?metric=${metrics[Math.floor(miss++ / PARKS) + 1]!}`)))}`,
    );
    say(`  GET /healthz (idle):                ${stats(await timed(300, () => get('/healthz')))}`);

    // 50 clients list briefings (first page or a deep page) from a process of their own, for a bounded time and
    // request count, so their queueing is not in the /healthz timings taken here meanwhile.
    // mode 'same': the first page or the deep page, as a crowd refreshing a listing asks (cached after the first
    // answer); mode 'new': every request a page and page size not asked before (every answer a cache miss).
    const loadScript = `
      const [base, deep, clients, ms, max, mode, cursorList] = process.argv.slice(1);
      const cursors = JSON.parse(cursorList);
      const deadline = Date.now() + Number(ms);
      let served = 0, failed = 0, k = 0; const lat = [];
      const client = async (n) => {
        while (Date.now() < deadline && served + failed < Number(max)) {
          const t = performance.now();
          const i = k++;
          const path = mode === 'new'
            ? '/briefings?limit=' + (46 - Math.floor(i / cursors.length) % 40) + '&cursor=' + cursors[i % cursors.length]
            : n % 2 === 0 ? '/briefings?limit=50' : '/briefings?limit=50&cursor=' + deep;
          try {
            const res = await fetch(base + path);
            await res.arrayBuffer();
            if (res.status === 200) { served++; lat.push(performance.now() - t); } else failed++;
          } catch { failed++; }
        }
      };
      const t0 = performance.now();
      await Promise.all(Array.from({ length: Number(clients) }, (_, n) => client(n)));
      process.stdout.write(JSON.stringify({ served, failed, seconds: (performance.now() - t0) / 1000, lat }));
    `;
    const underLoad = async (mode: 'same' | 'new', what: string) => {
      const load = spawn(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          loadScript,
          base,
          deep,
          String(CLIENTS),
          String(LOAD_MS),
          String(LOAD_MAX_REQUESTS),
          mode,
          JSON.stringify(cursors),
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let loadOut = '';
      load.stdout.on('data', (d: Buffer) => (loadOut += d.toString()));
      const loadDone = new Promise<void>((resolve) => load.once('exit', () => resolve()));
      let loading = true;
      void loadDone.then(() => (loading = false));
      await new Promise((r) => setTimeout(r, 500)); // let the clients ramp up
      const health: number[] = [];
      while (loading) {
        const t = performance.now();
        await get('/healthz');
        health.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 20));
      }
      const result = JSON.parse(loadOut) as {
        served: number;
        failed: number;
        seconds: number;
        lat: number[];
      };
      say(
        `under ${CLIENTS} clients listing briefings (${what}) for ${result.seconds.toFixed(1)} s (another process):`,
      );
      say(
        `  listings: ${result.served} served (${(result.served / result.seconds).toFixed(0)} req/s), ${result.failed} failed; ${stats(result.lat)}`,
      );
      say(`  GET /healthz meanwhile:             ${stats(health)}`);
    };
    await underLoad('same', 'the first page or one deep page');
    await underLoad('new', 'a new page or page size each time: no cache hits');
    let rss = 'unknown';
    try {
      const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
      rss = status.match(/VmHWM:\s+(\d+) kB/)?.[1]
        ? `${Math.round(Number(status.match(/VmHWM:\s+(\d+) kB/)![1]) / 1024)} MB peak`
        : rss;
    } catch {
      // not Linux
    }
    say(`  server RSS: ${rss}`);
  } finally {
    process.off('SIGINT', onSignal);
    await cleanup();
  }
}

await main();
