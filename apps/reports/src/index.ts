/**
 * @parkbrief/reports — per-park PDF briefings rendered with @react-pdf/renderer, and the server that serves them.
 */
export * from './pdf/index.js';
export * from './server/index.js';
export * from './env.js';
