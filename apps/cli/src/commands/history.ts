/** `parkbrief history PARK`: a park's figures across every catalogued issue. */
import { parseArgs } from 'node:util';
import { historyToCsv, openCatalogue, type HistoryEntry } from '@parkbrief/catalogue';
import { IsoMonthSchema, METRIC_CODES, metricDefinition, type Indicator } from '@parkbrief/domain';
import { formatChange, formatQuantity, periodRange } from '@parkbrief/reports';
import { loadWorkerEnv } from '@parkbrief/worker';
import { formatTable } from '../table.js';
import { UsageError } from '../usage-error.js';

const FORMATS = ['table', 'csv', 'json'] as const;

function tableOf(entries: readonly HistoryEntry[]): string {
  return formatTable(
    ['期次 issue', '指标 metric', '名称 label', '数值 value', '变化 change', '期间 period'],
    entries.map(({ issue, indicator: i }) => [
      issue.date,
      metricDefinition(i.metric).label,
      i.subject.kind === 'park' ? i.label : `${i.subject.name ?? ''}·${i.label}`,
      i.value ? formatQuantity(i.value) : '—',
      i.change ? formatChange(i.change) : '—',
      i.period ? `${i.period.label}（${periodRange(i.period)}）` : '—',
    ]),
  );
}

/**
 * `parkbrief history PARK [--metric CODE] [--from YYYY-MM] [--to YYYY-MM] [--format table|csv|json] [--all]`.
 * PARK is a park id or any of its names (traditional, full or short). Exit 0; 1 when the park is unknown.
 */
export async function historyCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      metric: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string', default: 'table' },
      all: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw new UsageError('history needs exactly one PARK (an id or a name)');
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  if (values.metric !== undefined && !(METRIC_CODES as readonly string[]).includes(values.metric))
    throw new UsageError(`--metric must be one of ${METRIC_CODES.join(', ')}`);
  for (const [name, value] of [
    ['--from', values.from],
    ['--to', values.to],
  ] as const)
    if (value !== undefined && !IsoMonthSchema.safeParse(value).success)
      throw new UsageError(`${name} must be a month, YYYY-MM`);

  const config = loadWorkerEnv();
  const catalogue = await openCatalogue({
    databaseUrl: config.databaseUrl ?? undefined,
    dataDir: config.dataDir,
  });
  try {
    const park = await catalogue.findPark(positionals[0]!);
    if (park === null) {
      process.stderr.write(
        `parkbrief history: no park "${positionals[0]}" in the catalogue (${catalogue.kind} ${catalogue.location})\n`,
      );
      return 1;
    }
    const entries = await catalogue.parkHistory(park.id, {
      metric: values.metric as Indicator['metric'] | undefined,
      from: values.from,
      to: values.to,
      subjects: values.all ? 'all' : 'park',
    });
    if (format === 'json')
      process.stdout.write(
        `${JSON.stringify({ park, count: entries.length, indicators: entries }, null, 2)}\n`,
      );
    else if (format === 'csv') process.stdout.write(historyToCsv(entries, { bom: true }));
    else {
      const issues = new Set(entries.map((e) => e.issue.id)).size;
      process.stdout.write(
        `${park.shortName}（${park.id}）: ${entries.length} figures from ${issues} issue(s)\n\n${tableOf(entries)}\n`,
      );
    }
    return 0;
  } finally {
    await catalogue.close();
  }
}
