/**
 * The briefing download server as a plain Node request listener: no listening here, so tests and other
 * servers can mount it. Routes: GET|HEAD /healthz, /briefings, /briefings/:issueId, /briefings/:issueId/:parkId.pdf.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { Catalogue } from '@parkbrief/catalogue';
import { authorizationMatches } from './auth.js';
import { handleCatalogueRoute } from './catalogue-routes.js';
import { attachmentDisposition, ifNoneMatchHits, ifRangeAllows, parseRange } from './http-helpers.js';
import { jsonLineLogger, type ServerLogger } from './logger.js';
import type { OpsRoutes } from './ops.js';
import type { ResponseCache } from './response-cache.js';
import { BriefingStore, isId, type OpenedPdf } from './store.js';

/** Options of the download server. */
export interface AppOptions {
  /** The data directory the worker writes to (see the domain's `storageKeys`). */
  readonly dataDir: string;
  /**
   * When set, every route but /healthz requires the token: `Authorization: Bearer <token>`, or HTTP Basic with
   * the token as password (what a browser can send, for the dashboard).
   */
  readonly token?: string | undefined;
  /** The operators' routes (/metrics, /queues), behind the same token; absent: those paths are 404. */
  readonly ops?: OpsRoutes | undefined;
  /** Base URL put in front of download links in listings (no trailing slash); links are paths without it. */
  readonly publicUrl?: string | undefined;
  /** Where the per-request JSON lines go (default: stdout). */
  readonly logger?: ServerLogger | undefined;
  /** The catalogue: when given, /parks… and the /briefings listings are answered from it (no directory walk). */
  readonly catalogue?: Catalogue | undefined;
  /** Keeps the catalogue routes' answers until the catalogue changes (see response-cache.ts); none: no cache. */
  readonly responseCache?: ResponseCache | undefined;
}

/** A Node request listener. */
export type AppRequestListener = (req: IncomingMessage, res: ServerResponse) => void;

const ALLOW = 'GET, HEAD';

/**
 * Sent on every response: nothing here is meant to be framed, to load other resources (JSON and PDFs only,
 * the dashboard sets its own policy) or to leak its URL (issue and park ids) to another site.
 */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};
const MAX_LOGGED_PATH = 300;

type Route =
  | { readonly name: 'healthz' }
  | { readonly name: 'list' }
  | { readonly name: 'issue'; readonly issueId: string }
  | { readonly name: 'pdf'; readonly issueId: string; readonly parkId: string };

type Parsed =
  { readonly ok: true; readonly route: Route | null } | { readonly ok: false; readonly error: string };

/**
 * Splits a raw request path into routes. Each segment is percent-decoded exactly once; a segment that decodes
 * to a separator, a dot segment, a NUL or another `%` (double encoding) makes the path malformed, so nothing
 * like a path ever reaches the file system. Ids are validated later, per route.
 */
export function parseRequestPath(rawPath: string): Parsed {
  if (!rawPath.startsWith('/')) return { ok: false, error: 'request target must be a path' };
  if (rawPath.includes('\\') || rawPath.includes('\u0000')) return { ok: false, error: 'malformed path' };
  const segments: string[] = [];
  for (const raw of rawPath.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, error: 'malformed path' };
    }
    if (segment === '.' || segment === '..' || ['/', '\\', '%', '\u0000'].some((c) => segment.includes(c))) {
      return { ok: false, error: 'malformed path' };
    }
    segments.push(segment);
  }
  const [first, issueId, file, ...rest] = segments;
  // Empty segments (`/briefings/`, `//x`) name no resource.
  if (rest.length > 0 || segments.includes('')) return { ok: true, route: null };
  if (first === 'healthz' && issueId === undefined) return { ok: true, route: { name: 'healthz' } };
  if (first !== 'briefings') return { ok: true, route: null };
  if (issueId === undefined) return { ok: true, route: { name: 'list' } };
  if (file === undefined) return { ok: true, route: { name: 'issue', issueId } };
  if (!file.endsWith('.pdf')) return { ok: true, route: null };
  return { ok: true, route: { name: 'pdf', issueId, parkId: file.slice(0, -'.pdf'.length) } };
}

