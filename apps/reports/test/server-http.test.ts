/**
 * The download server over real HTTP: a server on port 0 over a temporary data directory holding a few
 * briefings (any bytes named .pdf, with and without their .json records). The server's behaviour does not
 * depend on the renderer, so the PDFs are stand-in bytes.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BriefingSchema, briefingUrlPath, storageKeys, type Briefing, type Park } from '@parkbrief/domain';
import {
  createApp,
  startServer,
  type BriefingListing,
  type RunningServer,
  type ServerLogger,
} from '../src/server/index.js';

const ISSUE_A = '2023-09-11-00c0ffee00c0ffee';
const ISSUE_B = '2023-10-02-0123456789abcdef';
const ISSUE_EMPTY = '2023-12-01-fedcba9876543210';
const XUZHOU: Park = {
  id: 'xuzhou-gaoxinqu',
  name: '徐州高新技术产业开发区',
  shortName: '徐州高新区',
  aliases: ['徐州国家高新区'],
  province: '江苏省',
  city: '徐州市',
  level: 'national',
  registered: true,
};
const QUZHOU: Park = {
  id: 'quzhouzhizao-xincheng',
  name: '衢州智造新城',
  shortName: '衢州智造新城',
  aliases: [],
  province: '浙江省',
  city: '衢州市',
  level: 'provincial',
  registered: true,
};
const ISSUE_A_REF = { id: ISSUE_A, publication: '园区周刊', date: '2023-09-11', pageCount: 2 };
const CREATED_AT = '2023-09-11T08:30:00.000Z';
const SECRET = `TOP-SECRET-${randomBytes(8).toString('hex')}`;
const TOKEN = 'test-token-0123456789';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A request with the path sent exactly as given (fetch would normalise `..`). */
function request(
  server: RunningServer,
  rawPath: string,
  init: { method?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: rawPath,
        method: init.method ?? 'GET',
        headers: init.headers ?? {},
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Bytes written straight to a socket, for request lines http.request refuses to send (NUL, spaces). */
function rawSocketRequest(server: RunningServer, requestLine: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.on('error', reject);
    socket.write(`${requestLine}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`, 'latin1');
  });
}

interface ListBody {
  issue?: unknown;
  count: number;
  briefings: BriefingListing[];
  error?: string;
  status?: string;
}

function json(reply: Reply): ListBody {
  expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
  return JSON.parse(reply.body.toString('utf8')) as ListBody;
}

