/**
 * The registry's source files: the three reference lists in the shared data directory, and this repo's own
 * additions (reference/registry-additions.csv, every row with the URL of its source). Read by the generator and by
 * the tests that check the generated registry against them.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RegistryKind } from '../src/registry/types.js';
import { parseRegistryCsv, type SourceRow } from './registry-build.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The repo's additions to the shared lists. */
export const ADDITIONS_PATH = resolve(here, '../reference/registry-additions.csv');

/** The shared data directory beside the repository. */
export const SHARED_DATA_DIR = resolve(here, '../../../../shared/data');

/** The reference lists in their order (ids are given in this order, so it never changes). */
export const REFERENCE_LISTS: ReadonlyArray<{ file: string; kind?: RegistryKind }> = [
  { file: 'national-high-tech-zones.csv', kind: 'high_tech' },
  { file: 'national-development-zones.csv', kind: 'development' },
  { file: 'national-special-zones.csv' },
];

/** Every source row, in order: the reference lists, then the additions. */
export function readRegistrySources(dataDir: string = SHARED_DATA_DIR): {
  rows: SourceRow[];
  files: string[];
} {
  const rows: SourceRow[] = [];
  const files: string[] = [];
  for (const { file, kind } of REFERENCE_LISTS) {
    rows.push(...parseRegistryCsv(readFileSync(resolve(dataDir, file), 'utf8'), file, kind ? { kind } : {}));
    files.push(file);
  }
  rows.push(
    ...parseRegistryCsv(readFileSync(ADDITIONS_PATH, 'utf8'), `reference/${basename(ADDITIONS_PATH)}`, {
      requireSourceUrl: true,
    }),
  );
  files.push(`reference/${basename(ADDITIONS_PATH)}`);
  return { rows, files };
}
