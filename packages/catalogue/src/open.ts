/**
 * Opening the catalogue: PostgreSQL when a URL is given, else PGlite (PostgreSQL compiled to WASM) in the data
 * directory. Either way the migrations run before anything else.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, open as openFile, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { MIGRATIONS } from './migrations.js';
import type { Database } from './schema.js';

/** Where the catalogue lives. */
export interface CatalogueOptions {
  /** `postgres://…` of a PostgreSQL database; when absent, PGlite under `dataDir`. */
  readonly databaseUrl?: string | undefined;
  /** The data directory (PARKBRIEF_DATA_DIR); PGlite keeps its files in `<dataDir>/catalogue`. */
  readonly dataDir?: string | undefined;
  /** Connections of the PostgreSQL pool (default 10). */
  readonly poolSize?: number | undefined;
  /**
   * The tarball a new PGlite catalogue starts from (default `PGLITE_TEMPLATE_FILE`, when the build made it);
   * `null`: run initdb.
   */
  readonly pgliteTemplate?: string | null | undefined;
}

/** The catalogue could not be opened: the message says why and what to do. */
export class CatalogueOpenError extends Error {
  override readonly name = 'CatalogueOpenError';
}

/** An open database handle and how to close it. */
export interface OpenedDatabase {
  readonly db: Kysely<Database>;
  readonly kind: 'postgres' | 'pglite';
  /** Where it is, for humans: the URL without password, or the PGlite directory. */
  readonly location: string;
  /**
   * Calls `onNotice` on each notice of `channel`, sent by any process at commit. `onLive(true)` once notices
   * are being received, `onLive(false)` when the connection that receives them is lost (notices may be missed
   * until it is back: it reconnects by itself). Resolves with how to stop.
   */
  listen(
    channel: string,
    onNotice: () => void,
    onLive: (live: boolean) => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

const DATE_OID = 1082;

/**
 * PGlite's shared buffers. PostgreSQL's default (128 MB) is zeroed at every start: in WebAssembly that is
 * most of the second PGlite takes to open, for a cache one process never fills (the data directory's files stay
 * in the OS page cache below it). 16 MB opens in a fifth of the time; measured on the sample, 2026-12-03.
 */
const PGLITE_SHARED_BUFFERS = '16MB';

/**
 * A new, migrated PGlite database as a gzipped tarball, made by the package's build (`makePgliteTemplate`). A new
 * catalogue starts from it instead of running initdb: initdb in WebAssembly took 5.6 s of the first `run`'s 10 s,
 * unpacking the template 1.8 s (2026-12-03). One path from `src/` and `dist/` alike, both beside `dist/`.
 */
export const PGLITE_TEMPLATE_FILE = fileURLToPath(new URL('../dist/pglite-template.tar.gz', import.meta.url));

/**
 * Loads PGlite's modules (otherwise loaded when an embedded catalogue opens), for a caller that has time to spare
 * before it knows what to open.
 */
export async function preloadPglite(): Promise<void> {
  await Promise.all([import('@electric-sql/pglite'), import('kysely-pglite-dialect')]);
}

/** PGlite and kysely on `dir`: from `template` when the directory holds no database yet and the file exists. */
async function startPglite(
  dir: string,
  template: string | null,
): Promise<{ client: PGlite; db: Kysely<Database> }> {
  const { PGlite: Embedded, types: pgliteTypes } = await import('@electric-sql/pglite');
  const { PGliteDialect } = await import('kysely-pglite-dialect');
  const fresh = !existsSync(path.join(dir, 'PG_VERSION'));
  const tarball = fresh && template !== null && existsSync(template) ? await readFile(template) : null;
  const client = await Embedded.create(dir, {
    parsers: { [pgliteTypes.DATE]: (v: string) => v },
    startParams: [...Embedded.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
    ...(tarball ? { loadDataDir: new Blob([tarball]) } : {}),
  });
  return { client, db: new Kysely<Database>({ dialect: new PGliteDialect(client) }) };
}

/**
 * Writes the template of a new catalogue to `file`: a PGlite database made in a temporary directory, every
 * migration applied, dumped as a gzipped tarball. Run by the build; a catalogue opens without it too.
 */
export async function makePgliteTemplate(file: string): Promise<{ bytes: number }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'parkbrief-pglite-template-'));
  try {
    const { client, db } = await startPglite(path.join(dir, 'catalogue'), null);
    try {
      await migrate(db, dir);
      await sql`checkpoint`.execute(db);
      const tarball = Buffer.from(await (await client.dumpDataDir('gzip')).arrayBuffer());
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, tarball);
      return { bytes: tarball.byteLength };
    } finally {
      await db.destroy();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The PGlite directory under a data directory. */
export function pgliteDir(dataDir: string): string {
  return path.join(path.resolve(dataDir), 'catalogue');
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparsable DATABASE_URL)';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is one process's database: a second process opening the same directory would corrupt it. A lock file
 * with the owner's pid keeps a second process out (a stale lock of a dead process is taken over).
 */
async function lockPglite(dir: string): Promise<() => Promise<void>> {
  const lockFile = `${dir}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await openFile(lockFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(await readFile(lockFile, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(owner) && owner > 0 && alive(owner)) {
        throw new CatalogueOpenError(
          `the embedded catalogue ${dir} is open in ${owner === process.pid ? 'this process' : `process ${owner}`}; PGlite serves one process at a time. ` +
            'Stop that process, or set DATABASE_URL to a PostgreSQL database to share the catalogue between processes',
        );
      }
      await rm(lockFile, { force: true });
    }
  }
  throw new CatalogueOpenError(`could not take the lock ${lockFile}`);
}

/**
 * Whether every migration is already applied: one cheap query instead of the migrator's catalogue
 * introspection and lock (a few hundred milliseconds on PGlite at every start). Anything unexpected (no
 * migration table yet, another name in it) says no, and the migrator decides.
 */
async function upToDate(db: Kysely<Database>): Promise<boolean> {
  try {
    const { rows } = await sql<{ names: string[] | null }>`
      select case when to_regclass('kysely_migration') is null then null
        else (select array_agg(name order by name) from kysely_migration) end as names`.execute(db);
    const applied = rows[0]?.names;
    if (!applied) return false;
    const known = Object.keys(MIGRATIONS).sort();
    return applied.length === known.length && applied.every((name, i) => name === known[i]);
  } catch {
    return false;
  }
}

async function migrate(db: Kysely<Database>, location: string): Promise<void> {
  if (await upToDate(db)) return;
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(MIGRATIONS) } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    const why = error instanceof Error ? error.message : JSON.stringify(error);
    throw new CatalogueOpenError(
      failed === undefined
        ? `cannot open the catalogue at ${location}: ${why}`
        : `catalogue migration ${failed} failed on ${location}: ${why}`,
      { cause: error },
    );
  }
}

const LISTEN_RETRY_MIN_MS = 100;
const LISTEN_RETRY_MAX_MS = 5_000;

/**
 * LISTEN on a connection of its own, outside the pool: it is held for as long as the listener lives, and a
 * query's connection must never be kept waiting behind it (or it behind a busy pool).
 */
async function listenPostgres(
  pgModule: typeof pg,
  url: string,
  channel: string,
  onNotice: () => void,
  onLive: (live: boolean) => void,
): Promise<() => Promise<void>> {
  let stopped = false;
  let current: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let delay = LISTEN_RETRY_MIN_MS;
  const schedule = () => {
    if (stopped) return;
    retry = setTimeout(() => void attempt(), delay);
    retry.unref();
    delay = Math.min(delay * 2, LISTEN_RETRY_MAX_MS);
  };
  const attempt = async (): Promise<void> => {
    retry = undefined;
    const client = new pgModule.Client({ connectionString: url });
    // A lost connection emits 'error' and then 'end'; 'end' is where it is handled.
    client.on('error', () => undefined);
    client.on('notification', (n) => {
      if (n.channel === channel) onNotice();
    });
    try {
      await client.connect();
      await client.query(`listen ${pgModule.escapeIdentifier(channel)}`);
    } catch {
      void client.end().catch(() => undefined);
      schedule();
      return;
    }
    if (stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    current = client;
    delay = LISTEN_RETRY_MIN_MS;
    client.once('end', () => {
      if (current !== client) return;
      current = undefined;
      onLive(false);
      schedule();
    });
    onLive(true);
  };
  await attempt();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    const client = current;
    current = undefined;
    await client?.end().catch(() => undefined);
  };
}

/** Opens (and migrates) the database of the catalogue. */
export async function openDatabase(options: CatalogueOptions): Promise<OpenedDatabase> {
  if (options.databaseUrl) {
    const location = redact(options.databaseUrl);
    // Each client library is loaded only for the database it serves.
    const { default: pgModule } = await import('pg');
    const dateAsText = new pgModule.TypeOverrides();
    dateAsText.setTypeParser(DATE_OID, (v: string) => v);
    const pool = new pgModule.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      // Dates stay YYYY-MM-DD strings, as in the domain (pg would make a local-midnight Date of them).
      types: dateAsText,
    });
    // An idle client's error (server restart) must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    try {
      await migrate(db, location);
    } catch (error) {
      await db.destroy();
      if (error instanceof CatalogueOpenError) throw error;
      throw new CatalogueOpenError(`cannot open the catalogue at ${location}: ${(error as Error).message}`, {
        cause: error,
      });
    }
    const url = options.databaseUrl;
    return {
      db,
      kind: 'postgres',
      location,
      listen: (channel, onNotice, onLive) => listenPostgres(pgModule, url, channel, onNotice, onLive),
      close: () => db.destroy(),
    };
  }

  if (!options.dataDir) throw new CatalogueOpenError('the catalogue needs DATABASE_URL or a data directory');
  const dir = pgliteDir(options.dataDir);
  await mkdir(path.dirname(dir), { recursive: true });
  const unlock = await lockPglite(dir);
  let db: Kysely<Database> | undefined;
  let client: PGlite | undefined;
  try {
    const started = await startPglite(dir, options.pgliteTemplate ?? PGLITE_TEMPLATE_FILE);
    client = started.client;
    db = started.db;
    await migrate(db, dir);
  } catch (error) {
    await db?.destroy().catch(() => undefined);
    await unlock();
    if (error instanceof CatalogueOpenError) throw error;
    throw new CatalogueOpenError(`cannot open the embedded catalogue ${dir}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const opened = db;
  const embedded = client;
  return {
    db: opened,
    kind: 'pglite',
    location: dir,
    // One process, one connection: notices cannot be missed, so it is live from the start.
    listen: async (channel, onNotice, onLive) => {
      const stop = await embedded.listen(channel, () => onNotice());
      onLive(true);
      return stop;
    },
    close: async () => {
      await opened.destroy();
      await unlock();
    },
  };
}
