// `parkbrief run` fills the catalogue and `parkbrief history` reads it: real processes, PGlite in a temporary
// data directory, and a PostgreSQL database of the test's own.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCatalogue } from '@parkbrief/catalogue';
import { createTestDatabase } from '@parkbrief/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const demo = path.join(repo, 'demo/demo-issue.txt');

function cli(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', path.join(repo, 'apps/cli/src/main.ts'), ...args],
    { cwd: repo, env: { ...process.env, DATABASE_URL: '', ...env }, encoding: 'utf8', timeout: 180_000 },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'parkbrief-history-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const DATES = ['2024-07-22', '2024-08-19'];

describe('parkbrief history', () => {
  it('lists a park’s figures from every issue run, by any of its names, as JSON, CSV or a table', () => {
    const env = { PARKBRIEF_DATA_DIR: path.join(tmp, 'data') };
    for (const date of DATES) {
      const r = cli(['run', demo, '--date', date, '--publication', '科技园区周刊'], env);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain('catalogue: pglite');
    }
    const json = cli(['history', '无锡高新区', '--format', 'json'], env);
    expect(json.code, json.stderr).toBe(0);
    const body = JSON.parse(json.stdout) as {
      park: { id: string };
      count: number;
      indicators: Array<{ issue: { date: string }; indicator: { subject: { kind: string } } }>;
    };
    expect(body.count).toBeGreaterThan(0);
    expect(new Set(body.indicators.map((e) => e.issue.date))).toEqual(new Set(DATES));
    expect(body.indicators.every((e) => e.indicator.subject.kind === 'park')).toBe(true);

    // Traditional characters and the official name find the same park.
    const traditional = JSON.parse(
      cli(['history', '無錫高新區', '--format', 'json'], env).stdout,
    ) as typeof body;
    expect(traditional.park.id).toBe(body.park.id);
    expect(traditional.count).toBe(body.count);

    const csv = cli(['history', body.park.id, '--format', 'csv'], env);
    expect(csv.stdout.startsWith('\uFEFFpark_id,')).toBe(true);
    expect(csv.stdout.trim().split('\r\n')).toHaveLength(body.count + 1);

    const table = cli(['history', '无锡高新区'], env);
    expect(table.stdout).toContain(`${body.count} figures from 2 issue(s)`);

    expect(cli(['history', '无此园区'], env).code).toBe(1);
    expect(cli(['history', '无锡高新区', '--format', 'xml'], env).code).toBe(2);
    expect(cli(['history', '无锡高新区', '--from', 'July'], env).code).toBe(2);
  });

  it('with DATABASE_URL, run leaves its rows in that PostgreSQL database', async () => {
    const database = await createTestDatabase('parkbrief_cli');
    try {
      const env = { PARKBRIEF_DATA_DIR: path.join(tmp, 'pg-data'), DATABASE_URL: database.url };
      const r = cli(['run', demo, '--date', DATES[0]!, '--publication', '科技园区周刊'], env);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain('catalogue: postgres');
      const catalogue = await openCatalogue({ databaseUrl: database.url });
      try {
        const page = await catalogue.listBriefings({ limit: 100 });
        expect(page.briefings.length).toBeGreaterThan(0);
        expect(page.briefings.every((b) => b.issue.date === DATES[0])).toBe(true);
        const park = await catalogue.findPark('无锡高新区');
        expect((await catalogue.parkHistory(park!.id)).length).toBeGreaterThan(0);
      } finally {
        await catalogue.close();
      }
    } finally {
      await database.drop();
    }
  });
});
