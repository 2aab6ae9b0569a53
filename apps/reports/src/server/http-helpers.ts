/** Small HTTP rules the download server follows: RFC 9110 ranges and validators, RFC 6266/5987 file names. */
import { createHash, timingSafeEqual } from 'node:crypto';

/** A satisfiable byte range, both ends inclusive. */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

/**
 * What a `Range` header asks of a representation of `size` bytes:
 * `none` — serve the whole (no header, another unit, a syntax error or several ranges, which RFC 9110 lets a
 * server answer with 200); `range` — serve that part (206); `unsatisfiable` — 416.
 */
export type RangeRequest =
  | { readonly kind: 'none' }
  | { readonly kind: 'range'; readonly range: ByteRange }
  | { readonly kind: 'unsatisfiable' };

/** Parses a `Range` header (`bytes=a-b`, `bytes=a-`, `bytes=-n`) against a size. */
export function parseRange(header: string | undefined, size: number): RangeRequest {
  if (header === undefined) return { kind: 'none' };
  const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!m) return { kind: 'none' };
  const [, first = '', last = ''] = m;
  if (first === '' && last === '') return { kind: 'none' };
  // Positions are compared as big integers: `bytes=99999999999999999999-` starts past any file (416), it is
  // not a syntax error to ignore (which served the whole file with 200).
  if (first === '') {
    // Suffix range: the last n bytes.
    const n = BigInt(last);
    if (n === 0n || size === 0) return { kind: 'unsatisfiable' };
    return {
      kind: 'range',
      range: { start: n >= BigInt(size) ? 0 : size - Number(n), end: size - 1 },
    };
  }
  const startBig = BigInt(first);
  const endBig = last === '' ? null : BigInt(last);
  // last < first makes the range-spec invalid, and an invalid Range header is ignored (RFC 9110 §14.1.1).
  if (endBig !== null && endBig < startBig) return { kind: 'none' };
  if (startBig >= BigInt(size)) return { kind: 'unsatisfiable' };
  const start = Number(startBig);
  const end = endBig === null || endBig >= BigInt(size) ? Number.POSITIVE_INFINITY : Number(endBig);
  return { kind: 'range', range: { start, end: Math.min(end, size - 1) } };
}

/** Whether an `If-None-Match` header matches `etag` (weak comparison, as RFC 9110 §13.1.2 asks). */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const mine = opaque(etag);
  return header.split(',').some((tag) => opaque(tag) === mine);
}

/**
 * Whether an `If-Range` header lets a range through: it must equal the strong ETag, or be an HTTP date not
 * older than the file (RFC 9110 §13.1.5). A stale validator means "send the whole file".
 */
export function ifRangeAllows(header: string | undefined, etag: string, lastModified: Date): boolean {
  if (header === undefined) return true;
  const value = header.trim();
  if (value.startsWith('"') || value.startsWith('W/')) return value === etag;
  const date = Date.parse(value);
  return Number.isFinite(date) && Math.floor(lastModified.getTime() / 1000) * 1000 <= date;
}

// RFC 8187 attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * A `Content-Disposition: attachment` value with an ASCII `filename` fallback and the readable (Chinese)
 * name in `filename*` (RFC 6266 with RFC 5987/8187 encoding). Characters no file system accepts are replaced.
 */
export function attachmentDisposition(readableName: string, asciiFallback: string): string {
  // eslint-disable-next-line no-control-regex
  const unsafe = /[\u0000-\u001f\u007f/\\:*?"<>|]/g;
  const readable = readableName.replace(unsafe, '_').normalize('NFC');
  const ascii = asciiFallback.replace(/[^A-Za-z0-9._-]/g, '_') || 'briefing.pdf';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc8187(readable)}`;
}

/**
 * Whether an `Authorization` header carries `Bearer <token>`. Both sides are hashed first, so the compare
 * takes the same time whatever the length or the first differing byte.
 */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const m = header === undefined ? null : /^\s*Bearer\s+(\S+)\s*$/i.exec(header);
  const presented = m?.[1] ?? '';
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  const same = timingSafeEqual(digest(presented), digest(token));
  return same && m !== null;
}
