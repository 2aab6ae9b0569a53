import { defaultServerConditions } from 'vite';

/**
 * Vitest resolves workspace packages through their `source` export condition, so unit tests read `src/`
 * without a build. The cross-package tests in `tests/` leave this out on purpose: they use `dist/`.
 */
export const sourceConditions = {
  resolve: { conditions: ['source', ...defaultServerConditions] },
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions], externalConditions: ['source'] } },
};
