import { defineConfig } from 'vitest/config';
import { reporters, sourceConditions } from '../../vitest.shared.js';

export default defineConfig({
  ...sourceConditions,
  test: {
    reporters,
    include: ['test/**/*.test.ts'],
  },
});
