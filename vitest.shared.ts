import { defaultServerConditions } from 'vite';

/**
 * Vitest resolves workspace packages through their `source` export condition, so unit tests read `src/`
 * without a build. The cross-package tests in `tests/` leave this out on purpose: they use `dist/`.
 */
export const sourceConditions = {
  resolve: { conditions: ['source', ...defaultServerConditions] },
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions], externalConditions: ['source'] } },
};

/**
 * Every package also writes its results as JSON (`.vitest-results.json`, a turbo output), so that
 * `scripts/test-summary.mjs` can print one closing line for the whole run: "N passed, N failed".
 */
export const reporters: Array<string | [string, Record<string, unknown>]> = [
  'default',
  ['json', { outputFile: '.vitest-results.json' }],
];
