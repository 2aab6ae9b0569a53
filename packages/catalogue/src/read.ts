/** Reading the catalogue: parks, a park's history, briefings page by page. */
import {
  IsoDateSchema,
  IsoMonthSchema,
  type Indicator,
  type IssueExtraction,
  type Park,
} from '@parkbrief/domain';
import { sql, type Kysely } from 'kysely';
import { parkNameKey, registeredParkFor, simplify } from './park-names.js';
import { rowToIndicator } from './rows.js';
import type { Database, IndicatorRow, ParkRow } from './schema.js';

/** A park with how much the catalogue holds on it. */
export interface ParkSummary {
  readonly park: Park;
  /** Issues that reported on it. */
  readonly issues: number;
  /** Figures whose subject is in the park (its own and its companies', industries', areas'). */
  readonly figures: number;
  /** Figures of the park itself. */
  readonly ownFigures: number;
  /** Date of its latest issue (`YYYY-MM-DD`), null when none. */
  readonly lastIssueDate: string | null;
}

/** A metric the catalogue has figures of for a park. */
export interface ParkMetric {
  readonly metric: Indicator['metric'];
  readonly figures: number;
  /** First and last month (`YYYY-MM`) of its figures. */
  readonly from: string;
  readonly to: string;
}

/** A park in detail: summary, the metrics it has figures for, the name keys that find it. */
export interface ParkDetail extends ParkSummary {
  readonly metrics: readonly ParkMetric[];
  readonly nameKeys: readonly string[];
}

/** The issue a catalogued figure or briefing came from. */
export interface IssueSummary {
  readonly id: string;
  readonly date: string;
  readonly publication: string;
  readonly edition: string | null;
}

/** One figure of a park's history. */
export interface HistoryEntry {
  readonly issue: IssueSummary;
  /** The catalogue's park id. */
  readonly parkId: string;
  /** The figure as extracted; `subject.parkId` is the catalogue's park id. */
  readonly indicator: Indicator;
}

/** Which figures of a park's history. */
export interface HistoryOptions {
  /** Only this metric (taxonomy code). */
  readonly metric?: Indicator['metric'] | undefined;
  /** From this month (`YYYY-MM`) on, by the figure's period end (else its issue's month). */
  readonly from?: string | undefined;
  /** Up to this month (`YYYY-MM`), inclusive. */
  readonly to?: string | undefined;
  /** `park` (default): the park's own figures; `all`: its companies', industries' and areas' too. */
  readonly subjects?: 'park' | 'all' | undefined;
  /** Only issues dated before this day (`YYYY-MM-DD`). */
  readonly before?: string | undefined;
  /** At most this many (the newest are kept); default 10,000. */
  readonly limit?: number | undefined;
}

/** A briefing as listed. */
export interface BriefingEntry {
  readonly issue: IssueSummary;
  readonly park: {
    /** The catalogue's park id (what `/parks/:parkId` takes). */
    readonly id: string;
    /** The park's id in its issue's extraction (what the PDF's path takes). */
    readonly extractedId: string;
    readonly name: string;
    readonly shortName: string;
    readonly province: string | null;
    readonly city: string | null;
  };
  readonly pdf: {
    readonly path: string;
    readonly bytes: number;
    readonly pages: number | null;
    readonly sha256: string;
    readonly url: string | null;
  };
  readonly indicators: number;
  readonly articles: number;
  readonly createdAt: string;
}

/** Which briefings, and which page of them. */
export interface BriefingQuery {
  /** Page size, 1–500 (default 50). */
  readonly limit?: number | undefined;
  /** The `nextCursor` of the previous page. */
  readonly cursor?: string | undefined;
  /** A catalogue park id. */
  readonly parkId?: string | undefined;
  /** Issues dated from (inclusive; `YYYY-MM` or `YYYY-MM-DD`). */
  readonly from?: string | undefined;
  /** Issues dated up to (inclusive; `YYYY-MM` or `YYYY-MM-DD`). */
  readonly to?: string | undefined;
}

