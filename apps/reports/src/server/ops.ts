/**
 * The operators' routes of the server: Prometheus metrics at /metrics and the Bull Board queue dashboard at
 * /queues, both behind the server's token (checked by app.ts before anything here runs).
 *
 * The dashboard is Bull Board's hono adapter mounted through @hono/node-server's request listener, so the
 * briefing routes keep their plain Node router; only /queues/* goes through hono.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { HonoAdapter } from '@bull-board/hono';
import { getRequestListener } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { QUEUES, WORKER_METRICS } from '@parkbrief/domain';
import { Queue } from 'bullmq';
import { Hono } from 'hono';
import { Redis } from 'ioredis';

/** Where the queues are. */
export interface OpsOptions {
  /** Redis of the queues (the workers' `REDIS_URL`). */
  readonly redisUrl: string;
  /** BullMQ key prefix (the workers' `PARKBRIEF_QUEUE_PREFIX`). */
  readonly prefix: string;
}

/** The operators' routes, mounted by `createApp`. */
export interface OpsRoutes {
  /** Whether a request path (without query) is one of these routes. */
  matches(path: string): boolean;
  handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<void>;
  close(): Promise<void>;
}

/** Where the dashboard is mounted. */
export const QUEUES_BASE_PATH = '/queues';

/**
 * The dashboard's pages load their script, styles, fonts and images from the server itself, and call its API;
 * the page inlines its configuration in a script tag, hence 'unsafe-inline' for scripts on /queues only.
 */
export const QUEUES_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

/** Merges Prometheus texts, keeping each family's HELP and TYPE once and its samples together. */
export function mergePrometheus(texts: readonly string[]): string {
  const families = new Map<string, { meta: string[]; samples: string[] }>();
  const family = (name: string) => {
    let f = families.get(name);
    if (!f) families.set(name, (f = { meta: [], samples: [] }));
    return f;
  };
  for (const text of texts) {
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      const meta = /^# (HELP|TYPE) (\S+)/.exec(line);
      if (meta) {
        const f = family(meta[2]!);
        if (!f.meta.some((m) => m.startsWith(`# ${meta[1]} `))) f.meta.push(line);
        continue;
      }
      const name = /^([a-zA-Z_:][a-zA-Z0-9_:]*)/.exec(line)?.[1];
      if (!name) continue;
      // A histogram's samples (`x_bucket`, `x_sum`, `x_count`) belong to the family `x` declared above them.
      const base = name.replace(/_(bucket|sum|count)$/, '');
      family(!families.has(name) && families.has(base) ? base : name).samples.push(line);
    }
  }
  return [...families.values()].map((f) => [...f.meta, ...f.samples].join('\n')).join('\n') + '\n';
}

/** The workers' counters and histograms (written by @parkbrief/worker) as Prometheus text. */
export function workerMetricsText(hash: Record<string, string>, prefix: string): string {
  const label = `prefix="${prefix.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const lines: string[] = [];
  for (const name of WORKER_METRICS.counters) {
    lines.push(`# HELP parkbrief_${name}_total ${name.replace(/_/g, ' ')} by the workers`);
    lines.push(`# TYPE parkbrief_${name}_total counter`);
    lines.push(`parkbrief_${name}_total{${label}} ${Number(hash[`c:${name}`] ?? 0)}`);
  }
  for (const name of WORKER_METRICS.histograms) {
    const metric = `parkbrief_${name}`;
    lines.push(
      `# HELP ${metric} ${name.replace(/_seconds$/, '').replace(/_/g, ' ')} duration in the workers`,
    );
    lines.push(`# TYPE ${metric} histogram`);
    let cumulative = 0;
    for (const le of [...WORKER_METRICS.bucketsSeconds.map(String), '+Inf']) {
      cumulative += Number(hash[`h:${name}:le:${le}`] ?? 0);
      lines.push(`${metric}_bucket{${label},le="${le}"} ${cumulative}`);
    }
    lines.push(`${metric}_sum{${label}} ${Number(hash[`h:${name}:sum`] ?? 0)}`);
    lines.push(`${metric}_count{${label}} ${Number(hash[`h:${name}:count`] ?? 0)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Creates the /metrics and /queues routes over one Redis connection (opened at once, reconnecting). */
export function createOpsRoutes(options: OpsOptions): OpsRoutes {
  const connection = new Redis(options.redisUrl, {
    // Fail a request while Redis is away instead of queueing it: /metrics answers 503 and a scrape retries.
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectionName: `parkbrief-serve-${process.pid}`,
    retryStrategy: (times) => Math.min(200 * times, 5000),
  });
  connection.on('error', () => undefined);
  const queues = [QUEUES.issues, QUEUES.briefings].map((name) => {
    const q = new Queue(name, { connection, prefix: options.prefix });
    q.on('error', () => undefined);
    return q;
  });

  const adapter = new HonoAdapter(serveStatic).setBasePath(QUEUES_BASE_PATH);
  createBullBoard({
    queues: queues.map((q) => new BullMQAdapter(q)),
    serverAdapter: adapter,
    options: { uiConfig: { boardTitle: 'Parkbrief' } },
  });
  const board = adapter.registerPlugin();
  const root = new Hono().route(QUEUES_BASE_PATH, board);
  // Keep the globals (Request, Response) as Node has them: the rest of the process uses them.
  const listener = getRequestListener(root.fetch, { overrideGlobalObjects: false });

  async function metrics(res: ServerResponse, head: boolean): Promise<void> {
    let body: string;
    try {
      if (connection.status !== 'ready') throw new Error(`Redis is ${connection.status}`);
      const texts = await Promise.all(
        queues.map((q) => q.exportPrometheusMetrics({ prefix: options.prefix })),
      );
      const hash = await connection.hgetall(`${options.prefix}:${WORKER_METRICS.key}`);
      body = mergePrometheus([...texts, workerMetricsText(hash, options.prefix)]);
    } catch (error) {
      const text = `${JSON.stringify({ error: `queues unavailable: ${(error as Error).message}` })}\n`;
      res.writeHead(503, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(head ? undefined : text);
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'text/plain; version=0.0.4; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
    });
    res.end(head ? undefined : body);
  }

  return {
    matches: (path) =>
      path === '/metrics' || path === QUEUES_BASE_PATH || path.startsWith(`${QUEUES_BASE_PATH}/`),
    async handle(req, res, path) {
      if (path === '/metrics') {
        if (req.method !== 'GET' && req.method !== 'HEAD') {
          res.writeHead(405, { Allow: 'GET, HEAD' }).end();
          return;
        }
        return metrics(res, req.method === 'HEAD');
      }
      res.setHeader('Content-Security-Policy', QUEUES_CSP);
      await listener(req, res);
    },
    async close() {
      await Promise.all(queues.map((q) => q.close().catch(() => undefined)));
      connection.disconnect();
    },
  };
}
