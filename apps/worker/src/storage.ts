/**
 * Where artifacts (extractions, PDFs, briefing records) go. Keys are the relative paths of `storageKeys` in the
 * domain; the default implementation writes files under the data directory.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** A small key/value store for artifacts. */
export interface Storage {
  /** Writes the whole value; readers see the old value or the new one, never a part. */
  put(key: string, data: Uint8Array | string): Promise<void>;
  /** The stored bytes, or null when the key does not exist. */
  get(key: string): Promise<Uint8Array | null>;
  exists(key: string): Promise<boolean>;
  /** Every key starting with `prefix`, sorted. */
  list(prefix: string): Promise<string[]>;
  /** Where a key lives for a human (an absolute file path), when the storage has such a place. */
  locate(key: string): string | null;
}

const TEMP_MARK = '.tmp-';

/** Rejects keys that could escape the data directory; a bad key is a bug in the caller. */
function checkKey(key: string): void {
  if (
    key === '' ||
    key.startsWith('/') ||
    key.includes('\\') ||
    key.includes('\0') ||
    key.split('/').some((s) => s === '' || s === '.' || s === '..' || s.startsWith(TEMP_MARK))
  ) {
    throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
  }
}

/** Storage on the file system under `root`; writes go to a temporary file in the same directory, then rename. */
export function createFileStorage(root: string): Storage {
  const base = path.resolve(root);
  const fileOf = (key: string) => {
    checkKey(key);
    return path.join(base, ...key.split('/'));
  };

  return {
    async put(key, data) {
      const file = fileOf(key);
      const dir = path.dirname(file);
      await mkdir(dir, { recursive: true });
      const temp = path.join(
        dir,
        `${TEMP_MARK}${path.basename(file)}-${process.pid}-${randomBytes(6).toString('hex')}`,
      );
      const handle = await open(temp, 'w');
      try {
        await handle.writeFile(data);
        // The data must be on disk before the rename makes it visible, or a crash could leave an empty file.
        await handle.sync();
      } catch (err) {
        await handle.close();
        await rm(temp, { force: true });
        throw err;
      }
      await handle.close();
      try {
        await rename(temp, file);
      } catch (err) {
        await rm(temp, { force: true });
        throw err;
      }
    },

    async get(key) {
      try {
        return new Uint8Array(await readFile(fileOf(key)));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
    },

    async exists(key) {
      try {
        return (await stat(fileOf(key))).isFile();
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw err;
      }
    },

    async list(prefix) {
      // Walk only the deepest directory the prefix names, not the whole data directory.
      const slash = prefix.lastIndexOf('/');
      const dirKey = slash < 0 ? '' : prefix.slice(0, slash);
      if (dirKey !== '') checkKey(dirKey);
      const start = dirKey === '' ? base : path.join(base, ...dirKey.split('/'));
      const keys: string[] = [];
      const walk = async (dir: string, keyDir: string): Promise<void> => {
        let entries;
        try {
          entries = await readdir(dir, { withFileTypes: true });
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
          throw err;
        }
        for (const entry of entries) {
          if (entry.name.startsWith(TEMP_MARK)) continue;
          const key = keyDir === '' ? entry.name : `${keyDir}/${entry.name}`;
          if (entry.isDirectory()) {
            if (key.startsWith(prefix) || prefix.startsWith(`${key}/`))
              await walk(path.join(dir, entry.name), key);
          } else if (entry.isFile() && key.startsWith(prefix)) {
            keys.push(key);
          }
        }
      };
      await walk(start, dirKey);
      return keys.sort();
    },

    locate(key) {
      return fileOf(key);
    },
  };
}
