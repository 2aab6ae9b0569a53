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
  return {
    kind,
    location,
    db,
    writeExtraction: (extraction) => writeExtraction(db, extraction),
    addBriefing: (briefing, file) => addBriefing(db, briefing, file),
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
    close: () => (closed ??= opened.close()),
  };
}
