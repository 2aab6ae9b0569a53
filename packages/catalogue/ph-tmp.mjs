import { openCatalogue } from './dist/index.js';
const c = await openCatalogue({ databaseUrl: 'postgres://postgres@127.0.0.1:5432/parkbrief_bench_4130_12d13726d6', dataDir: '/tmp/x' });
const times = { q: [], j: [] };
for (let k = 0; k < 60; k++) {
  const park = `bench-park-${(k * 7) % 300}`;
  const t0 = performance.now();
  const h = await c.parkHistory(park, { metric: 'gdp' });
  const t1 = performance.now();
  const s = JSON.stringify({ park, count: h.length, indicators: h });
  const t2 = performance.now();
  times.q.push(t1 - t0); times.j.push(t2 - t1);
  if (k === 0) console.log('rows', h.length, 'bytes', Buffer.byteLength(s));
}
const med = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)].toFixed(2);
console.log('query+map median', med(times.q), 'json median', med(times.j));
await c.close();
