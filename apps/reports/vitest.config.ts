import { defineConfig } from 'vitest/config';
import { hangLimits, reporters, sourceConditions } from '../../vitest.shared.js';

export default defineConfig({
  ...sourceConditions,
  test: {
    ...hangLimits,
    reporters,
    include: ['test/**/*.test.ts'],
  },
});
