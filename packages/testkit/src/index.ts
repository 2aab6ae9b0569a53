/** @parkbrief/testkit — helpers for tests only (never a dependency of production code). */
export {
  freePort,
  removeDir,
  startTestRedis,
  type TestRedis,
  type TestRedisOptions,
} from './redis-server.js';
export { samplePages, samplesDir, type SamplePage } from './samples.js';
export {
  readPdf,
  readPdfBoxes,
  overlappingText,
  type PdfLine,
  type PdfText,
  type PdfTextBox,
  type PdfOverlap,
} from './pdf-text.js';
export { createTestDatabase, testPostgresUrl, type TestDatabase } from './postgres.js';
export {
  matchesGold,
  normLabel,
  parkNames,
  sameZone,
  zoneIn,
  type GoldFold,
  type GoldRow,
} from './score-gold.js';
