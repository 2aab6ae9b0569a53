// Starts a render thread from TypeScript sources (tsx, vitest): Node 20 does not apply `--import` loaders
// given in a worker's execArgv before its entry module, so the thread registers tsx itself, then loads the
// .ts entry. From dist the pool starts render-thread.js directly and this file is unused.
import { register } from 'tsx/esm/api';

register();
await import('./render-thread.ts');
