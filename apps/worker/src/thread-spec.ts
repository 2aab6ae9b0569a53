/** Starting a worker thread from the build or, in development and tests, from TypeScript sources. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * How to start the thread `name` of the module at `moduleUrl`: the compiled `.js` next to it; or, when running from source (tsx, vitest), a
 * small bootstrap that registers tsx inside the thread first (Node 20 does not apply `--import` loader hooks to
 * a worker's entry module) and then imports the `.ts` entry, resolving workspace packages to their sources.
 */
export function threadSpec(
  moduleUrl: string,
  name: string,
): { entry: URL | string; eval: boolean; execArgv: string[] | undefined } {
  const fromSource = moduleUrl.endsWith('.ts');
  if (!fromSource) return { entry: new URL(`./${name}.js`, moduleUrl), eval: false, execArgv: undefined };
  const entry = new URL(`./${name}.ts`, moduleUrl).href;
  const bootstrap = `import(${JSON.stringify(tsxEsmApiUrl())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  const hasSource = process.execArgv.some((a) => a === '--conditions=source' || a === '-C=source');
  return {
    entry: bootstrap,
    eval: true,
    execArgv: [...process.execArgv, ...(hasSource ? [] : ['--conditions=source'])],
  };
}

/** The URL of tsx's ESM register API (its CommonJS twin registers with a broken relative URL). */
function tsxEsmApiUrl(): string {
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const target = pkg.exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs';
  return pathToFileURL(path.join(path.dirname(pkgFile), target)).href;
}
