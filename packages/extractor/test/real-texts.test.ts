/**
 * Real park news and parks' own reports (../shared/real, or PARKBRIEF_REAL), read end to end and scored
 * against their hand readings as ../shared/tools/score-extraction.py scores them — as published, and laid out
 * like a PDF text layer by ../shared/tools/degrade.py. The floors are what the extractor reaches (never
 * above it), raised as it improves: a change that reads real text worse fails here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { extractIssue } from '../src/index.js';
import { describePrediction, describeRow, score, type GoldRow } from './score-gold.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const REAL = process.env.PARKBRIEF_REAL ?? join(REPO, '../shared/real');
const DEGRADE = join(REPO, '../shared/tools/degrade.py');

/** Measured at the last round (see the README's table); raise them as the extractor improves. */
const FLOOR = {
  published: { recall: 0.95, precision: 0.95, misattributed: 0 },
  degraded: { recall: 0.95, precision: 0.93, misattributed: 0 },
};

interface Case {
  readonly name: string;
  readonly text: string;
  readonly date: string;
  readonly rows: GoldRow[];
}

function load(dir: string): Case[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.gold.json'.length);
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { date: string; indicators: GoldRow[] };
      return {
        name,
        text: readFileSync(join(dir, `${name}.txt`), 'utf8'),
        date: gold.date,
        rows: gold.indicators,
      };
    });
}

function scoreAll(cases: readonly Case[]) {
  let want = 0;
  let found = 0;
  let tp = 0;
  let predicted = 0;
  const misattributed: string[] = [];
  const missed: string[] = [];
  for (const c of cases) {
    const x = extractIssue({
      id: `real-${c.name}`,
      publication: c.name,
      date: c.date,
      pages: [{ number: 1, text: c.text }],
    });
    const s = score(x, c.rows);
    want += s.want;
    found += s.found;
    tp += s.tp;
    predicted += s.predicted;
    for (const m of s.misattributed)
      misattributed.push(
        `${c.name}: ${describePrediction(m.prediction)} (gold ${m.row.subject} ${m.row.name ?? ''})`,
      );
    for (const g of s.missed) missed.push(`${c.name}: ${describeRow(g)}`);
  }
  // precision as the scorer counts it: park-level predictions that match a park row, of all park-level ones
  return { recall: found / want, precision: predicted === 0 ? 0 : tp / predicted, misattributed, missed };
}

describe('real texts (../shared/real)', () => {
  it('has the hand-read texts', () => {
    expect(existsSync(REAL), `real texts missing at ${REAL}; set PARKBRIEF_REAL`).toBe(true);
  });
  const cases = existsSync(REAL) ? load(REAL) : [];

  it('reads them as published at least as well as the last round', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    const s = scoreAll(cases);
    console.log(
      `[real] recall ${s.recall.toFixed(3)} precision ${s.precision.toFixed(3)} misattributed ${s.misattributed.length}` +
        s.misattributed.map((m) => `\n  misattributed ${m}`).join(''),
    );
    expect(s.recall).toBeGreaterThanOrEqual(FLOOR.published.recall);
    expect(s.precision).toBeGreaterThanOrEqual(FLOOR.published.precision);
    expect(s.misattributed.length).toBeLessThanOrEqual(FLOOR.published.misattributed);
  });

  describe('laid out like a PDF text layer', () => {
    const out = mkdtempSync(join(tmpdir(), 'parkbrief-degraded-'));
    afterAll(() => rmSync(out, { recursive: true, force: true }));

    it('reads them at least as well as the last round', () => {
      expect(existsSync(DEGRADE), `degrade.py missing at ${DEGRADE}`).toBe(true);
      execFileSync('python3', [DEGRADE, REAL, out], { stdio: 'ignore' });
      const s = scoreAll(load(out));
      console.log(
        `[real, degraded] recall ${s.recall.toFixed(3)} precision ${s.precision.toFixed(3)} misattributed ${s.misattributed.length}`,
      );
      expect(s.recall).toBeGreaterThanOrEqual(FLOOR.degraded.recall);
      expect(s.precision).toBeGreaterThanOrEqual(FLOOR.degraded.precision);
      expect(s.misattributed.length).toBeLessThanOrEqual(FLOOR.degraded.misattributed);
    });
  });
});