/** The file names of a Content-Disposition value: the quoted ASCII one and the RFC 5987 one, decoded. */
function dispositionNames(value: string | undefined): {
  type: string;
  filename: string;
  filenameStar: string;
} {
  const v = value ?? '';
  const type = v.split(';')[0]!.trim();
  const filename = /;\s*filename="([^"]*)"/.exec(v)?.[1] ?? '';
  const star = /;\s*filename\*=UTF-8''([A-Za-z0-9!#$&+\-.^_`|~%]+)/i.exec(v)?.[1] ?? '';
  return { type, filename, filenameStar: decodeURIComponent(star) };
}

function record(park: Park, pdfBytes: number): Briefing {
  return BriefingSchema.parse({
    issue: ISSUE_A_REF,
    park,
    indicatorIds: [],
    articleIds: [],
    pdf: { path: storageKeys.briefingPdf(ISSUE_A, park.id), bytes: pdfBytes, pages: 3, url: null },
    createdAt: CREATED_AT,
  });
}

let root: string;
let dataDir: string;
let xuzhouPdf: Buffer;
let quzhouPdf: Buffer;
let issueBPdf: Buffer;
let server: RunningServer;
let tokenServer: RunningServer;
let publicServer: RunningServer;
const logged: Parameters<ServerLogger>[0][] = [];

async function put(key: string, content: string | Buffer): Promise<void> {
  const file = path.join(dataDir, key);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'parkbrief-server-'));
  dataDir = path.join(root, 'data');
  // Secrets beside the data directory, named like things the server serves.
  await writeFile(path.join(root, 'secret.pdf'), SECRET);
  await writeFile(path.join(root, 'secret.json'), JSON.stringify({ secret: SECRET }));
  await mkdir(path.join(root, 'outside', 'briefings'), { recursive: true });
  await writeFile(path.join(root, 'outside', 'briefings', 'xuzhou-gaoxinqu.pdf'), SECRET);

  xuzhouPdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(991)]);
  quzhouPdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(400)]);
  issueBPdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(50)]);
  await put(storageKeys.briefingPdf(ISSUE_A, XUZHOU.id), xuzhouPdf);
  await put(storageKeys.briefingRecord(ISSUE_A, XUZHOU.id), JSON.stringify(record(XUZHOU, xuzhouPdf.length)));
  // No record for 衢州: its name comes from the issue's extraction.
  await put(storageKeys.briefingPdf(ISSUE_A, QUZHOU.id), quzhouPdf);
  await put(
    storageKeys.extraction(ISSUE_A),
    JSON.stringify({ issue: ISSUE_A_REF, parks: [XUZHOU, QUZHOU], articles: [], indicators: [] }),
  );
  // Neither record nor extraction: ids only.
  await put(storageKeys.briefingPdf(ISSUE_B, 'some-park'), issueBPdf);
  await mkdir(path.join(dataDir, storageKeys.briefingDir(ISSUE_EMPTY)), { recursive: true });
  // Symlinks: one leaving the data dir from inside a briefings dir, one issue dir pointing outside, one
  // staying inside (allowed).
  await symlink(
    path.join(root, 'secret.pdf'),
    path.join(dataDir, storageKeys.briefingPdf(ISSUE_A, 'secret-link')),
  );
  await symlink(path.join(root, 'outside'), path.join(dataDir, storageKeys.issueDir('2023-01-01-outside')));
  await symlink(
    path.join(dataDir, storageKeys.briefingPdf(ISSUE_A, XUZHOU.id)),
    path.join(dataDir, storageKeys.briefingPdf(ISSUE_B, 'inside-link')),
  );

  const logger: ServerLogger = (entry) => void logged.push(entry);
  server = await startServer({ dataDir, port: 0, logger });
  tokenServer = await startServer({ dataDir, port: 0, token: TOKEN, logger: () => {} });
  publicServer = await startServer({
    dataDir,
    port: 0,
    publicUrl: 'https://briefs.example.org/pb',
    logger: () => {},
  });
});

afterAll(async () => {
  await Promise.all([server?.close(), tokenServer?.close(), publicServer?.close()]);
  if (root) await rm(root, { recursive: true, force: true });
});

describe('startServer', () => {
  it('binds 127.0.0.1 on the port it reports', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
  });
});

describe('createApp', () => {
  it('is a plain request listener any Node server can mount', async () => {
    const plain = http.createServer(createApp({ dataDir, logger: () => {} }));
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
    const port = (plain.address() as net.AddressInfo).port;
    try {
      const reply = await request(
        { port, url: '', close: () => Promise.resolve() },
        briefingUrlPath(ISSUE_A, XUZHOU.id),
      );
      expect(reply.status).toBe(200);
      expect(reply.body.equals(xuzhouPdf)).toBe(true);
    } finally {
      await new Promise((resolve) => plain.close(resolve));
    }
  });
});

describe('GET /healthz', () => {
  it('answers 200 JSON, without a token even when one is configured', async () => {
    for (const s of [server, tokenServer]) {
      const reply = await request(s, '/healthz');
      expect(reply.status).toBe(200);
      expect(json(reply).status).toBe('ok');
    }
  });
});

