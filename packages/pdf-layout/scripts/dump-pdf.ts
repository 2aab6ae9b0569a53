import { readFileSync } from 'node:fs';
import { readPdf } from '../src/index.js';
const r = await readPdf(new Uint8Array(readFileSync(process.argv[2]!)), { name: process.argv[2]! });
if (!r.ok) {
  console.log('ERR', r.error.kind, r.error.message);
  process.exit(2);
}
for (const p of r.document.pages) {
  console.log(p.index, p.label, p.number, r.document.edition, p.columns, p.doubledRuns);
  console.log(p.text);
  console.log(JSON.stringify(p.blocks));
}
