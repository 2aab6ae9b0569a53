/**
 * Read-only access to the briefings the worker stored under the data directory (layout: the domain's
 * `storageKeys`). Every path is built from validated ids and checked, after resolving symlinks, to stay
 * inside the data directory; paths written inside records (`pdf.path`) are never followed.
 */
import { constants as fsConstants } from 'node:fs';
import { lstat, open, readdir, realpath, stat, type FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  BriefingSchema,
  IdSchema,
  IssueRefSchema,
  ParkSchema,
  briefingUrlPath,
  storageKeys,
  type Briefing,
  type IssueRef,
  type Park,
} from '@parkbrief/domain';

/** Whether a string is a valid id (the domain's `IdSchema`): the only names the server looks up. */
export function isId(value: string): boolean {
  return IdSchema.safeParse(value).success;
}

/** One downloadable briefing, as the listing routes show it. */
export interface BriefingListing {
  readonly issue: {
    readonly id: string;
    readonly date: string | null;
    readonly publication: string | null;
    readonly edition?: string;
  };
  readonly park: {
    readonly id: string;
    readonly name: string | null;
    readonly shortName: string | null;
    readonly province: string | null;
    readonly city: string | null;
  };
  /** Absolute download URL when a public URL is configured, else the same as `path`. */
  readonly url: string;
  /** Download path on this server. */
  readonly path: string;
  /** Size of the PDF on disk. */
  readonly bytes: number;
  /** Page count, when the record says. */
  readonly pages: number | null;
  /** When the PDF was rendered (the record's `createdAt`, else the file's modification time). */
  readonly createdAt: string;
}

/** What is known of an issue and its parks, from its records or its extraction. */
interface IssueMeta {
  readonly issue: IssueRef | undefined;
  readonly parks: ReadonlyMap<string, Park>;
}

/** An open PDF, ready to stream. The caller closes `handle`. */
export interface OpenedPdf {
  readonly handle: FileHandle;
  readonly stats: Stats;
}

// Records are small; an extraction holds article text. Anything larger is not ours.
const MAX_RECORD_BYTES = 1 << 20;
const MAX_EXTRACTION_BYTES = 64 << 20;
// Parsed records, by real path, checked against the file's size, mtime and inode on every use.
const MAX_CACHED_RECORDS = 20_000;

// Only the parts of an extraction a download name needs; zod drops the rest, so a richer file still parses.
const ExtractionMetaSchema = z.object({ issue: IssueRefSchema, parks: z.array(ParkSchema) });

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel !== '' && !path.isAbsolute(rel) && rel.split(path.sep)[0] !== '..';
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP' || code === 'ENAMETOOLONG';
}

/** Reads briefings from a data directory. */
export class BriefingStore {
  private readonly records = new Map<
    string,
    { readonly version: string; readonly record: Briefing | undefined }
  >();

  constructor(
    private readonly dataDir: string,
    private readonly publicUrl: string | undefined,
    private readonly warn: (event: string, fields: Record<string, unknown>) => void,
  ) {}

