/** A park's history as CSV (RFC 4180), for spreadsheets. */
import { metricDefinition } from '@parkbrief/domain';
import type { HistoryEntry } from './read.js';

/** Byte order mark: spreadsheet programs read a CSV without it as the local code page and garble Chinese. */
export const UTF8_BOM = '\uFEFF';

/** Columns of the history CSV, in order. */
export const HISTORY_CSV_COLUMNS = [
  'park_id',
  'issue_id',
  'issue_date',
  'publication',
  'metric',
  'metric_label',
  'label',
  'subject_kind',
  'subject_name',
  'value',
  'unit',
  'value_text',
  'approx',
  'base_amount',
  'base_unit',
  'change_kind',
  'change_value',
  'change_basis',
  'change_text',
  'share_percent',
  'share_of',
  'share_approx',
  'comparison',
  'period_label',
  'period_start',
  'period_end',
  'evidence',
] as const;

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line per figure, header first, CRLF line ends; with `bom`, a UTF-8 byte order mark in front. */
export function historyToCsv(entries: readonly HistoryEntry[], options: { bom?: boolean } = {}): string {
  const lines = [HISTORY_CSV_COLUMNS.join(',')];
  for (const { issue, parkId, indicator: i } of entries) {
    lines.push(
      [
        parkId,
        issue.id,
        issue.date,
        issue.publication,
        i.metric,
        metricDefinition(i.metric).label,
        i.label,
        i.subject.kind,
        i.subject.name,
        i.value?.amount,
        i.value?.unit,
        i.value?.text,
        i.value?.approx,
        i.value?.base?.amount,
        i.value?.base?.unit,
        i.change?.kind,
        i.change?.value,
        i.change?.basis,
        i.change?.text,
        i.share?.percent,
        i.share?.of,
        i.share?.approx,
        i.comparison?.text,
        i.period?.label,
        i.period?.start,
        i.period?.end,
        i.evidence.text,
      ]
        .map(cell)
        .join(','),
    );
  }
  return `${options.bom ? UTF8_BOM : ''}${lines.join('\r\n')}\r\n`;
}
