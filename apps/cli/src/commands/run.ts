import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import type { Issue, IssueExtraction } from '@parkbrief/domain';
// Light entries only, loaded with this module: the render pool (not the reports package's index, which loads
// react-pdf) and the catalogue thread. The rest (the domain's schemas, the extractor, the worker's in-process
// entry: a third of a second) is imported once both kinds of thread are on their way.
import { createRenderPool, type RenderPool } from '@parkbrief/reports/pool';
import type { RenderBriefingOptions } from '@parkbrief/reports';
import {
  startCatalogueThread,
  type CatalogueThreadStart,
  type ThreadCatalogue,
} from '@parkbrief/worker/catalogue-thread';
import type { RenderJobResult, Storage, WorkerConfig } from '@parkbrief/worker/in-process';
import { formatTable } from '../table.js';
import { UsageError } from '../usage-error.js';

const say = (line: string) => void process.stderr.write(`${line}\n`);

/** The closing table: park, figures found, articles, briefing path. */
function summary(
  parks: readonly RenderJobResult[],
  extraction: Pick<IssueExtraction, 'indicators'> | null,
): string {
  const rows = parks.map((p) => {
    const own = extraction?.indicators.filter(
      (i) => i.subject.parkId === p.parkId && i.subject.kind === 'park',
    ).length;
    return [
      p.shortName,
      own === undefined ? String(p.indicators) : `${own} (+${p.indicators - own})`,
      String(p.articles),
      p.briefing.path ?? p.briefing.url,
    ];
  });
  return formatTable(
    [
      '园区 park',
      extraction ? '指标 figures (park + others)' : '指标 figures',
      '报道 articles',
      '简报 briefing',
    ],
    rows,
  );
}

/**
 * `parkbrief run FILE... --date YYYY-MM-DD [--publication NAME] [--edition A7] [--park NAME] [--queue]`: the whole pipeline. In this process
 * by default (no Redis needed); with --queue, through Redis and the workers.
 */
export async function runCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      date: { type: 'string' },
      publication: { type: 'string' },
      edition: { type: 'string' },
      park: { type: 'string' },
      timeout: { type: 'string' },
      queue: { type: 'boolean' },
    },
  });
  if (positionals.length === 0) throw new UsageError('run needs at least one page FILE');
  // In this process: the embedded catalogue's thread starts loading its modules now, before this thread loads its
  // own (PGlite is the run's longest path to its first briefing). Only when no DATABASE_URL is set: a PostgreSQL
  // server is connected to from this thread. Cancelled on every way out that does not open it.
  if (!values.queue) setRunFlags();
  const early = !values.queue && !process.env.DATABASE_URL ? startCatalogueThread() : null;
  try {
    return await runCommandWith(values, positionals, early);
  } finally {
    await early?.cancel();
  }
}

/** What `run` loads after starting its threads. */
type RunModules = typeof import('@parkbrief/worker/in-process') &
  Pick<typeof import('@parkbrief/domain'), 'IsoDateSchema' | 'storageKeys'>;

async function loadRunModules(): Promise<RunModules> {
  const [domain, inProcess] = await Promise.all([
    import('@parkbrief/domain'),
    import('@parkbrief/worker/in-process'),
  ]);
  return { ...inProcess, IsoDateSchema: domain.IsoDateSchema, storageKeys: domain.storageKeys };
}

/** V8 flags of the one-shot run, process-wide, so set before any thread starts. */
function setRunFlags(): void {
  // WebAssembly compiled by the baseline compiler only. V8 otherwise also optimises PGlite's 9 MB of PostgreSQL
  // (and yoga) on its background threads: on the sample that was 1.3 s of the run's 9 s of CPU (4 of the
  // platform threads' CPU), for a process that runs a few dozen statements and exits. The long-running worker and
  // server keep the default.
  setFlagsFromString('--liftoff-only');
  // Nor does V8's optimising compiler (TurboFan) pay in a process this short: it compiled react-pdf's layout on
  // the background threads of both cores while the renders waited for them. Off, the sample's run took 4.3 s of
  // CPU instead of 5.9 s, and 3.3 s instead of 4.0 s; a 12-page issue of 29 briefings 4.6-4.9 s instead of
  // 5.5-7.3 s (2026-12-03, 2 cores).
  setFlagsFromString('--no-opt');
}