/** One page of briefings. */
export interface BriefingPage {
  readonly briefings: readonly BriefingEntry[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  readonly nextCursor: string | null;
}

/** A query argument is malformed: the message names it. */
export class CatalogueQueryError extends Error {
  override readonly name = 'CatalogueQueryError';
}

export function toPark(row: ParkRow): Park {
  return {
    id: row.id,
    name: row.name,
    shortName: row.short_name,
    aliases: row.aliases,
    province: row.province,
    city: row.city,
    level: row.level,
    registered: row.registered,
  };
}

function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** A `from`/`to` bound as a day: a month opens at its first day (`from`) or closes at its last (`to`). */
export function dayBound(value: string, end: 'from' | 'to', name: string): string {
  if (IsoDateSchema.safeParse(value).success) return value;
  if (IsoMonthSchema.safeParse(value).success) return end === 'from' ? `${value}-01` : lastDayOfMonth(value);
  throw new CatalogueQueryError(`${name} must be YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`);
}

function monthBound(value: string, name: string): string {
  if (IsoMonthSchema.safeParse(value).success) return value;
  if (IsoDateSchema.safeParse(value).success) return value.slice(0, 7);
  throw new CatalogueQueryError(`${name} must be YYYY-MM, got ${JSON.stringify(value)}`);
}

/** Finds a park by its catalogue id or any name form (traditional, full, short, with 国家). */
export async function findPark(db: Kysely<Database>, nameOrId: string): Promise<Park | null> {
  const text = nameOrId.trim();
  if (text === '') return null;
  const byId = await db.selectFrom('parks').selectAll().where('id', '=', text).executeTakeFirst();
  if (byId) return toPark(byId);
  const key = parkNameKey(text);
  const registered = registeredParkFor(simplify(text));
  const row = await db
    .selectFrom('parks')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('id', 'in', eb.selectFrom('park_names').select('park_id').where('key', '=', key)),
        ...(registered ? [eb('id', '=', registered.id)] : []),
      ]),
    )
    .executeTakeFirst();
  return row ? toPark(row) : null;
}

const countsQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('parks')
    .selectAll('parks')
    .select((eb) => [
      eb
        .selectFrom('issue_parks')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('issue_parks.park_id', '=', 'parks.id')
        .as('issues'),
      eb
        .selectFrom('indicators')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('indicators.park_id', '=', 'parks.id')
        .as('figures'),
      eb
        .selectFrom('indicators')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('indicators.park_id', '=', 'parks.id')
        .where('indicators.subject_kind', '=', 'park')
        .as('own_figures'),
      eb
        .selectFrom('issue_parks')
        .innerJoin('issues', 'issues.id', 'issue_parks.issue_id')
        .select(sql<string>`max(issues.date)::text`.as('d'))
        .whereRef('issue_parks.park_id', '=', 'parks.id')
        .as('last_issue_date'),
    ]);

type CountsRow = ParkRow & {
  issues: number | null;
  figures: number | null;
  own_figures: number | null;
  last_issue_date: string | null;
};

function toSummary(row: CountsRow): ParkSummary {
  return {
    park: toPark(row),
    issues: row.issues ?? 0,
    figures: row.figures ?? 0,
    ownFigures: row.own_figures ?? 0,
    lastIssueDate: row.last_issue_date,
  };
}

/** Every park, with its issue and figure counts; most recently reported first, then by id. */
export async function listParks(db: Kysely<Database>): Promise<ParkSummary[]> {
  const rows = (await countsQuery(db).execute()) as CountsRow[];
  return rows
    .map(toSummary)
    .sort(
      (a, b) =>
        (b.lastIssueDate ?? '').localeCompare(a.lastIssueDate ?? '') || a.park.id.localeCompare(b.park.id),
    );
}

/** One park in detail, or null when the catalogue does not know the id. */
export async function getPark(db: Kysely<Database>, parkId: string): Promise<ParkDetail | null> {
  const row = (await countsQuery(db).where('parks.id', '=', parkId).executeTakeFirst()) as
    CountsRow | undefined;
  if (!row) return null;
  const metrics = await db
    .selectFrom('indicators')
    .select([
      'metric',
      sql<number>`count(*)::int`.as('figures'),
      sql<string>`min(month)`.as('from'),
      sql<string>`max(month)`.as('to'),
    ])
    .where('park_id', '=', parkId)
    .where('subject_kind', '=', 'park')
    .groupBy('metric')
    .orderBy('metric')
    .execute();
  const keys = await db
    .selectFrom('park_names')
    .select('key')
    .where('park_id', '=', parkId)
    .orderBy('key')
    .execute();
  return { ...toSummary(row), metrics, nameKeys: keys.map((k) => k.key) };
}

/**
 * A park's figures over time: oldest first (by the figure's month, then issue date, then order in the issue).
 * Throws `CatalogueQueryError` on a malformed month.
 */
