// Part of the build: writes dist/pglite-template.tar.gz, the migrated database a new PGlite catalogue starts from.
import { makePgliteTemplate, PGLITE_TEMPLATE_FILE } from '../dist/index.js';

const started = performance.now();
const { bytes } = await makePgliteTemplate(PGLITE_TEMPLATE_FILE);
console.log(
  `pglite template: ${PGLITE_TEMPLATE_FILE} (${Math.round(bytes / 1024)} KB, ${Math.round(performance.now() - started)} ms)`,
);
