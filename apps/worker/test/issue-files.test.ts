import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { deriveIssueId } from '@parkbrief/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editionFirstPage, issueFromFiles, UNKNOWN_PUBLICATION } from '../src/issue-files.js';

let dir: string;
const file = (name: string) => path.join(dir, name);
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'parkbrief-files-'));
  await writeFile(file('a.txt'), '第一版 徐州高新区\f第二版 苏州工业园区\f\n');
  await writeFile(file('b.txt'), '\uFEFF第三版');
  await writeFile(file('empty.txt'), ' \n\f\n');
  await writeFile(file('bin.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
  await writeFile(file('latin1.txt'), Buffer.from([0x41, 0xe9, 0x42]));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('issueFromFiles', () => {
  it('reads pages in order, splitting on form feeds, with a content-derived id', async () => {
    const r = await issueFromFiles([file('a.txt'), file('b.txt')], {
      date: '2024-07-22',
      publication: '科技园区周刊',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.issue.pages.map((p) => [p.number, p.text])).toEqual([
      [1, '第一版 徐州高新区'],
      [2, '第二版 苏州工业园区'],
      [3, '第三版'],
    ]);
    expect(r.issue.id).toBe(deriveIssueId(r.issue));
    const again = await issueFromFiles([file('a.txt'), file('b.txt')], {
      date: '2024-07-22',
      publication: '科技园区周刊',
    });
    expect(again.ok && again.issue.id).toBe(r.issue.id);
  });

  it.each([
    ['missing.txt', 'unreadable'],
    ['empty.txt', 'empty'],
    ['bin.pdf', 'binary'],
    ['latin1.txt', 'binary'],
  ])('returns a typed error for %s', async (name, kind) => {
    const r = await issueFromFiles([file('a.txt'), file(name)], { date: '2024-07-22', publication: 'x' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.kind).toBe(kind);
    expect(r.error.path).toBe(file(name));
    expect(r.error.message).toContain(name);
  });

  it('never takes the file name for the publication: without one, every file gives the same unnamed issue', async () => {
    await writeFile(file('other-name.txt'), '第一版 徐州高新区\f第二版 苏州工业园区\f\n');
    const a = await issueFromFiles([file('a.txt')], { date: '2024-07-22' });
    const b = await issueFromFiles([file('other-name.txt')], { date: '2024-07-22' });
    expect(a.ok && a.issue.publication).toBe(UNKNOWN_PUBLICATION);
    expect(a.ok && b.ok && a.issue.id === b.issue.id).toBe(true);
  });

  it('numbers the pages from the page an edition names (A7 → 7, 8 …)', async () => {
    const r = await issueFromFiles([file('a.txt'), file('b.txt')], { date: '2024-07-22', edition: 'A7' });
    expect(r.ok && r.issue.pages.map((p) => p.number)).toEqual([7, 8, 9]);
    expect(editionFirstPage('第07版 园区')).toBe(7);
    expect(editionFirstPage('B3')).toBe(3);
    expect(editionFirstPage('园区')).toBeNull();
    expect(editionFirstPage(undefined)).toBeNull();
  });

  it('names the field of an invalid issue', async () => {
    const r = await issueFromFiles([file('a.txt')], { date: '2024-13-40', publication: 'x' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.kind).toBe('invalid');
    expect(r.error.message).toMatch(/date/);
  });
});