export async function parkHistory(
  db: Kysely<Database>,
  parkId: string,
  options: HistoryOptions = {},
): Promise<HistoryEntry[]> {
  let q = db.selectFrom('indicators').selectAll('indicators').where('indicators.park_id', '=', parkId);
  if ((options.subjects ?? 'park') === 'park') q = q.where('indicators.subject_kind', '=', 'park');
  if (options.metric !== undefined) q = q.where('indicators.metric', '=', options.metric);
  if (options.from !== undefined) q = q.where('indicators.month', '>=', monthBound(options.from, 'from'));
  if (options.to !== undefined) q = q.where('indicators.month', '<=', monthBound(options.to, 'to'));
  if (options.before !== undefined)
    q = q.where('indicators.issue_date', '<', dayBound(options.before, 'from', 'before'));
  const limit = Math.max(1, Math.min(options.limit ?? 10_000, 100_000));
  const rows = await q
    .orderBy('indicators.month', 'desc')
    .orderBy('indicators.issue_date', 'desc')
    .orderBy('indicators.issue_id', 'desc')
    .orderBy('indicators.ord', 'desc')
    .limit(limit)
    .execute();
  return withIssues(db, rows.reverse(), parkId);
}

/** History entries of figure rows (in their order), their issues read in a second query. */
async function withIssues(
  db: Kysely<Database>,
  rows: readonly IndicatorRow[],
  parkId: string,
): Promise<HistoryEntry[]> {
  // The issues in a second query by primary key: joined, the planner hashes the whole issues table for a few
  // hundred figures (seen in the bench's plan: 8 of 17 ms). One array parameter, not one per id: `in ($1 …
  // $334)` cost more to send and plan than the lookups themselves (p50 6.2 against 3.8 ms in the bench).
  const issueIds = [...new Set(rows.map((r) => r.issue_id))];
  const issues =
    issueIds.length === 0
      ? []
      : await db
          .selectFrom('issues')
          .select(['id', 'publication', 'edition'])
          .where('id', '=', sql<string>`any(${issueIds}::text[])`)
          .execute();
  const byId = new Map(issues.map((i) => [i.id, i]));
  return rows.map((row) => ({
    issue: {
      id: row.issue_id,
      date: row.issue_date,
      publication: byId.get(row.issue_id)?.publication ?? '',
      edition: byId.get(row.issue_id)?.edition ?? null,
    },
    parkId,
    indicator: rowToIndicator(row),
  }));
}

/**
 * For a briefing: the park's own figures in issues dated before this one, of the metrics this issue has figures
 * of, oldest first. Empty when the park or its history is unknown.
 */
export async function earlierFigures(
  db: Kysely<Database>,
  extraction: IssueExtraction,
  extractedParkId: string,
  perMetric = 6,
): Promise<HistoryEntry[]> {
  const link = await db
    .selectFrom('issue_parks')
    .select('park_id')
    .where('issue_id', '=', extraction.issue.id)
    .where('extracted_id', '=', extractedParkId)
    .executeTakeFirst();
  const parkId = link?.park_id ?? (await findPark(db, extractedParkId))?.id;
  if (parkId === undefined) return [];
  const metrics = [
    ...new Set(
      extraction.indicators
        .filter((i) => i.subject.parkId === extractedParkId && i.subject.kind === 'park')
        .map((i) => i.metric),
    ),
  ];
  if (metrics.length === 0) return [];
  // One query for every metric, each the newest `perMetric` along the history index (a lateral subquery a
  // metric), oldest first within a metric: what one `parkHistory` a metric gave, without a round trip each (the
  // sample's parks have 5-10 metrics, and every query in PGlite costs a few milliseconds).
  const { rows } = await sql<IndicatorRow>`
    select h.* from unnest(${metrics}::text[]) with ordinality as m(metric, pos)
    cross join lateral (
      select i.* from indicators i
      where i.park_id = ${parkId} and i.subject_kind = 'park' and i.metric = m.metric
        and i.issue_date < ${dayBound(extraction.issue.date, 'from', 'the issue date')}::date
      order by i.month desc, i.issue_date desc, i.issue_id desc, i.ord desc
      limit ${perMetric}
    ) h
    order by m.pos, h.month, h.issue_date, h.issue_id, h.ord`.execute(db);
  return withIssues(db, rows, parkId);
}

interface CursorKey {
  readonly date: string;
  readonly issueId: string;
  readonly parkId: string;
}

function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.date, key.issueId, key.parkId])).toString('base64url');
}

function decodeCursor(cursor: string): CursorKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 3 &&
      value.every((v) => typeof v === 'string') &&
      IsoDateSchema.safeParse(value[0]).success
    )
      return { date: value[0] as string, issueId: value[1] as string, parkId: value[2] as string };
  } catch {
    // fall through
  }
  throw new CatalogueQueryError('cursor is malformed (pass back the nextCursor of a previous page)');
}

