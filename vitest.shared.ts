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

/**
 * Time limits catch hangs; they do not measure speed (`pnpm bench` does). CI runs every package on two
 * loaded cores, where a test that starts a server and opens the embedded catalogue twice passed 5 s once,
 * so no package keeps vitest's 5 s default.
 */
export const hangLimits = { testTimeout: 60_000, hookTimeout: 60_000 };
