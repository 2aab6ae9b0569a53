/**
 * Test databases on the PostgreSQL server of the machine (127.0.0.1:5432, trust auth, user postgres; CI the
 * same): each test creates its own uniquely named database and drops it afterwards, never anything else.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A database created for one test. */
export interface TestDatabase {
  /** `postgres://…/<name>`: what DATABASE_URL would be. */
  readonly url: string;
  readonly name: string;
  /** Drops the database (closing connections left open); safe to call twice. */
  drop(): Promise<void>;
}

/** The server tests use: `PARKBRIEF_TEST_POSTGRES_URL`, default the local server's `postgres` database. */
export function testPostgresUrl(): string {
  return process.env.PARKBRIEF_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testPostgresUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Creates a uniquely named, empty database for a test. Rejects when the server cannot be reached. */
export async function createTestDatabase(prefix = 'parkbrief_test'): Promise<TestDatabase> {
  const name = `${prefix}_${process.pid}_${randomBytes(5).toString('hex')}`;
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad test database name ${name}`);
  await admin((c) => c.query(`create database "${name}"`));
  const url = new URL(testPostgresUrl());
  url.pathname = `/${name}`;
  let dropped: Promise<void> | undefined;
  return {
    url: url.toString(),
    name,
    drop: () =>
      (dropped ??= admin(async (c) => {
        // Only the database this helper created, by its generated name.
        await c.query(`drop database if exists "${name}" with (force)`);
      })),
  };
}