const briefingColumns = [
  'briefings.issue_id',
  'briefings.extracted_park_id',
  'briefings.park_id',
  'briefings.issue_date',
  'briefings.pdf_path',
  'briefings.bytes',
  'briefings.pages',
  'briefings.sha256',
  'briefings.url',
  'briefings.created_at',
  'issues.publication',
  'issues.edition',
  'parks.name',
  'parks.short_name',
  'parks.province',
  'parks.city',
] as const;

function briefingsBase(db: Kysely<Database>) {
  return db
    .selectFrom('briefings')
    .innerJoin('issues', 'issues.id', 'briefings.issue_id')
    .innerJoin('parks', 'parks.id', 'briefings.park_id')
    .select(briefingColumns)
    .select([
      sql<number>`cardinality(briefings.indicator_ids)`.as('indicators'),
      sql<number>`cardinality(briefings.article_ids)`.as('articles'),
    ]);
}

type BriefingSelect = Awaited<ReturnType<ReturnType<typeof briefingsBase>['execute']>>[number];

function toBriefingEntry(r: BriefingSelect): BriefingEntry {
  return {
    issue: { id: r.issue_id, date: r.issue_date, publication: r.publication, edition: r.edition },
    park: {
      id: r.park_id,
      extractedId: r.extracted_park_id,
      name: r.name,
      shortName: r.short_name,
      province: r.province,
      city: r.city,
    },
    pdf: { path: r.pdf_path, bytes: r.bytes, pages: r.pages, sha256: r.sha256, url: r.url },
    indicators: r.indicators,
    articles: r.articles,
    createdAt: r.created_at.toISOString(),
  };
}

/**
 * Briefings, newest issue first (then issue id, then park), one page at a time by a keyset cursor, so a later
 * page costs what the first does. Throws `CatalogueQueryError` on a malformed limit, cursor or date.
 */
export async function listBriefings(db: Kysely<Database>, query: BriefingQuery = {}): Promise<BriefingPage> {
  const limit = query.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > 500)
    throw new CatalogueQueryError(`limit must be a whole number from 1 to 500, got ${limit}`);
  let q = briefingsBase(db);
  if (query.parkId !== undefined) q = q.where('briefings.park_id', '=', query.parkId);
  if (query.from !== undefined)
    q = q.where('briefings.issue_date', '>=', dayBound(query.from, 'from', 'from'));
  if (query.to !== undefined) q = q.where('briefings.issue_date', '<=', dayBound(query.to, 'to', 'to'));
  if (query.cursor !== undefined) {
    const c = decodeCursor(query.cursor);
    // `issue_date <= d` bounds the index scan (newest first); the OR only filters rows of that one day.
    q = q
      .where('briefings.issue_date', '<=', c.date)
      .where((eb) =>
        eb.or([
          eb('briefings.issue_date', '<', c.date),
          eb.and([
            eb('briefings.issue_date', '=', c.date),
            eb(
              eb.refTuple('briefings.issue_id', 'briefings.extracted_park_id'),
              '>',
              eb.tuple(c.issueId, c.parkId),
            ),
          ]),
        ]),
      );
  }
  const rows = await q
    .orderBy('briefings.issue_date', 'desc')
    .orderBy('briefings.issue_id', 'asc')
    .orderBy('briefings.extracted_park_id', 'asc')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit).map(toBriefingEntry);
  const last = page.at(-1);
  return {
    briefings: page,
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({ date: last.issue.date, issueId: last.issue.id, parkId: last.park.extractedId })
        : null,
  };
}

/** One issue and its briefings (by park id in the extraction), or null when the issue is not catalogued. */
export async function issueBriefings(
  db: Kysely<Database>,
  issueId: string,
): Promise<{ issue: IssueSummary; briefings: BriefingEntry[] } | null> {
  const issue = await db
    .selectFrom('issues')
    .select(['id', 'date', 'publication', 'edition'])
    .where('id', '=', issueId)
    .executeTakeFirst();
  if (!issue) return null;
  const rows = await briefingsBase(db)
    .where('briefings.issue_id', '=', issueId)
    .orderBy('briefings.extracted_park_id')
    .execute();
  return { issue, briefings: rows.map(toBriefingEntry) };
}

/** One briefing, by issue and the park's id in the extraction; null when not catalogued. */
export async function getBriefing(
  db: Kysely<Database>,
  issueId: string,
  extractedParkId: string,
): Promise<BriefingEntry | null> {
  const row = await briefingsBase(db)
    .where('briefings.issue_id', '=', issueId)
    .where('briefings.extracted_park_id', '=', extractedParkId)
    .executeTakeFirst();
  return row ? toBriefingEntry(row) : null;
}
