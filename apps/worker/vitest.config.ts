import { defineConfig } from 'vitest/config';
import { reporters, sourceConditions } from '../../vitest.shared.js';

export default defineConfig({
  ...sourceConditions,
  test: {
    reporters,
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-database.ts'],
    // Files that start redis-server and worker processes run one at a time.
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 60_000,
  },
});
