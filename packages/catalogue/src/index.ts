/**
 * @parkbrief/catalogue — every issue's parks, articles, figures and briefings in PostgreSQL (or PGlite in the
 * data directory), by park, metric and time: the schema and its migrations, the writers the worker and `run`
 * use, and a small typed query API for other apps.
 */
export { CHANGE_CHANNEL, openCatalogue, type Catalogue, type ChangeFeed } from './catalogue.js';
export {
  CatalogueOpenError,
  makePgliteTemplate,
  pgliteDir,
  PGLITE_TEMPLATE_FILE,
  preloadPglite,
  type CatalogueOptions,
} from './open.js';
export { CatalogueWriteError, type BriefingFile, type ParkIdMap } from './write.js';
export {
  CatalogueQueryError,
  dayBound,
  type BriefingEntry,
  type BriefingPage,
  type BriefingQuery,
  type HistoryEntry,
  type HistoryOptions,
  type IssueSummary,
  type ParkDetail,
  type ParkMetric,
  type ParkSummary,
} from './read.js';
export { historyToCsv, HISTORY_CSV_COLUMNS, UTF8_BOM } from './csv.js';
export { parkNameKey, parkKeys, simplify } from './park-names.js';
export { MIGRATIONS } from './migrations.js';
export type {
  Database,
  ArticleRow,
  BriefingRow,
  IndicatorRow,
  IssueRow,
  ParkRow,
  IssuesTable,
  ParksTable,
  ParkNamesTable,
  IssueParksTable,
  ArticlesTable,
  IndicatorsTable,
  BriefingsTable,
} from './schema.js';
