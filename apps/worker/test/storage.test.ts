import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileStorage, type Storage } from '../src/storage.js';

let dir: string;
let storage: Storage;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'parkbrief-storage-'));
  storage = createFileStorage(dir);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('file storage', () => {
  it('round-trips strings and bytes, and reports missing keys as null', async () => {
    await storage.put('issues/a/extraction.json', '{"园区":1}');
    await storage.put('issues/a/briefings/p.pdf', new Uint8Array([37, 80, 68, 70]));
    expect(new TextDecoder().decode(await storage.get('issues/a/extraction.json'))).toBe('{"园区":1}');
    expect([...(await storage.get('issues/a/briefings/p.pdf'))!]).toEqual([37, 80, 68, 70]);
    expect(await storage.get('issues/b/extraction.json')).toBeNull();
    expect(await storage.exists('issues/a/extraction.json')).toBe(true);
    expect(await storage.exists('issues/a')).toBe(false);
  });

  it('replaces a value whole and leaves no temporary files', async () => {
    await storage.put('k/v.txt', 'x'.repeat(100_000));
    await storage.put('k/v.txt', 'short');
    expect(new TextDecoder().decode(await storage.get('k/v.txt'))).toBe('short');
    expect(await readdir(path.join(dir, 'k'))).toEqual(['v.txt']);
  });

  it('keeps concurrent writers of one key whole', async () => {
    const values = Array.from({ length: 20 }, (_, i) => String(i).repeat(10_000));
    await Promise.all(values.map((v) => storage.put('race.txt', v)));
    const final = new TextDecoder().decode(await storage.get('race.txt'));
    expect(values).toContain(final);
  });

  it('lists keys under a prefix, sorted', async () => {
    await storage.put('issues/a/briefings/y.pdf', '1');
    await storage.put('issues/a/briefings/x.pdf', '1');
    await storage.put('issues/a/extraction.json', '1');
    await storage.put('issues/ab/extraction.json', '1');
    expect(await storage.list('issues/a/briefings/')).toEqual([
      'issues/a/briefings/x.pdf',
      'issues/a/briefings/y.pdf',
    ]);
    expect(await storage.list('issues/a')).toEqual([
      'issues/a/briefings/x.pdf',
      'issues/a/briefings/y.pdf',
      'issues/a/extraction.json',
      'issues/ab/extraction.json',
    ]);
    expect(await storage.list('nothing/')).toEqual([]);
  });

  it('refuses keys that leave the data directory', async () => {
    for (const key of ['../x', '/etc/passwd', 'a/../../x', 'a//b', 'a\\b', '']) {
      await expect(storage.put(key, 'x'), key).rejects.toThrow(/invalid storage key/);
    }
  });

  it('locates keys as absolute paths under the root', () => {
    expect(storage.locate('issues/a/extraction.json')).toBe(path.join(dir, 'issues', 'a', 'extraction.json'));
  });
});
