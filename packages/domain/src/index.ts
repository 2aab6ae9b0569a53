/**
 * @parkbrief/domain — the types every Parkbrief part shares: zod schemas and the types inferred from them,
 * the metric taxonomy, the park registry, queue names and pure helpers. No I/O.
 */
export * from './schemas/common.js';
export * from './schemas/issue.js';
export * from './schemas/park.js';
export * from './schemas/article.js';
export * from './schemas/indicator.js';
export * from './schemas/extraction.js';
export * from './schemas/briefing.js';
export * from './metrics.js';
export * from './queues.js';
export * from './decimal.js';
export { slugifyParkName } from './slug.js';
export {
  COUNTIES,
  REGISTRY,
  REGISTRY_KINDS,
  ambiguousParkIds,
  findRegisteredPark,
  nameForms,
  normalizeParkName,
  parkFromRegistry,
  registeredParkById,
  registryByKind,
  registryChildren,
  registryNameIndex,
  type RegistryEntry,
  type RegistryKind,
  type RegistryLookupOptions,
} from './registry/index.js';
export { storageKeys, briefingUrlPath } from './storage-keys.js';
export { deriveIssueId, fnv1a64 } from './issue-id.js';
