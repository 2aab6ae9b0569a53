import { defineConfig } from 'vitest/config';
import { reporters } from '../vitest.shared.js';

// No `source` condition here on purpose: these tests use the packages as other apps do, through dist/.
export default defineConfig({
  test: {
    reporters,
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
