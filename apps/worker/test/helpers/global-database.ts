/**
 * Vitest global setup: one PostgreSQL database for this package's test run, dropped afterwards. Workers of a
 * test (in-process and child processes) share one catalogue, which PGlite, one process's database, cannot be.
 */
import { createTestDatabase } from '@parkbrief/testkit';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await createTestDatabase('parkbrief_worker');
  project.provide('databaseUrl', database.url);
  return () => database.drop();
}
