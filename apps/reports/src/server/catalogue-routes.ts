/**
 * The routes answered from the catalogue: `/parks`, `/parks/:parkId`, `/parks/:parkId/indicators`,
 * `/briefings` (paged, filtered) and `/briefings/:issueId`. No directory walk: each is one or two indexed
 * queries. PDFs themselves (`/briefings/:issueId/:parkId.pdf`) stay with the file routes of app.ts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CatalogueQueryError, historyToCsv, type BriefingEntry, type Catalogue } from '@parkbrief/catalogue';
import { METRIC_CODES, briefingUrlPath, type Indicator } from '@parkbrief/domain';
import type { ResponseCache } from './response-cache.js';

type Query = URLSearchParams;

class BadRequest extends Error {}

/** An answer of a route, before it is written (and, when 200, kept by the response cache). */
interface Reply {
  readonly status: number;
  readonly body: string;
  readonly type: string;
  readonly disposition?: string | undefined;
}

const JSON_TYPE = 'application/json; charset=utf-8';

function write(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: Buffer | string,
  type: string,
  disposition: string | undefined,
): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  if (disposition !== undefined) res.setHeader('Content-Disposition', disposition);
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(req.method === 'HEAD' ? undefined : body);
}

function json(status: number, body: unknown): Reply {
  return { status, body: `${JSON.stringify(body)}\n`, type: JSON_TYPE };
}

function one(query: Query, name: string): string | undefined {
  const values = query.getAll(name);
  if (values.length > 1) throw new BadRequest(`${name} given more than once`);
  const value = values[0]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function metricOf(query: Query): Indicator['metric'] | undefined {
  const metric = one(query, 'metric');
  if (metric === undefined) return undefined;
  if (!(METRIC_CODES as readonly string[]).includes(metric))
    throw new BadRequest(`metric must be one of ${METRIC_CODES.join(', ')}`);
  return metric as Indicator['metric'];
}

function limitOf(query: Query): number | undefined {
  const limit = one(query, 'limit');
  if (limit === undefined) return undefined;
  if (!/^\d{1,3}$/.test(limit) || Number(limit) < 1 || Number(limit) > 500)
    throw new BadRequest('limit must be a whole number from 1 to 500');
  return Number(limit);
}

function listing(b: BriefingEntry, publicUrl: string | undefined) {
  const path = briefingUrlPath(b.issue.id, b.park.extractedId);
  return {
    issue: b.issue,
    park: b.park,
    url: publicUrl === undefined ? path : `${publicUrl}${path}`,
    path,
    bytes: b.pdf.bytes,
    pages: b.pdf.pages,
    sha256: b.pdf.sha256,
    indicators: b.indicators,
    articles: b.articles,
    createdAt: b.createdAt,
  };
}

/**
 * Answers the request when its path is one of the catalogue's routes and returns true; false leaves it to the
 * caller. Auth is the caller's job (it runs before this). With a `cache`, a 200 answer is kept by its request
 * target and sent again from memory until the catalogue changes.
 */
export async function handleCatalogueRoute(
  req: IncomingMessage,
  res: ServerResponse,
  target: string,
  catalogue: Catalogue,
  publicUrl: string | undefined,
  cache?: ResponseCache,
): Promise<boolean> {
  const q = target.indexOf('?');
  const rawPath = q === -1 ? target : target.slice(0, q);
  const query = new URLSearchParams(q === -1 ? '' : target.slice(q + 1));
  let segments: string[];
  try {
    segments = rawPath.slice(1).split('/').map(decodeURIComponent);
  } catch {
    return false;
  }
  const [first, second, third, ...rest] = segments;
  const ours =
    rest.length === 0 &&
    ((first === 'parks' &&
      (second === undefined || (second !== '' && (third === undefined || third === 'indicators')))) ||
      (first === 'briefings' && third === undefined && second !== ''));
  if (!ours) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    const reply = json(405, { error: 'method not allowed' });
    write(req, res, reply.status, reply.body, reply.type, undefined);
    return true;
  }
  const hit = cache?.get(target);
  if (hit) {
    write(req, res, 200, hit.body, hit.type, hit.disposition);
    return true;
  }
  // Taken before the queries: an answer read while a write lands is kept under the older version, so it is
  // dropped with it.
  const stamp = cache?.stamp() ?? null;
  let reply: Reply;
  try {
    reply =
      first === 'parks'
        ? await parks(catalogue, query, second, third)
        : await briefings(catalogue, query, second, publicUrl);
  } catch (error) {
    if (!(error instanceof BadRequest || error instanceof CatalogueQueryError)) throw error;
    reply = json(400, { error: error.message });
  }
  const body = Buffer.from(reply.body);
  if (reply.status === 200)
    cache?.put(target, stamp, { body, type: reply.type, disposition: reply.disposition });
  write(req, res, reply.status, body, reply.type, reply.disposition);
  return true;
}

async function parks(
  catalogue: Catalogue,
  query: Query,
  parkRef: string | undefined,
  sub: string | undefined,
): Promise<Reply> {
  if (parkRef === undefined) {
    const all = await catalogue.listParks();
    return json(200, { count: all.length, parks: all });
  }
  // An id, or any name form: /parks/淄博高新区 finds the park as /parks/zibo-gaoxinqu does.
  const park = await catalogue.findPark(parkRef);
  if (park === null) return json(404, { error: 'unknown park' });
  if (sub === undefined) return json(200, await catalogue.getPark(park.id));

  const format = one(query, 'format') ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new BadRequest('format must be json or csv');
  const subjects = one(query, 'subjects') ?? 'park';
  if (subjects !== 'park' && subjects !== 'all') throw new BadRequest('subjects must be park or all');
  const entries = await catalogue.parkHistory(park.id, {
    metric: metricOf(query),
    from: one(query, 'from'),
    to: one(query, 'to'),
    subjects,
  });
  if (format === 'csv')
    return {
      status: 200,
      body: historyToCsv(entries, { bom: true }),
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="${park.id}-indicators.csv"`,
    };
  return json(200, { park, count: entries.length, indicators: entries });
}

async function briefings(
  catalogue: Catalogue,
  query: Query,
  issueId: string | undefined,
  publicUrl: string | undefined,
): Promise<Reply> {
  if (issueId !== undefined) {
    const found = await catalogue.issueBriefings(issueId);
    if (found === null) return json(404, { error: 'unknown issue' });
    return json(200, {
      issue: found.issue,
      count: found.briefings.length,
      briefings: found.briefings.map((b) => listing(b, publicUrl)),
    });
  }
  const parkRef = one(query, 'park');
  let parkId: string | undefined;
  if (parkRef !== undefined) {
    const park = await catalogue.findPark(parkRef);
    if (park === null) return json(404, { error: 'unknown park' });
    parkId = park.id;
  }
  const page = await catalogue.listBriefings({
    limit: limitOf(query),
    cursor: one(query, 'cursor'),
    parkId,
    from: one(query, 'from'),
    to: one(query, 'to'),
  });
  return json(200, {
    count: page.briefings.length,
    briefings: page.briefings.map((b) => listing(b, publicUrl)),
    nextCursor: page.nextCursor,
  });
}
