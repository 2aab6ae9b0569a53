/** Between domain objects and rows: an `Indicator` is spread over columns and read back whole. */
import type { Indicator, IssueExtraction } from '@parkbrief/domain';
import type { IndicatorRow, NewIndicatorRow } from './schema.js';

/** The row of an indicator; `parkId` is the catalogue's id of the subject's park. */
export function indicatorToRow(
  extraction: IssueExtraction,
  indicator: Indicator,
  ord: number,
  parkId: string | null,
): NewIndicatorRow {
  const { value, change, share, comparison, period, evidence, basis } = indicator;
  return {
    issue_id: extraction.issue.id,
    id: indicator.id,
    ord,
    article_id: indicator.articleId,
    issue_date: extraction.issue.date,
    month: period?.end ?? extraction.issue.date.slice(0, 7),
    subject_kind: indicator.subject.kind,
    park_id: parkId,
    subject_name: indicator.subject.name,
    metric: indicator.metric,
    label: indicator.label,
    value_amount: value?.amount ?? null,
    value_text: value?.text ?? null,
    value_unit: value?.unit ?? null,
    value_approx: value?.approx ?? null,
    base_amount: value?.base?.amount ?? null,
    base_unit: value?.base?.unit ?? null,
    change_kind: change?.kind ?? null,
    change_value: change?.value ?? null,
    change_approx: change?.approx ?? null,
    change_basis: change?.basis ?? null,
    change_text: change?.text ?? null,
    share_percent: share?.percent ?? null,
    share_of: share?.of ?? null,
    share_approx: share?.approx ?? null,
    comparison_against: comparison?.against ?? null,
    comparison_kind: comparison?.kind ?? null,
    comparison_value: comparison?.value ?? null,
    comparison_text: comparison?.text ?? null,
    period_label: period?.label ?? null,
    period_start: period?.start ?? null,
    period_end: period?.end ?? null,
    evidence_text: evidence.text,
    evidence_start: evidence.start,
    evidence_end: evidence.end,
    basis_subject: basis?.subject ?? null,
    basis_period: basis?.period ?? null,
  };
}

/** The indicator a row holds (its subject's `parkId` is the catalogue's park id). */
export function rowToIndicator(row: IndicatorRow): Indicator {
  const indicator: Indicator = {
    id: row.id,
    articleId: row.article_id,
    subject: { kind: row.subject_kind, parkId: row.park_id, name: row.subject_name },
    metric: row.metric,
    label: row.label,
    value:
      row.value_amount === null
        ? null
        : {
            amount: row.value_amount,
            text: row.value_text ?? '',
            unit: row.value_unit ?? '',
            approx: row.value_approx,
            base:
              row.base_amount === null || row.base_unit === null
                ? null
                : { amount: row.base_amount, unit: row.base_unit },
          },
    change:
      row.change_kind === null || row.change_value === null
        ? null
        : {
            kind: row.change_kind,
            value: row.change_value,
            approx: row.change_approx,
            basis: row.change_basis,
            text: row.change_text ?? '',
          },
    share:
      row.share_percent === null
        ? null
        : { percent: row.share_percent, of: row.share_of, approx: row.share_approx },
    comparison:
      row.comparison_kind === null || row.comparison_value === null
        ? null
        : {
            against: row.comparison_against ?? '',
            kind: row.comparison_kind,
            value: row.comparison_value,
            text: row.comparison_text ?? '',
          },
    period:
      row.period_label === null || row.period_start === null || row.period_end === null
        ? null
        : { label: row.period_label, start: row.period_start, end: row.period_end },
    evidence: { text: row.evidence_text, start: row.evidence_start, end: row.evidence_end },
  };
  if (row.basis_subject !== null && row.basis_period !== null)
    return { ...indicator, basis: { subject: row.basis_subject, period: row.basis_period } };
  return indicator;
}
