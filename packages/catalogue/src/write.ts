/** Writing the catalogue: an issue's rows in one transaction, and a briefing's row as its PDF is written. */
import {
  parkFromRegistry,
  slugifyParkName,
  type Briefing,
  type IssueExtraction,
  type Park,
} from '@parkbrief/domain';
import { sql, type Kysely, type Transaction } from 'kysely';
import { parkKeys, parkNameKey, registeredParkFor } from './park-names.js';
import { indicatorToRow } from './rows.js';
import type { Database } from './schema.js';

/** The catalogue park id of each park of an extraction, by the id the extraction gave it. */
export type ParkIdMap = ReadonlyMap<string, string>;

/** An issue's rows cannot be written as asked (a briefing of an issue that was never catalogued). */
export class CatalogueWriteError extends Error {
  override readonly name = 'CatalogueWriteError';
}

// Parameters per statement stay far below PostgreSQL's 65,535.
const CHUNK = 400;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The catalogue's id for a park of an extraction: the registry's id when any of its name forms (traditional
 * included) is registered, else the park already known by one of its name keys, else a new one.
 */
async function resolvePark(trx: Transaction<Database>, park: Park): Promise<string> {
  const entry = park.registered
    ? undefined
    : [park.shortName, park.name, ...park.aliases].map(registeredParkFor).find((e) => e !== undefined);
  const canonical: Park = entry ? parkFromRegistry(entry) : park;
  const keys = [...new Set([...parkKeys(park), ...parkKeys(canonical)])];

  let id: string | undefined;
  if (park.registered || entry) {
    id = canonical.id;
  } else {
    const known = await trx
      .selectFrom('park_names')
      .select('park_id')
      .where('key', 'in', keys)
      .orderBy('key')
      .executeTakeFirst();
    id = known?.park_id;
  }
  if (id === undefined) {
    // A new discovered park keeps its extraction's id (so URLs of its briefings and its catalogue id agree); a
    // different park whose name sounds the same (same pinyin, same slug) gets a suffix.
    const base = park.id || slugifyParkName(parkNameKey(park.shortName));
    for (let n = 1; id === undefined; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`;
      const taken = await trx
        .selectFrom('park_names')
        .select('key')
        .where('park_id', '=', candidate)
        .execute();
      if (taken.length === 0 || taken.some((t) => keys.includes(t.key))) id = candidate;
    }
  }
  await trx
    .insertInto('parks')
    .values({
      id,
      name: canonical.name,
      short_name: canonical.shortName,
      aliases: canonical.aliases,
      province: canonical.province,
      city: canonical.city,
      level: canonical.level,
      registered: canonical.registered,
    })
    .onConflict((oc) =>
      // A registry row is the authority on its park's names; a discovered park keeps what it was first seen as.
      canonical.registered
        ? oc.column('id').doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            short_name: eb.ref('excluded.short_name'),
            aliases: eb.ref('excluded.aliases'),
            province: eb.ref('excluded.province'),
            city: eb.ref('excluded.city'),
            level: eb.ref('excluded.level'),
            registered: eb.ref('excluded.registered'),
          }))
        : oc.column('id').doNothing(),
    )
    .execute();
  await trx
    .insertInto('park_names')
    .values(keys.map((key) => ({ key, park_id: id })))
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return id;
}

/**
 * Writes an issue's extraction: the issue, its parks (one id per park across issues), articles and indicators,
 * in one transaction. Writing the same issue again replaces its rows; its briefings stay, but those of parks
 * the new extraction no longer has are removed.
 */
export async function writeExtraction(db: Kysely<Database>, extraction: IssueExtraction): Promise<ParkIdMap> {
  const { issue } = extraction;
  return db.transaction().execute(async (trx) => {
    // One writer per issue at a time (two workers re-processing the same issue would interleave deletes).
    await sql`select pg_advisory_xact_lock(hashtext(${`parkbrief-issue:${issue.id}`}))`.execute(trx);
    const parkIds = new Map<string, string>();
    for (const park of extraction.parks) parkIds.set(park.id, await resolvePark(trx, park));
    // A figure's or article's park the extraction does not list keeps its id only when the catalogue knows it.
    const known = async (id: string): Promise<string | null> => {
      const mapped = parkIds.get(id);
      if (mapped !== undefined) return mapped;
      const row = await trx.selectFrom('parks').select('id').where('id', '=', id).executeTakeFirst();
      const value = row?.id ?? null;
      if (value !== null) parkIds.set(id, value);
      return value;
    };

    await trx
      .insertInto('issues')
      .values({
        id: issue.id,
        publication: issue.publication,
        date: issue.date,
        edition: issue.edition ?? null,
        page_count: issue.pageCount,
      })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          publication: eb.ref('excluded.publication'),
          date: eb.ref('excluded.date'),
          edition: eb.ref('excluded.edition'),
          page_count: eb.ref('excluded.page_count'),
          extracted_at: sql<Date>`now()`,
        })),
      )
      .execute();
    await trx.deleteFrom('articles').where('issue_id', '=', issue.id).execute();
    await trx.deleteFrom('issue_parks').where('issue_id', '=', issue.id).execute();

    const issueParks = [...new Map(extraction.parks.map((p) => [parkIds.get(p.id)!, p.id]))];
    if (issueParks.length > 0)
      await trx
        .insertInto('issue_parks')
        .values(
          issueParks.map(([parkId, extractedId]) => ({
            issue_id: issue.id,
            park_id: parkId,
            extracted_id: extractedId,
          })),
        )
        .execute();

    const articleRows = [];
    for (const a of extraction.articles) {
      const ids = [];
      for (const id of a.parkIds) {
        const mapped = await known(id);
        if (mapped !== null) ids.push(mapped);
      }
      articleRows.push({
        issue_id: issue.id,
        id: a.id,
        page: a.page,
        headline: a.headline,
        kicker: a.kicker,
        byline: a.byline,
        kind: a.kind,
        text: a.text,
        park_ids: [...new Set(ids)],
        companies: a.companies,
        photo: a.photo === null ? null : JSON.stringify(a.photo),
      });
    }
    for (const part of chunks(articleRows)) await trx.insertInto('articles').values(part).execute();

    const indicatorRows = [];
    for (const [ord, indicator] of extraction.indicators.entries()) {
      const parkId = indicator.subject.parkId === null ? null : await known(indicator.subject.parkId);
      indicatorRows.push(indicatorToRow(extraction, indicator, ord, parkId));
    }
    for (const part of chunks(indicatorRows, Math.floor(60_000 / 40)))
      await trx.insertInto('indicators').values(part).execute();

    const extractedIds = extraction.parks.map((p) => p.id);
    let stale = trx.deleteFrom('briefings').where('issue_id', '=', issue.id);
    if (extractedIds.length > 0) stale = stale.where('extracted_park_id', 'not in', extractedIds);
    await stale.execute();
    return parkIds;
  });
}

/** What a briefing row adds to the `Briefing` record. */
export interface BriefingFile {
  /** SHA-256 of the PDF, hex. */
  readonly sha256: string;
}

/** Adds (or replaces) the row of a written briefing. The issue's extraction must be catalogued first. */
export async function addBriefing(
  db: Kysely<Database>,
  briefing: Briefing,
  file: BriefingFile,
): Promise<void> {
  const link = await db
    .selectFrom('issue_parks')
    .innerJoin('issues', 'issues.id', 'issue_parks.issue_id')
    .select(['issue_parks.park_id', 'issues.date'])
    .where('issue_parks.issue_id', '=', briefing.issue.id)
    .where('issue_parks.extracted_id', '=', briefing.park.id)
    .executeTakeFirst();
  if (!link)
    throw new CatalogueWriteError(
      `park ${briefing.park.id} of issue ${briefing.issue.id} is not in the catalogue: write the extraction first`,
    );
  const row = {
    issue_id: briefing.issue.id,
    extracted_park_id: briefing.park.id,
    park_id: link.park_id,
    issue_date: link.date,
    pdf_path: briefing.pdf.path,
    bytes: briefing.pdf.bytes,
    pages: briefing.pdf.pages,
    sha256: file.sha256,
    url: briefing.pdf.url,
    indicator_ids: briefing.indicatorIds,
    article_ids: briefing.articleIds,
    created_at: briefing.createdAt,
  };
  await db
    .insertInto('briefings')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['issue_id', 'extracted_park_id']).doUpdateSet((eb) => ({
        park_id: eb.ref('excluded.park_id'),
        issue_date: eb.ref('excluded.issue_date'),
        pdf_path: eb.ref('excluded.pdf_path'),
        bytes: eb.ref('excluded.bytes'),
        pages: eb.ref('excluded.pages'),
        sha256: eb.ref('excluded.sha256'),
        url: eb.ref('excluded.url'),
        indicator_ids: eb.ref('excluded.indicator_ids'),
        article_ids: eb.ref('excluded.article_ids'),
        created_at: eb.ref('excluded.created_at'),
      })),
    )
    .execute();
}
