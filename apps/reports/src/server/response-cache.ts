/**
 * A cache of the catalogue routes' answers, as the bytes sent. The catalogue changes when an issue is written
 * (a few times a week) and is read far more often: the same first page of briefings, the same park's history.
 * Serving those from memory costs no pool connection, no query and no JSON serialisation, so a crowd of
 * listing clients neither waits on the pool nor holds up the event loop that answers /healthz.
 *
 * Correctness rests on the catalogue's change feed: every entry belongs to the feed version read before its
 * query ran, and the whole cache is dropped as soon as the version moves (a write by this process, a notice of
 * a write by another, or a lost notice connection). While notices could go unseen nothing is cached.
 */
import type { ChangeFeed } from '@parkbrief/catalogue';

/** An answer as it is sent. */
export interface CachedResponse {
  readonly body: Buffer;
  readonly type: string;
  /** `Content-Disposition`, when the answer is a download (CSV). */
  readonly disposition: string | undefined;
}

/** A version to store a read under; `null` when nothing may be cached. */
export type CacheStamp = number | null;

/**
 * Least recently used answers up to a total size, all of one catalogue version. An answer larger than an eighth
 * of the total is not kept: one park's whole history as CSV must not push out every page of briefings.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;
  private version = -1;

  constructor(
    private readonly feed: ChangeFeed,
    /** Total bytes of bodies kept. */
    readonly maxBytes: number,
  ) {}

  /** The answer kept for `key` at the current version, if any. */
  get(key: string): CachedResponse | undefined {
    if (!this.current()) return undefined;
    const hit = this.entries.get(key);
    if (hit) {
      // Map keeps insertion order: re-inserting makes it the most recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  /** Take before reading the catalogue, and give to `put` with what was read. */
  stamp(): CacheStamp {
    return this.feed.live ? this.feed.version : null;
  }

  /** Keeps an answer read at `stamp`, unless the catalogue may have changed since. */
  put(key: string, stamp: CacheStamp, response: CachedResponse): void {
    if (stamp === null || stamp !== this.feed.version || !this.current()) return;
    const size = response.body.length + key.length;
    if (size > this.maxBytes / 8) return;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.bytes -= old.body.length + key.length;
    }
    while (this.bytes + size > this.maxBytes) {
      const oldest = this.entries.entries().next();
      if (oldest.done === true) break;
      const [k, v] = oldest.value;
      this.entries.delete(k);
      this.bytes -= v.body.length + k.length;
    }
    this.entries.set(key, response);
    this.bytes += size;
  }

  /** Entries kept (for tests and metrics). */
  get size(): number {
    return this.entries.size;
  }

  /** Drops everything once the version has moved; false while nothing may be cached. */
  private current(): boolean {
    if (this.version !== this.feed.version) {
      this.entries.clear();
      this.bytes = 0;
      this.version = this.feed.version;
    }
    return this.feed.live;
  }
}