describe('GET /briefings', () => {
  it('lists every stored PDF with issue, park, URL, size and creation time, newest issue first', async () => {
    const reply = await request(server, '/briefings');
    expect(reply.status).toBe(200);
    const body = json(reply);
    const keys = body.briefings.map((b: BriefingListing) => `${b.issue.id}/${b.park.id}`);
    expect(keys).toEqual([
      `${ISSUE_A}/${QUZHOU.id}`,
      `${ISSUE_A}/${XUZHOU.id}`,
      `${ISSUE_B}/inside-link`,
      `${ISSUE_B}/some-park`,
    ]);
    expect(body.count).toBe(4);
    const xuzhou = body.briefings[1];
    expect(xuzhou).toEqual({
      issue: { id: ISSUE_A, date: '2023-09-11', publication: '园区周刊' },
      park: {
        id: XUZHOU.id,
        name: XUZHOU.name,
        shortName: XUZHOU.shortName,
        province: '江苏省',
        city: '徐州市',
      },
      url: briefingUrlPath(ISSUE_A, XUZHOU.id),
      path: briefingUrlPath(ISSUE_A, XUZHOU.id),
      bytes: xuzhouPdf.length,
      pages: 3,
      createdAt: CREATED_AT,
    });
    // Without a record, names come from the extraction, size and time from the file.
    expect(body.briefings[0]!.park.shortName).toBe('衢州智造新城');
    expect(body.briefings[0]!.bytes).toBe(quzhouPdf.length);
    expect(body.briefings[0]!.pages).toBeNull();
    expect(Number.isNaN(Date.parse(body.briefings[0]!.createdAt))).toBe(false);
    const bare = body.briefings[3]!;
    expect(bare.issue).toEqual({ id: ISSUE_B, date: null, publication: null });
    expect(bare.park.name).toBeNull();
    expect(bare.bytes).toBe(issueBPdf.length);
  });

  it('never lists a PDF reached through a symlink leaving the data directory', async () => {
    const body = json(await request(server, '/briefings'));
    const keys: string[] = body.briefings.map((b: BriefingListing) => `${b.issue.id}/${b.park.id}`);
    expect(keys.some((k) => k.includes('secret') || k.includes('outside'))).toBe(false);
  });

  it('puts the public URL in front of download links when one is configured', async () => {
    const body = json(await request(publicServer, '/briefings'));
    const xuzhou = body.briefings.find((b: BriefingListing) => b.park.id === XUZHOU.id)!;
    expect(xuzhou.url).toBe(`https://briefs.example.org/pb${briefingUrlPath(ISSUE_A, XUZHOU.id)}`);
    expect(xuzhou.path).toBe(briefingUrlPath(ISSUE_A, XUZHOU.id));
  });
});

describe('GET /briefings/:issueId', () => {
  it("lists that issue's briefings with the issue", async () => {
    const body = json(await request(server, `/briefings/${ISSUE_A}`));
    expect(body.issue).toEqual(ISSUE_A_REF);
    expect(body.briefings.map((b: BriefingListing) => b.park.id)).toEqual([QUZHOU.id, XUZHOU.id]);
  });

  it('answers an issue without briefings with an empty list', async () => {
    const reply = await request(server, `/briefings/${ISSUE_EMPTY}`);
    expect(reply.status).toBe(200);
    expect(json(reply)).toEqual({ issue: { id: ISSUE_EMPTY }, count: 0, briefings: [] });
  });

  it('answers 404 for an unknown issue and 400 for a malformed id', async () => {
    const unknown = await request(server, '/briefings/2099-01-01-0000000000000000');
    expect(unknown.status).toBe(404);
    expect(json(unknown).error).toMatch(/unknown issue/);
    for (const bad of ['Not-An-Id', '-leading-dash', '%E5%BE%90%E5%B7%9E', 'a:b', 'a%20b', 'x'.repeat(121)]) {
      const reply = await request(server, `/briefings/${bad}`);
      expect(reply.status, bad).toBe(400);
      expect(typeof json(reply).error).toBe('string');
    }
  });

  it('answers 404 for an issue directory that is a symlink out of the data directory', async () => {
    expect((await request(server, '/briefings/2023-01-01-outside')).status).toBe(404);
  });
});