  /** The real path of the data directory, or null when it does not exist (yet). */
  private async root(): Promise<string | null> {
    try {
      return await realpath(this.dataDir);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  /**
   * The real path of a storage key, or null when it does not exist or resolves (through `..` or a symlink)
   * outside the data directory.
   */
  async resolve(key: string, root?: string | null): Promise<string | null> {
    const base = root === undefined ? await this.root() : root;
    if (base === null) return null;
    const candidate = path.resolve(base, key);
    if (!isInside(base, candidate)) return null;
    let real: string;
    try {
      real = await realpath(candidate);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    if (!isInside(base, real)) {
      this.warn('path_outside_data_dir', { key });
      return null;
    }
    return real;
  }

  /** Whether the issue has a directory. */
  async hasIssue(issueId: string): Promise<boolean> {
    if (!isId(issueId)) return false;
    const dir = await this.resolve(storageKeys.issueDir(issueId));
    return dir !== null && ((await statOrNull(dir))?.isDirectory() ?? false);
  }

  /** Opens a briefing's PDF, or null when there is none (or it is not a regular file inside the data dir). */
  async openPdf(issueId: string, parkId: string): Promise<OpenedPdf | null> {
    if (!isId(issueId) || !isId(parkId)) return null;
    const real = await this.resolve(storageKeys.briefingPdf(issueId, parkId));
    if (real === null) return null;
    let handle: FileHandle;
    try {
      // O_NOFOLLOW: the checked real path must not have become a symlink since.
      handle = await open(real, fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    try {
      const stats = await handle.stat();
      if (stats.isFile()) return { handle, stats };
    } catch (error) {
      await handle.close();
      throw error;
    }
    await handle.close();
    return null;
  }

  /**
   * A briefing's record, when present, valid and about that issue and park. `realPath`, when the caller has
   * already resolved it inside the data directory, saves resolving it again (null: known to be absent).
   */
  async readRecord(issueId: string, parkId: string, realPath?: string | null): Promise<Briefing | undefined> {
    const file =
      realPath === undefined ? await this.resolve(storageKeys.briefingRecord(issueId, parkId)) : realPath;
    if (file === null) return undefined;
    const cached = this.records.get(file);
    const stats = await lstatOrNull(file);
    if (stats === null || !stats.isFile()) return undefined;
    const version = `${stats.size}:${stats.mtimeMs}:${stats.ino}`;
    if (cached?.version === version) return cached.record;
    const json = await readJsonNoFollow(file, MAX_RECORD_BYTES, (reason) =>
      this.warn(reason, { issueId, parkId }),
    );
    let record: Briefing | undefined;
    if (json !== undefined) {
      const parsed = BriefingSchema.safeParse(json);
      if (!parsed.success) {
        this.warn('invalid_briefing_record', { issueId, parkId, issues: parsed.error.issues.length });
      } else if (parsed.data.issue.id !== issueId || parsed.data.park.id !== parkId) {
        this.warn('mismatched_briefing_record', { issueId, parkId });
      } else {
        record = parsed.data;
      }
    }
    // Invalid records are cached too, so a broken file is warned about once per version, not per request.
    this.records.delete(file);
    this.records.set(file, { version, record });
    if (this.records.size > MAX_CACHED_RECORDS) this.records.delete(this.records.keys().next().value!);
    return record;
  }

  /** The issue and its parks as its extraction tells them (empty when it has none). */
  async readExtractionMeta(issueId: string): Promise<IssueMeta> {
    const file = await this.resolve(storageKeys.extraction(issueId));
    const json =
      file === null
        ? undefined
        : await readJsonNoFollow(file, MAX_EXTRACTION_BYTES, (reason) => this.warn(reason, { issueId }));
    const parsed = json === undefined ? undefined : ExtractionMetaSchema.safeParse(json);
    if (parsed && !parsed.success) this.warn('invalid_extraction', { issueId });
    if (!parsed?.success || parsed.data.issue.id !== issueId) return { issue: undefined, parks: new Map() };
    return { issue: parsed.data.issue, parks: new Map(parsed.data.parks.map((p) => [p.id, p])) };
  }

  /** Every issue id with a directory, in no particular order. */
  async issueIds(root?: string | null): Promise<string[]> {
    const dir = await this.resolve('issues', root);
    if (dir === null) return [];
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => (e.isDirectory() || e.isSymbolicLink()) && isId(e.name)).map((e) => e.name);
  }

  /** An issue's downloadable briefings (PDFs present on disk), sorted by park id; [] for an unknown issue. */
  async listIssue(
    issueId: string,
    root?: string | null,
  ): Promise<{ issue: IssueRef | undefined; briefings: BriefingListing[] }> {
    const base = root === undefined ? await this.root() : root;
    const dir =
      isId(issueId) && base !== null ? await this.resolve(storageKeys.briefingDir(issueId), base) : null;
    // Regular files listed in a directory already resolved inside the data dir are inside it too: only
    // symlinks need resolving, which keeps a listing of thousands of briefings to a few calls each.
    const kinds = new Map<string, 'file' | 'link'>();
    if (dir !== null) {
      try {
        for (const e of await readdir(dir, { withFileTypes: true })) {
          if (e.isFile()) kinds.set(e.name, 'file');
          else if (e.isSymbolicLink()) kinds.set(e.name, 'link');
        }
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    }
    const locate = async (name: string, key: string): Promise<string | null> => {
      const kind = kinds.get(name);
      if (kind === undefined || dir === null) return null;
      return kind === 'file' ? path.join(dir, name) : this.resolve(key, base);
    };
    const parkIds = [...kinds.keys()]
      .filter((n) => n.endsWith('.pdf'))
      .map((n) => n.slice(0, -'.pdf'.length))
      .filter(isId);

    let extraction: Promise<IssueMeta> | undefined;
    const meta = () => (extraction ??= this.readExtractionMeta(issueId));
    const found = await Promise.all(
      parkIds.map(async (parkId) => {
        const pdf = await locate(`${parkId}.pdf`, storageKeys.briefingPdf(issueId, parkId));
        const stats = pdf === null ? null : await statOrNull(pdf);
        if (stats === null || !stats.isFile()) return null;
        const recordPath = await locate(`${parkId}.json`, storageKeys.briefingRecord(issueId, parkId));
        const record = await this.readRecord(issueId, parkId, recordPath);
        const listing = this.listing(issueId, parkId, stats, record, record ? undefined : await meta());
        return { listing, record };
      }),
    );
    const present = found.filter((f) => f !== null);
    const briefings = present.map((f) => f.listing).sort((a, b) => cmp(a.park.id, b.park.id));
    const issue = present.find((f) => f.record !== undefined)?.record?.issue ?? (await meta()).issue;
    return { issue, briefings };
  }

  /** Every downloadable briefing: newest issue date first, then issue id, then park id. */
  async listAll(): Promise<BriefingListing[]> {
    const root = await this.root();
    const ids = await this.issueIds(root);
    const lists = await Promise.all(ids.map((id) => this.listIssue(id, root)));
    return lists
      .flatMap((l) => l.briefings)
      .sort(
        (a, b) =>
          cmp(b.issue.date ?? '', a.issue.date ?? '') ||
          cmp(a.issue.id, b.issue.id) ||
          cmp(a.park.id, b.park.id),
      );
  }

  /** The readable (Chinese) file name of a briefing and its ASCII fallback. */
  async downloadNames(issueId: string, parkId: string): Promise<{ readable: string; ascii: string }> {
    const record = await this.readRecord(issueId, parkId);
    let park: Pick<Park, 'shortName'> | undefined = record?.park;
    let date = record?.issue.date;
    if (!record) {
      const meta = await this.readExtractionMeta(issueId);
      park = meta.parks.get(parkId);
      date = meta.issue?.date;
    }
    // An issue id begins with its date (deriveIssueId), so the fallback name stays short and dated.
    const when = date ?? issueId;
    return { readable: `${park?.shortName ?? parkId}-${when}.pdf`, ascii: `${parkId}-${when}.pdf` };
  }

  private listing(
    issueId: string,
    parkId: string,
    stats: Stats,
    record: Briefing | undefined,
    meta: IssueMeta | undefined,
  ): BriefingListing {
    const issue = record?.issue ?? meta?.issue;
    const park = record?.park ?? meta?.parks.get(parkId);
    const urlPath = briefingUrlPath(issueId, parkId);
    return {
      issue: {
        id: issueId,
        date: issue?.date ?? null,
        publication: issue?.publication ?? null,
        ...(issue?.edition === undefined ? {} : { edition: issue.edition }),
      },
      park: {
        id: parkId,
        name: park?.name ?? null,
        shortName: park?.shortName ?? null,
        province: park?.province ?? null,
        city: park?.city ?? null,
      },
      url: this.publicUrl === undefined ? urlPath : `${this.publicUrl}${urlPath}`,
      path: urlPath,
      bytes: stats.size,
      pages: record?.pdf.pages ?? null,
      createdAt: record?.createdAt ?? stats.mtime.toISOString(),
    };
  }
}

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await stat(file);
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

async function lstatOrNull(file: string): Promise<Stats | null> {
  try {
    return await lstat(file);
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

/** Parses a JSON file opened without following a final symlink; undefined when absent, too big or not JSON. */
async function readJsonNoFollow(
  file: string,
  maxBytes: number,
  warn: (reason: string) => void,
): Promise<unknown> {
  let handle: FileHandle;
  try {
    handle = await open(file, fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return undefined;
    if (stats.size > maxBytes) {
      warn('json_too_large');
      return undefined;
    }
    const text = await handle.readFile('utf8');
    try {
      return JSON.parse(text) as unknown;
    } catch {
      warn('invalid_json');
      return undefined;
    }
  } finally {
    await handle.close();
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