/** Creates the download server's request listener. */
export function createApp(options: AppOptions): AppRequestListener {
  const logger = options.logger ?? jsonLineLogger();
  const store = new BriefingStore(options.dataDir, options.publicUrl, (event, fields) =>
    logger({ event, level: 'warn', ...fields }),
  );
  const startedAt = Date.now();

  return (req, res) => {
    const started = process.hrtime.bigint();
    const target = req.url ?? '';
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const pathOnly = target.split('?', 1)[0] ?? '';
    const ops = options.ops?.matches(pathOnly) ? options.ops : null;
    // A request body means nothing to the briefing routes: discard it so the connection stays usable.
    if (!ops) req.resume();
    res.once('close', () => {
      logger({
        event: 'request',
        method: req.method,
        path: target.length > MAX_LOGGED_PATH ? `${target.slice(0, MAX_LOGGED_PATH)}…` : target,
        status: res.statusCode,
        ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        ...(res.writableFinished ? {} : { aborted: true }),
      });
    });
    (ops ? handleOps(req, res, ops, pathOnly) : handle(req, res, target)).catch((error: unknown) => {
      logger({
        event: 'request_error',
        level: 'error',
        path: target.slice(0, MAX_LOGGED_PATH),
        error: String(error),
      });
      if (!res.headersSent) {
        // Drop what a half-served PDF had set (Content-Disposition, ETag …) before answering with JSON.
        for (const name of res.getHeaderNames()) res.removeHeader(name);
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
        sendJson(req, res, 500, { error: 'internal error' });
      } else res.destroy();
    });
  };

  /** Checks the token; on failure answers 401 with a challenge of `scheme` and returns false. */
  function authorized(req: IncomingMessage, res: ServerResponse, scheme: 'Bearer' | 'Basic'): boolean {
    if (options.token === undefined || authorizationMatches(req.headers.authorization, options.token))
      return true;
    const challenge =
      scheme === 'Basic'
        ? 'Basic realm="parkbrief", charset="UTF-8"'
        : req.headers.authorization === undefined
          ? 'Bearer realm="parkbrief"'
          : 'Bearer realm="parkbrief", error="invalid_token"';
    res.setHeader('WWW-Authenticate', challenge);
    sendJson(req, res, 401, { error: 'unauthorized' });
    return false;
  }

  async function handleOps(
    req: IncomingMessage,
    res: ServerResponse,
    ops: OpsRoutes,
    path: string,
  ): Promise<void> {
    // A browser shows its password prompt for Basic only: the dashboard asks for Basic, scrapers may use either.
    if (!authorized(req, res, path === '/metrics' ? 'Bearer' : 'Basic')) {
      req.resume();
      return;
    }
    await ops.handle(req, res, path);
  }

  async function handle(req: IncomingMessage, res: ServerResponse, target: string): Promise<void> {
    const q = target.indexOf('?');
    const parsed = parseRequestPath(q === -1 ? target : target.slice(0, q));
    if (!parsed.ok) return sendJson(req, res, 400, { error: parsed.error });
    const route = parsed.route;
    const methodOk = req.method === 'GET' || req.method === 'HEAD';

    if (route?.name === 'healthz') {
      if (!methodOk) return methodNotAllowed(req, res);
      return sendJson(req, res, 200, {
        status: 'ok',
        uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
      });
    }
    if (!authorized(req, res, 'Bearer')) return;
    if (
      options.catalogue &&
      (await handleCatalogueRoute(
        req,
        res,
        target,
        options.catalogue,
        options.publicUrl,
        options.responseCache,
      ))
    )
      return;
    if (route === null) return sendJson(req, res, 404, { error: 'not found' });
    if (!methodOk) return methodNotAllowed(req, res);

    switch (route.name) {
      case 'list': {
        const briefings = await store.listAll();
        return sendJson(req, res, 200, { count: briefings.length, briefings });
      }
      case 'issue': {
        if (!isId(route.issueId)) return sendJson(req, res, 400, { error: 'malformed issue id' });
        if (!(await store.hasIssue(route.issueId)))
          return sendJson(req, res, 404, { error: 'unknown issue' });
        const { issue, briefings } = await store.listIssue(route.issueId);
        return sendJson(req, res, 200, {
          issue: issue ?? { id: route.issueId },
          count: briefings.length,
          briefings,
        });
      }
      case 'pdf': {
        if (!isId(route.issueId)) return sendJson(req, res, 400, { error: 'malformed issue id' });
        if (!isId(route.parkId)) return sendJson(req, res, 400, { error: 'malformed park id' });
        const pdf = await store.openPdf(route.issueId, route.parkId);
        if (pdf === null) return sendJson(req, res, 404, { error: 'unknown briefing' });
        return servePdf(req, res, route.issueId, route.parkId, pdf);
      }
    }
  }

  async function servePdf(
    req: IncomingMessage,
    res: ServerResponse,
    issueId: string,
    parkId: string,
    pdf: OpenedPdf,
  ): Promise<void> {
    const { handle, stats } = pdf;
    let streaming = false;
    try {
      const size = stats.size;
      // Strong validator from size, modification time (µs) and inode: a re-rendered file gets a new one.
      const etag = `"${size.toString(16)}-${Math.round(stats.mtimeMs * 1000).toString(16)}-${stats.ino.toString(16)}"`;
      res.setHeader('ETag', etag);
      res.setHeader('Last-Modified', stats.mtime.toUTCString());
      res.setHeader('Cache-Control', 'private, no-cache');
      res.setHeader('Accept-Ranges', 'bytes');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      if (ifNoneMatchHits(req.headers['if-none-match'], etag)) {
        res.writeHead(304).end();
        return;
      }
      const range = ifRangeAllows(header(req, 'if-range'), etag, stats.mtime)
        ? parseRange(req.headers.range, size)
        : ({ kind: 'none' } as const);
      if (range.kind === 'unsatisfiable') {
        res.setHeader('Content-Range', `bytes */${size}`);
        return sendJson(req, res, 416, { error: 'range not satisfiable' });
      }
      const names = await store.downloadNames(issueId, parkId);
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Disposition', attachmentDisposition(names.readable, names.ascii));
      const start = range.kind === 'range' ? range.range.start : 0;
      const end = range.kind === 'range' ? range.range.end : size - 1;
      if (range.kind === 'range') {
        res.statusCode = 206;
        res.setHeader('Content-Range', `bytes ${start}-${end}/${size}`);
      } else {
        res.statusCode = 200;
      }
      res.setHeader('Content-Length', end - start + 1);
      if (req.method === 'HEAD' || end < start) {
        res.end();
        return;
      }
      const stream = handle.createReadStream({ start, end });
      streaming = true;
      try {
        await pipeline(stream, res);
      } catch (error) {
        // The client went away mid-download: not an error of ours.
        if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
      }
    } finally {
      if (!streaming) await handle.close();
    }
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function methodNotAllowed(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Allow', ALLOW);
  sendJson(req, res, 405, { error: 'method not allowed' });
}

function sendJson(req: IncomingMessage, res: ServerResponse, status: number, body: unknown): void {
  const text = `${JSON.stringify(body)}\n`;
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(req.method === 'HEAD' ? undefined : text);
}