async function runCommandWith(
  values: {
    date?: string | undefined;
    publication?: string | undefined;
    edition?: string | undefined;
    park?: string | undefined;
    timeout?: string | undefined;
    queue?: boolean | undefined;
  },
  positionals: string[],
  early: CatalogueThreadStart | null,
): Promise<number> {
  const m = await loadRunModules();
  const { IsoDateSchema, describeDateProblem, parseTimeout, loadWorkerEnv, issueFromFiles, issueSizeError } =
    m;
  const date = IsoDateSchema.safeParse(values.date);
  const timeoutMs = parseTimeout(values.timeout);
  if (timeoutMs === null) throw new UsageError('--timeout must be a positive number of seconds');
  // Missing, malformed and impossible dates each get their own message (not all "required").
  if (!date.success) throw new UsageError(describeDateProblem(values.date) ?? '--date is not a date');
  const config = loadWorkerEnv();
  const read = await issueFromFiles(positionals, {
    date: date.data,
    ...(values.publication === undefined ? {} : { publication: values.publication }),
    ...(values.edition === undefined ? {} : { edition: values.edition }),
    ...(values.park === undefined ? {} : { park: values.park }),
    maxPdfBytes: config.pdf.maxBytes,
  });
  if (!read.ok) {
    say(`parkbrief run: ${read.error.message}`);
    return 2;
  }
  const issue = read.issue;
  const tooBig = issueSizeError(issue, config.maxIssueBytes);
  if (tooBig) {
    say(`parkbrief run: ${tooBig}`);
    return 2;
  }
  const started = performance.now();
  const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)}s`;
  say(`issue ${issue.id}: ${issue.publication} ${issue.date}, ${issue.pages.length} page(s)`);

  if (values.queue) {
    const { enqueueIssue, waitForIssue } = await import('@parkbrief/worker');
    const { jobId, deduplicated } = await enqueueIssue(issue, {
      redisUrl: config.redisUrl,
      prefix: config.prefix,
      attempts: config.attempts,
      backoffMs: config.backoffMs,
      maxIssueBytes: config.maxIssueBytes,
    });
    say(`enqueued as job ${jobId}${deduplicated ? ' (already on the queue)' : ''}; waiting for the workers…`);
    const result = await waitForIssue(jobId, {
      redisUrl: config.redisUrl,
      prefix: config.prefix,
      onProgress: (p) =>
        say(`  ${p.stage}${p.total === undefined ? '' : ` ${p.done ?? 0}/${p.total}`}  ${seconds()}`),
      onNoWorker: () => say('  waiting for a worker: none is connected (start one with `parkbrief worker`)'),
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    });
    process.stdout.write(
      `${summary(result.parks, null)}\n\nextraction: ${result.extraction.path ?? result.extraction.key}\n`,
    );
    return 0;
  }

  const storage = m.createFileStorage(config.dataDir);
  // Started first: a render thread loads react-pdf and parses the fonts (0.8-0.9 s of CPU) while this thread
  // opens the catalogue and extracts, instead of after. One thread at first: a second costs as much to start as
  // the sample's seven renders, so the pool starts more only for a long queue. Closed on every way out below.
  const pool = createRenderPool({
    size: Math.max(1, config.renderConcurrency),
    startThreads: 1,
    maxRendersPerWorker: config.renderRecycle,
    timeoutMs: config.renderTimeoutMs,
    resourceLimits: { maxOldGenerationSizeMb: config.renderMaxHeapMb },
  });
  try {
    return await runHere(m, { issue, config, storage, pool, seconds, early });
  } finally {
    await pool.close();
  }
}

/** What `runHere` works with. */
interface RunHereOptions {
  readonly issue: Issue;
  readonly config: WorkerConfig;
  readonly storage: Storage;
  readonly pool: RenderPool;
  readonly seconds: () => string;
  /** The catalogue thread started early, when PGlite is expected. */
  readonly early: CatalogueThreadStart | null;
}

/** `run` in this process, with the render pool already starting. */
async function runHere(m: RunModules, o: RunHereOptions): Promise<number> {
  const { issue, config, storage, pool, seconds } = o;
  const { createLogger, extractIssueHere, PdfInputError, writeBriefing, storageKeys } = m;
  // Opened while the issue is extracted, and awaited before anything is written: a catalogue that cannot be
  // opened (PGlite in use by a server) still stops the run before any output. PGlite opens in a thread of its
  // own (a second of CPU, synchronous once under way, that would otherwise wait for the extraction or hold it
  // up), the one started early when there is one; a PostgreSQL server only needs connecting to. Closed on every
  // way out.
  const where = { databaseUrl: config.databaseUrl ?? undefined, dataDir: config.dataDir };
  const opening: Promise<ThreadCatalogue> = where.databaseUrl
    ? import('@parkbrief/catalogue').then(({ openCatalogue }) => openCatalogue(where))
    : (o.early ?? startCatalogueThread()).open(where);
  // Awaited below on every path; this only keeps a failure meanwhile from counting as unhandled.
  opening.catch(() => undefined);
  // Progress goes to stderr as plain lines; the JSON event log is for the long-running worker.
  const logger = createLogger({ level: 'warn' });
  say(`  extract…`);
  let extraction: IssueExtraction;
  try {
    extraction = await extractIssueHere(issue, { pdf: config.pdf, timeoutMs: config.extractTimeoutMs });
  } catch (err) {
    await closeWhenOpen(opening);
    // An unreadable PDF (encrypted, broken, scanned, too slow): one line naming the file and the reason.
    if (!(err instanceof PdfInputError)) throw err;
    say(`parkbrief run: ${err.message}`);
    return 2;
  }
  const catalogue = await opening;
  try {
    await storage.put(storageKeys.extraction(issue.id), JSON.stringify(extraction));
    await catalogue.writeExtraction(extraction);
    say(
      `  extracted ${extraction.articles.length} articles, ${extraction.parks.length} parks, ${extraction.indicators.length} figures  ${seconds()}`,
    );
    const brand = config.brandPath === null ? {} : { brandPath: config.brandPath };
    const renderer = {
      render: (e: IssueExtraction, parkId: string, o?: RenderBriefingOptions) =>
        pool.render(e, parkId, { ...o, ...brand }),
    };
    let done = 0;
    const results = await Promise.all(
      extraction.parks.map(async (park) => {
        const written = await writeBriefing(
          { storage, renderer, logger, publicUrl: config.publicUrl, catalogue },
          extraction,
          park.id,
        );
        say(`  [${++done}/${extraction.parks.length}] ${park.shortName}  ${seconds()}`);
        return written;
      }),
    );
    process.stdout.write(
      `${summary(results, extraction)}\n\nextraction: ${storage.locate(storageKeys.extraction(issue.id)) ?? storageKeys.extraction(issue.id)}\n`,
    );
    say(`  catalogue: ${catalogue.kind} ${catalogue.location}`);
  } finally {
    // Both at once: PGlite's close writes a checkpoint while the render threads end (closing twice is harmless).
    await Promise.all([catalogue.close(), pool.close()]);
  }
  return 0;
}

/** Closes a catalogue still being opened once it is open; one that failed to open needs nothing. */
async function closeWhenOpen(opening: Promise<ThreadCatalogue>): Promise<void> {
  const catalogue = await opening.catch(() => null);
  await catalogue?.close();
}
