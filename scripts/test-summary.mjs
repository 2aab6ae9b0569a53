#!/usr/bin/env node
// Prints one closing line for the whole test run, summed over every package's vitest JSON results:
// "N passed, N failed" (", N skipped" when any were). CI reads that line.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const workspaces = [
  'packages/domain',
  'packages/extractor',
  'apps/worker',
  'apps/reports',
  'apps/cli',
  'tests',
];
let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const ws of workspaces) {
  const file = path.join(root, ws, '.vitest-results.json');
  if (!existsSync(file)) {
    missing.push(ws);
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests ?? 0;
  // A file that fails to load fails no test of its own: count it as one failure.
  failed += r.numFailedTests || r.numFailedTestSuites || 0;
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}
if (missing.length) console.log(`no test results from: ${missing.join(', ')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || missing.length > 0 ? 1 : 0;