describe('GET /briefings/:issueId/:parkId.pdf', () => {
  const pdfPath = briefingUrlPath(ISSUE_A, XUZHOU.id);

  it('streams the PDF with type, length, ranges advertised and a readable Chinese file name', async () => {
    const reply = await request(server, pdfPath);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/pdf');
    expect(reply.headers['content-length']).toBe(String(xuzhouPdf.length));
    expect(reply.headers['accept-ranges']).toBe('bytes');
    expect(reply.body.equals(xuzhouPdf)).toBe(true);
    const names = dispositionNames(reply.headers['content-disposition']);
    expect(names).toEqual({
      type: 'attachment',
      filename: 'xuzhou-gaoxinqu-2023-09-11.pdf',
      filenameStar: '徐州高新区-2023-09-11.pdf',
    });
    expect(/^[\x20-\x7e]*$/.test(reply.headers['content-disposition']!)).toBe(true);
  });

  it('names a PDF without a record from the extraction, and one with neither from its ids', async () => {
    const quzhou = await request(server, briefingUrlPath(ISSUE_A, QUZHOU.id));
    expect(quzhou.body.equals(quzhouPdf)).toBe(true);
    expect(dispositionNames(quzhou.headers['content-disposition']).filenameStar).toBe(
      '衢州智造新城-2023-09-11.pdf',
    );
    const bare = await request(server, briefingUrlPath(ISSUE_B, 'some-park'));
    expect(bare.body.equals(issueBPdf)).toBe(true);
    expect(dispositionNames(bare.headers['content-disposition'])).toEqual({
      type: 'attachment',
      filename: `some-park-${ISSUE_B}.pdf`,
      filenameStar: `some-park-${ISSUE_B}.pdf`,
    });
  });

  it('gives a strong ETag and answers a matching If-None-Match with 304 and no body', async () => {
    const first = await request(server, pdfPath);
    const etag = first.headers.etag!;
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await request(server, pdfPath);
    expect(again.headers.etag).toBe(etag);
    for (const inm of [etag, `"nope", ${etag}`, `W/${etag}`, '*']) {
      const reply = await request(server, pdfPath, { headers: { 'If-None-Match': inm } });
      expect(reply.status, inm).toBe(304);
      expect(reply.body.length).toBe(0);
      expect(reply.headers.etag).toBe(etag);
    }
    const other = await request(server, pdfPath, { headers: { 'If-None-Match': '"something-else"' } });
    expect(other.status).toBe(200);
    expect(other.body.equals(xuzhouPdf)).toBe(true);
  });

  it('changes the ETag when the file is rewritten', async () => {
    const key = storageKeys.briefingPdf(ISSUE_B, 'rewritten');
    await put(key, 'first version');
    const a = await request(server, briefingUrlPath(ISSUE_B, 'rewritten'));
    await new Promise((r) => setTimeout(r, 20));
    await put(key, 'second, longer version');
    const b = await request(server, briefingUrlPath(ISSUE_B, 'rewritten'));
    expect(b.body.toString()).toBe('second, longer version');
    expect(b.headers.etag).not.toBe(a.headers.etag);
    const stale = await request(server, briefingUrlPath(ISSUE_B, 'rewritten'), {
      headers: { 'If-None-Match': a.headers.etag! },
    });
    expect(stale.status).toBe(200);
    await rm(path.join(dataDir, key));
  });

  it.each([
    ['bytes=0-99', 0, 99],
    ['bytes=900-', 900, 999],
    ['bytes=-10', 990, 999],
    ['bytes=990-5000', 990, 999],
    ['bytes=-5000', 0, 999],
    ['bytes=500-500', 500, 500],
  ])('answers Range %s with 206 and the right slice', async (range, start, end) => {
    expect(xuzhouPdf.length).toBe(1000);
    const reply = await request(server, pdfPath, { headers: { Range: range } });
    expect(reply.status).toBe(206);
    expect(reply.headers['content-range']).toBe(`bytes ${start}-${end}/1000`);
    expect(reply.headers['content-length']).toBe(String(end - start + 1));
    expect(reply.headers['content-type']).toBe('application/pdf');
    expect(reply.body.equals(xuzhouPdf.subarray(start, end + 1))).toBe(true);
  });

  it.each(['bytes=1000-', 'bytes=5000-6000', 'bytes=-0'])(
    'answers unsatisfiable Range %s with 416',
    async (range) => {
      const reply = await request(server, pdfPath, { headers: { Range: range } });
      expect(reply.status).toBe(416);
      expect(reply.headers['content-range']).toBe('bytes */1000');
      expect(typeof json(reply).error).toBe('string');
    },
  );

  it.each(['bytes=5-3', 'items=0-5', 'bytes=abc', 'bytes=0-1,5-6'])(
    'ignores Range %s it cannot honour, sending the whole file',
    async (range) => {
      const reply = await request(server, pdfPath, { headers: { Range: range } });
      expect(reply.status).toBe(200);
      expect(reply.body.equals(xuzhouPdf)).toBe(true);
    },
  );

  it('sends the whole file when If-Range names another version', async () => {
    const etag = (await request(server, pdfPath)).headers.etag!;
    const same = await request(server, pdfPath, { headers: { Range: 'bytes=0-9', 'If-Range': etag } });
    expect(same.status).toBe(206);
    const stale = await request(server, pdfPath, { headers: { Range: 'bytes=0-9', 'If-Range': '"old"' } });
    expect(stale.status).toBe(200);
    expect(stale.body.length).toBe(1000);
  });

  it('answers HEAD with the GET headers and no body, ranges included', async () => {
    const get = await request(server, pdfPath);
    const head = await request(server, pdfPath, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    for (const h of [
      'content-type',
      'content-length',
      'etag',
      'content-disposition',
      'accept-ranges',
      'last-modified',
    ]) {
      expect(head.headers[h], h).toBe(get.headers[h]);
    }
    const ranged = await request(server, pdfPath, { method: 'HEAD', headers: { Range: 'bytes=10-19' } });
    expect(ranged.status).toBe(206);
    expect(ranged.headers['content-length']).toBe('10');
    expect(ranged.body.length).toBe(0);
    const list = await request(server, '/briefings', { method: 'HEAD' });
    expect(list.status).toBe(200);
    expect(list.body.length).toBe(0);
  });

  it('follows rewritten records and ignores invalid, mismatched or outside ones', async () => {
    const issueB = { id: ISSUE_B, publication: '园区周刊', date: '2023-10-02', pageCount: 1 };
    const recordOf = (park: Park) =>
      JSON.stringify(
        BriefingSchema.parse({
          issue: issueB,
          park,
          indicatorIds: [],
          articleIds: [],
          pdf: { path: 'ignored/never/followed.pdf', bytes: 4, pages: 1, url: null },
          createdAt: CREATED_AT,
        }),
      );
    const named = (id: string, shortName: string): Park => ({
      ...XUZHOU,
      id,
      name: shortName,
      shortName,
      aliases: [],
    });
    const url = briefingUrlPath(ISSUE_B, 'renamed');
    const nameOf = async (u: string) =>
      dispositionNames((await request(server, u)).headers['content-disposition']).filenameStar;
    await put(storageKeys.briefingPdf(ISSUE_B, 'renamed'), '%PDF');
    await put(storageKeys.briefingRecord(ISSUE_B, 'renamed'), recordOf(named('renamed', '甲高新区')));
    expect(await nameOf(url)).toBe('甲高新区-2023-10-02.pdf');
    await new Promise((r) => setTimeout(r, 20));
    await put(
      storageKeys.briefingRecord(ISSUE_B, 'renamed'),
      recordOf(named('renamed', '乙高新技术产业开发区')),
    );
    expect(await nameOf(url)).toBe('乙高新技术产业开发区-2023-10-02.pdf');
    await put(storageKeys.briefingRecord(ISSUE_B, 'renamed'), '{ not json');
    expect(await nameOf(url)).toBe(`renamed-${ISSUE_B}.pdf`);
    await put(storageKeys.briefingRecord(ISSUE_B, 'renamed'), recordOf(named('another-park', '丙高新区')));
    expect(await nameOf(url)).toBe(`renamed-${ISSUE_B}.pdf`);
    // A valid record outside the data directory, linked in: never read.
    await writeFile(path.join(root, 'leak.json'), recordOf(named('leak', '泄露高新区')));
    await put(storageKeys.briefingPdf(ISSUE_B, 'leak'), '%PDF');
    await symlink(
      path.join(root, 'leak.json'),
      path.join(dataDir, storageKeys.briefingRecord(ISSUE_B, 'leak')),
    );
    expect(await nameOf(briefingUrlPath(ISSUE_B, 'leak'))).toBe(`leak-${ISSUE_B}.pdf`);
    const listing = await request(server, `/briefings/${ISSUE_B}`);
    expect(listing.body.toString('utf8')).not.toContain('泄露');
    for (const key of [
      storageKeys.briefingPdf(ISSUE_B, 'renamed'),
      storageKeys.briefingRecord(ISSUE_B, 'renamed'),
      storageKeys.briefingPdf(ISSUE_B, 'leak'),
      storageKeys.briefingRecord(ISSUE_B, 'leak'),
    ]) {
      await rm(path.join(dataDir, key));
    }
  });

  it('serves a symlink that stays inside the data directory', async () => {
    const reply = await request(server, briefingUrlPath(ISSUE_B, 'inside-link'));
    expect(reply.status).toBe(200);
    expect(reply.body.equals(xuzhouPdf)).toBe(true);
  });

  it('answers 404 for unknown briefings and 400 for malformed ids', async () => {
    expect((await request(server, briefingUrlPath(ISSUE_A, 'no-such-park'))).status).toBe(404);
    expect((await request(server, briefingUrlPath('2099-01-01-0000000000000000', XUZHOU.id))).status).toBe(
      404,
    );
    expect((await request(server, `/briefings/${ISSUE_A}/Xuzhou.pdf`)).status).toBe(400);
    expect((await request(server, `/briefings/BAD/${XUZHOU.id}.pdf`)).status).toBe(400);
    expect((await request(server, `/briefings/${ISSUE_A}/.pdf`)).status).toBe(400);
    // A directory where a PDF should be is not a PDF.
    await mkdir(path.join(dataDir, storageKeys.briefingPdf(ISSUE_B, 'a-directory')), { recursive: true });
    expect((await request(server, briefingUrlPath(ISSUE_B, 'a-directory'))).status).toBe(404);
  });
});

describe('methods, unknown routes and errors', () => {
  it('answers other methods on known routes with 405 and Allow', async () => {
    for (const [method, p] of [
      ['POST', '/briefings'],
      ['DELETE', briefingUrlPath(ISSUE_A, XUZHOU.id)],
      ['PUT', `/briefings/${ISSUE_A}`],
      ['OPTIONS', '/healthz'],
    ] as const) {
      const reply = await request(server, p, { method });
      expect(reply.status, `${method} ${p}`).toBe(405);
      expect(reply.headers.allow).toBe('GET, HEAD');
      expect(typeof json(reply).error).toBe('string');
    }
  });

  it('answers unknown routes with 404 JSON', async () => {
    for (const p of [
      '/',
      '/nope',
      '/briefings/a/b/c',
      `/briefings/${ISSUE_A}/${XUZHOU.id}`,
      `/briefings/${ISSUE_A}/${XUZHOU.id}.json`,
      '/healthz/x',
    ]) {
      const reply = await request(server, p);
      expect(reply.status, p).toBe(404);
      expect(json(reply)).toEqual({ error: 'not found' });
    }
  });

  it('ignores a query string', async () => {
    expect((await request(server, '/briefings?x=1')).status).toBe(200);
  });

  it('logs one JSON request line per request', async () => {
    const before = logged.length;
    await request(server, '/healthz');
    await request(server, '/nope');
    await new Promise((r) => setTimeout(r, 20));
    const lines = logged.slice(before).filter((e) => e.event === 'request');
    expect(lines.map((l) => [l.method, l.path, l.status])).toEqual([
      ['GET', '/healthz', 200],
      ['GET', '/nope', 404],
    ]);
    expect(typeof lines[0]!.ms).toBe('number');
  });
});

describe('bearer token', () => {
  const pdfPath = briefingUrlPath(ISSUE_A, XUZHOU.id);

  it('requires Authorization: Bearer <token> on every route but /healthz', async () => {
    for (const p of ['/briefings', `/briefings/${ISSUE_A}`, pdfPath, '/nope']) {
      for (const headers of [
        {},
        { Authorization: 'Bearer wrong-token' },
        { Authorization: `Basic ${TOKEN}` },
        { Authorization: `Bearer ${TOKEN}x` },
        { Authorization: 'Bearer' },
      ]) {
        const reply = await request(tokenServer, p, { headers });
        expect(reply.status, `${p} ${JSON.stringify(headers)}`).toBe(401);
        expect(reply.headers['www-authenticate']).toMatch(/^Bearer\b/);
        expect(reply.body.includes(xuzhouPdf.subarray(0, 64))).toBe(false);
        expect(json(reply)).toEqual({ error: 'unauthorized' });
      }
    }
  });

  it('lets the right token through, whatever the case of the scheme', async () => {
    for (const scheme of ['Bearer', 'bearer']) {
      const reply = await request(tokenServer, pdfPath, { headers: { Authorization: `${scheme} ${TOKEN}` } });
      expect(reply.status).toBe(200);
      expect(reply.body.equals(xuzhouPdf)).toBe(true);
    }
    const list = await request(tokenServer, '/briefings', { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(json(list).count).toBe(4);
  });
});

describe('path traversal', () => {
  const attempts = [
    '/briefings/../../secret.pdf',
    '/briefings/../secret.pdf',
    '/../secret.pdf',
    '/..%2fsecret.pdf',
    '/%2e%2e/secret.pdf',
    '/%2e%2e%2fsecret.pdf',
    '/briefings/%2e%2e/%2e%2e/%2e%2e/secret.pdf',
    '/briefings/%2E%2E%2F%2E%2E%2F%2E%2E%2Fsecret.pdf',
    `/briefings/${ISSUE_A}/../../../../secret.pdf`,
    `/briefings/${ISSUE_A}/..%2f..%2f..%2f..%2fsecret.pdf`,
    `/briefings/${ISSUE_A}/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret.pdf`,
    `/briefings/${ISSUE_A}/%252e%252e%252f%252e%252e%252f%252e%252e%252f%252e%252e%252fsecret.pdf`,
    `/briefings/${ISSUE_A}/%25252e%25252e%25252fsecret.pdf`,
    `/briefings/..%2f..%2f..%2f/secret.pdf`,
    `/briefings/%2e%2e%2f%2e%2e%2fissues%2f${ISSUE_A}/x.pdf`,
    `/briefings/${ISSUE_A}/..\\..\\..\\..\\secret.pdf`,
    `/briefings/${ISSUE_A}/%5c..%5c..%5c..%5c..%5csecret.pdf`,
    `/briefings\\..\\..\\secret.pdf`,
    `/briefings/${ISSUE_A}/%2fetc%2fpasswd.pdf`,
    '/briefings/%2fetc%2fpasswd',
    `/briefings/${ISSUE_A}/%2F${'..%2F'.repeat(8)}secret.pdf`,
    '//etc/passwd',
    '/briefings//etc/passwd',
    `/briefings/${ISSUE_A}//etc/passwd.pdf`,
    `/briefings/${ISSUE_A}/${encodeURIComponent(path.join(os.tmpdir(), 'secret'))}.pdf`,
    `/briefings/${ISSUE_A}/xuzhou-gaoxinqu.pdf%00.txt`,
    `/briefings/${ISSUE_A}/%00.pdf`,
    `/briefings/${ISSUE_A}/..%c0%af..%c0%af..%c0%af..%c0%afsecret.pdf`,
    `/briefings/${ISSUE_A}/..%ef%bc%8f..%ef%bc%8fsecret.pdf`,
    `/briefings/${ISSUE_A}/%u002e%u002e%u2215secret.pdf`,
    `/briefings/${ISSUE_A}/....//....//....//secret.pdf`,
    `/briefings/${ISSUE_A}/secret-link.pdf`,
    `/briefings/2023-01-01-outside/xuzhou-gaoxinqu.pdf`,
    `/briefings/2023-01-01-outside`,
    `/briefings/${ISSUE_A}/.pdf`,
    `/briefings/./${ISSUE_A}/xuzhou-gaoxinqu.pdf`,
    'http://127.0.0.1/../secret.pdf',
    '/healthz/../briefings/../../secret.pdf',
  ];

  it('plants a secret the server could leak, and serves real files on the same server', async () => {
    expect((await request(server, briefingUrlPath(ISSUE_A, XUZHOU.id))).status).toBe(200);
  });

  it.each(attempts)('%s → 400 or 404, never the secret', async (attempt) => {
    for (const s of [server, tokenServer]) {
      const reply = await request(s, attempt, { headers: { Authorization: `Bearer ${TOKEN}` } });
      expect([400, 404], `${attempt} → ${reply.status}`).toContain(reply.status);
      expect(reply.body.toString('latin1')).not.toContain(SECRET);
      expect(reply.headers['content-type']).not.toBe('application/pdf');
    }
  });

  it('answers request lines http.request refuses to send (raw NUL, spaces) without the secret', async () => {
    for (const line of [
      `GET /briefings/${ISSUE_A}/../../../../secret.pdf\u0000 HTTP/1.1`,
      `GET /briefings/${ISSUE_A}/xuzhou-gaoxinqu.pdf\u0000.txt HTTP/1.1`,
      `GET /briefings/${ISSUE_A}/../../ ../../secret.pdf HTTP/1.1`,
      `GET ${path.join(root, 'secret.pdf')} HTTP/1.1`,
      `GET ../secret.pdf HTTP/1.1`,
    ]) {
      const text = await rawSocketRequest(server, line);
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]);
      expect([400, 404], JSON.stringify(line)).toContain(status);
      expect(text).not.toContain(SECRET);
    }
  });
});
