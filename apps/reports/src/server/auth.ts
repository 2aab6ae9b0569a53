/**
 * Who may use the server when a token is configured. API clients send `Authorization: Bearer <token>`; a
 * browser cannot add that header, so HTTP Basic with the token as password (any user name) is accepted too:
 * the browser asks once and resends it on every request to the dashboard, its assets and its API.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** The credential an `Authorization` header presents (Bearer token or Basic password), or null. */
export function presentedToken(header: string | undefined): string | null {
  if (header === undefined) return null;
  const bearer = /^\s*Bearer\s+(\S+)\s*$/i.exec(header);
  if (bearer) return bearer[1]!;
  const basic = /^\s*Basic\s+([A-Za-z0-9+/]+=*)\s*$/i.exec(header);
  if (!basic) return null;
  const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon === -1 ? null : decoded.slice(colon + 1);
}

/** Whether an `Authorization` header carries the token, compared in constant time (hashes of both sides). */
export function authorizationMatches(header: string | undefined, token: string): boolean {
  const presented = presentedToken(header);
  const same = timingSafeEqual(digest(presented ?? ''), digest(token));
  return same && presented !== null;
}
