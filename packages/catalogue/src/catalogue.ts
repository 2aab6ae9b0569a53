/** The catalogue as one object: open it, write issues and briefings, read parks, histories and briefings. */
import type { Briefing, IssueExtraction, Park } from '@parkbrief/domain';
import type { Kysely } from 'kysely';
import { openDatabase, type CatalogueOptions } from './open.js';
import {
  earlierFigures,
  findPark,
  getBriefing,
  getPark,
  issueBriefings,
  listBriefings,
  listParks,
  parkHistory,
  type BriefingEntry,
  type BriefingPage,
  type BriefingQuery,
  type HistoryEntry,
  type HistoryOptions,
  type IssueSummary,
  type ParkDetail,
  type ParkSummary,
} from './read.js';
import type { Database } from './schema.js';
import { addBriefing, writeExtraction, type BriefingFile, type ParkIdMap } from './write.js';

/**
 * Whether the catalogue's rows may have changed since something was read from it: what a cache of reads needs.
 * Read `version` before a read; what the read returned is current for as long as `version` stays the same.
 */
export interface ChangeFeed {
  /**
   * Goes up on every write that could change a read: at once for writes through this `Catalogue`, within
   * milliseconds (a PostgreSQL notice) for writes by other processes, and whenever notices may have been missed.
   */
  readonly version: number;
  /** False while writes by other processes could go unseen (the notice connection is down): cache nothing. */
  readonly live: boolean;
}

/** The channel the catalogue's triggers notify on (migration 0002). */
export const CHANGE_CHANNEL = 'parkbrief_catalogue';

/** An open catalogue. Close it when done (PGlite holds its directory until then). */
export interface Catalogue {
  /** `postgres` or `pglite`. */
  readonly kind: 'postgres' | 'pglite';
  /** Where it is: the URL without its password, or the PGlite directory. */
  readonly location: string;
  /** The kysely instance, for queries the API below does not have. */
  readonly db: Kysely<Database>;
  /** Writes an issue's rows in one transaction, replacing any earlier ones; returns the park id mapping. */
  writeExtraction(extraction: IssueExtraction): Promise<ParkIdMap>;
  /** Adds (or replaces) a briefing's row once its PDF is written. */
  addBriefing(briefing: Briefing, file: BriefingFile): Promise<void>;
  /** A park by catalogue id or any name form; null when unknown. */
  findPark(nameOrId: string): Promise<Park | null>;
  listParks(): Promise<ParkSummary[]>;
  getPark(parkId: string): Promise<ParkDetail | null>;
  parkHistory(parkId: string, options?: HistoryOptions): Promise<HistoryEntry[]>;
  /** The park's own figures in earlier issues, of the metrics this extraction has (for the briefing). */
  earlierFigures(extraction: IssueExtraction, extractedParkId: string): Promise<HistoryEntry[]>;
  listBriefings(query?: BriefingQuery): Promise<BriefingPage>;
  issueBriefings(issueId: string): Promise<{ issue: IssueSummary; briefings: BriefingEntry[] } | null>;
  getBriefing(issueId: string, extractedParkId: string): Promise<BriefingEntry | null>;
  /**
   * Starts following writes to the catalogue (by any process) and returns the feed; the same feed on every
   * call. It stops when the catalogue is closed. Only long-lived readers that cache need it.
   */
  changes(): Promise<ChangeFeed>;
  /** Answers a trivial query: for health checks. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Opens the catalogue: PostgreSQL at `databaseUrl` when given, else PGlite in `<dataDir>/catalogue`; runs the
 * migrations first. Rejects with `CatalogueOpenError` saying why (unreachable server, PGlite in use by another
 * process, failed migration).
 */
export async function openCatalogue(options: CatalogueOptions): Promise<Catalogue> {
  const opened = await openDatabase(options);
  const { db, kind, location } = opened;
  let closed: Promise<void> | undefined;
  const feed = { version: 0, live: false };
  let following: Promise<() => Promise<void>> | undefined;
  // A write through this object is seen at once, without waiting for its notice to come back.
  const wrote = async <T>(write: Promise<T>): Promise<T> => {
    try {
      return await write;
    } finally {
      feed.version++;
    }
  };
  return {
    kind,
    location,
    db,
    writeExtraction: (extraction) => wrote(writeExtraction(db, extraction)),
    addBriefing: (briefing, file) => wrote(addBriefing(db, briefing, file)),
    findPark: (nameOrId) => findPark(db, nameOrId),
    listParks: () => listParks(db),
    getPark: (parkId) => getPark(db, parkId),
    parkHistory: (parkId, o) => parkHistory(db, parkId, o),
    earlierFigures: (extraction, parkId) => earlierFigures(db, extraction, parkId),
    listBriefings: (query) => listBriefings(db, query),
    issueBriefings: (issueId) => issueBriefings(db, issueId),
    getBriefing: (issueId, parkId) => getBriefing(db, issueId, parkId),
    ping: async () => {
      try {
        await db.selectNoFrom((eb) => eb.val(1).as('one')).execute();
        return true;
      } catch {
        return false;
      }
    },
    changes: async () => {
      following ??= opened.listen(
        CHANGE_CHANNEL,
        () => void feed.version++,
        (live) => {
          // Going down or coming back, writes may have been missed meanwhile: whatever was read is suspect.
          feed.version++;
          feed.live = live;
        },
      );
      await following;
      return feed;
    },
    close: () =>
      (closed ??= (async () => {
        if (following) await (await following.catch(() => () => Promise.resolve()))();
        feed.live = false;
        await opened.close();
      })()),
  };
}
