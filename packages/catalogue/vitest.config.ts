import { defineConfig } from 'vitest/config';
import { reporters, sourceConditions } from '../../vitest.shared.js';

export default defineConfig({
  ...sourceConditions,
  test: {
    reporters,
    include: ['test/**/*.test.ts'],
    // Each file opens PGlite (WASM, ~100 MB) and PostgreSQL databases: one file at a time on 2 cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
