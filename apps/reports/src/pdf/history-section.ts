/**
 * The briefing's history section: each key figure of the park beside the same metric in the park's earlier
 * issues (value, change, period) with a small line chart of the values. Its input is the catalogue's history
 * (optional); with no earlier figure the section is left out.
 */
import { metricDefinition, type Indicator, type IssueRef } from '@parkbrief/domain';
import type { HistoryEntry } from '@parkbrief/catalogue';
import { Circle, Polyline, StyleSheet, Svg, Text, View } from '@react-pdf/renderer';
import { createElement, type ReactElement, type ReactNode } from 'react';
import type { Brand } from './brand.js';
import { FONT_FAMILY } from './fonts.js';
import {
  changeDirection,
  formatChange,
  formatChineseDate,
  formatPeriod,
  formatQuantity,
  type ChangeDirection,
} from './format.js';

/** One figure of a metric, in an earlier issue or this one. */
export interface HistoryRowView {
  readonly issueDate: string;
  readonly current: boolean;
  readonly label: string;
  readonly period: string | null;
  readonly value: string | null;
  readonly change: string | null;
  readonly direction: ChangeDirection | null;
  /** Change of the value against the row before it, in percent, when both are in the same base unit. */
  readonly delta: string | null;
  readonly deltaDirection: ChangeDirection | null;
}

/** One metric's figures over the park's issues, oldest first, this issue's last. */
export interface HistoryGroupView {
  readonly metric: Indicator['metric'];
  readonly metricLabel: string;
  readonly rows: readonly HistoryRowView[];
  /** Values in one base unit, oldest first, for the chart; empty when fewer than two are comparable. */
  readonly points: readonly number[];
}

/** The section: one group per metric of the park's key figures that has earlier figures. */
export interface HistoryView {
  readonly groups: readonly HistoryGroupView[];
}

function rowOf(
  issueDate: string,
  current: boolean,
  i: Indicator,
): Omit<HistoryRowView, 'delta' | 'deltaDirection'> {
  return {
    issueDate,
    current,
    label: i.label,
    period: i.period ? formatPeriod(i.period) : null,
    value: i.value ? formatQuantity(i.value) : null,
    change: i.change ? formatChange(i.change) : null,
    direction: i.change ? changeDirection(i.change) : null,
  };
}

/**
 * The history section of a park's briefing: for each metric of `keyFigures` (in their order), its earlier
 * figures from `history`, then this issue's. Null when no key figure has an earlier one.
 */
export function buildHistoryView(
  issue: IssueRef,
  keyFigures: readonly Indicator[],
  history: readonly HistoryEntry[] | undefined,
): HistoryView | null {
  if (!history || history.length === 0) return null;
  const groups: HistoryGroupView[] = [];
  const seen = new Set<string>();
  for (const figure of keyFigures) {
    // One group per metric and label: 工业技改投资 and 制造业技改投资 share a metric but are not one series.
    const key = `${figure.metric}\u0000${figure.label}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const sameMetric = keyFigures.filter((k) => k.metric === figure.metric);
    const labels = new Set(sameMetric.map((k) => k.label));
    // An earlier figure matches by label; when this issue has one label for the metric, any label of it does.
    const matches = (i: Indicator) =>
      i.metric === figure.metric && (labels.size === 1 || i.label === figure.label);
    const earlier = history.filter((h) => matches(h.indicator) && h.issue.date < issue.date);
    if (earlier.length === 0) continue;
    const now = sameMetric.filter((k) => k.label === figure.label);
    const entries = [
      ...earlier.map((h) => ({ date: h.issue.date, current: false, indicator: h.indicator })),
      ...now.map((indicator) => ({ date: issue.date, current: true, indicator })),
    ];
    const unit = figure.value?.base?.unit ?? null;
    let previous: number | null = null;
    const rows: HistoryRowView[] = [];
    const points: number[] = [];
    for (const e of entries) {
      const base = e.indicator.value?.base;
      const amount = base && base.unit === unit ? base.amount : null;
      let delta: string | null = null;
      let deltaDirection: ChangeDirection | null = null;
      if (amount !== null && previous !== null && previous !== 0) {
        const pct = ((amount - previous) / Math.abs(previous)) * 100;
        delta = `${pct > 0 ? '+' : ''}${pct.toFixed(1)}%`;
        deltaDirection = pct > 0 ? 'up' : pct < 0 ? 'down' : 'flat';
      }
      if (amount !== null) {
        previous = amount;
        points.push(amount);
      }
      rows.push({ ...rowOf(e.date, e.current, e.indicator), delta, deltaDirection });
    }
    groups.push({
      metric: figure.metric,
      metricLabel:
        labels.size === 1 && figure.label === metricDefinition(figure.metric).label
          ? figure.label
          : labels.size === 1
            ? `${metricDefinition(figure.metric).label}（${figure.label}）`
            : figure.label,
      rows,
      points: points.length >= 2 ? points : [],
    });
  }
  return groups.length > 0 ? { groups } : null;
}

const h = (type: unknown, props: Record<string, unknown> | null, ...children: ReactNode[]): ReactElement =>
  createElement(type as Parameters<typeof createElement>[0], props, ...children);

const WIDTHS = ['22%', '24%', '20%', '18%', '16%'];
const CHART_W = 70;
const CHART_H = 26;

function styles(brand: Brand) {
  const c = brand.colors;
  return StyleSheet.create({
    title: {
      fontFamily: FONT_FAMILY,
      fontSize: 12.5,
      fontWeight: 700,
      color: c.primary,
      borderBottomWidth: 1.5,
      borderBottomColor: c.accent,
      paddingBottom: 2,
      marginTop: 8,
      marginBottom: 6,
    },
    group: { marginBottom: 8 },
    groupHead: { flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-end' },
    groupTitle: { fontSize: 10, fontWeight: 700, color: c.text, marginBottom: 3 },
    headRow: {
      flexDirection: 'row',
      backgroundColor: c.tint,
      borderBottomWidth: 0.75,
      borderBottomColor: c.rule,
    },
    row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: c.rule },
    currentRow: {
      flexDirection: 'row',
      borderBottomWidth: 0.5,
      borderBottomColor: c.rule,
      backgroundColor: c.tint,
    },
    cell: { paddingVertical: 2.5, paddingHorizontal: 4, fontSize: 8, lineHeight: 1.35 },
    headCell: { paddingVertical: 2.5, paddingHorizontal: 4, fontSize: 7.5, fontWeight: 700, color: c.muted },
    strong: { fontWeight: 700 },
    up: { color: c.up, fontWeight: 700 },
    down: { color: c.down, fontWeight: 700 },
    flat: { color: c.muted, fontWeight: 700 },
  });
}

function Sparkline(brand: Brand, points: readonly number[]): ReactElement | null {
  if (points.length < 2) return null;
  const min = Math.min(...points);
  const max = Math.max(...points);
  const span = max - min || 1;
  const xy = points.map((p, i) => {
    const x = 3 + (i / (points.length - 1)) * (CHART_W - 6);
    const y = CHART_H - 3 - ((p - min) / span) * (CHART_H - 6);
    return [x, y] as const;
  });
  const last = xy.at(-1)!;
  return h(
    Svg,
    { width: CHART_W, height: CHART_H, viewBox: `0 0 ${CHART_W} ${CHART_H}` },
    h(Polyline, {
      points: xy.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' '),
      stroke: brand.colors.primary,
      strokeWidth: 1.2,
      fill: 'none',
    }),
    h(Circle, { cx: last[0], cy: last[1], r: 2, fill: brand.colors.accent }),
  );
}

/** The section as react-pdf elements; null when there is no history to show. */
export function HistorySection(view: HistoryView | null | undefined, brand: Brand): ReactElement | null {
  if (!view || view.groups.length === 0) return null;
  const s = styles(brand);
  const dir = (d: ChangeDirection | null) =>
    d === 'up' ? s.up : d === 'down' ? s.down : d === 'flat' ? s.flat : {};
  const cell = (text: string | null, i: number, style?: unknown) =>
    h(Text, { key: i, style: [s.cell, { width: WIDTHS[i] }, style ?? {}] }, text ?? '—');
  return h(
    View,
    { key: 'history' },
    h(Text, { style: s.title, minPresenceAhead: 60 }, '历期对比'),
    ...view.groups.map((g) =>
      h(
        View,
        { key: g.metric, style: s.group, wrap: false },
        h(
          View,
          { style: s.groupHead },
          h(Text, { style: s.groupTitle }, g.metricLabel),
          Sparkline(brand, g.points),
        ),
        h(
          View,
          { style: s.headRow },
          ...['期次', '期间', '数值', '增速', '较上期'].map((label, i) =>
            h(Text, { key: label, style: [s.headCell, { width: WIDTHS[i] }] }, label),
          ),
        ),
        ...g.rows.map((r, k) =>
          h(
            View,
            { key: k, style: r.current ? s.currentRow : s.row },
            cell(
              r.current ? `本期 ${formatChineseDate(r.issueDate)}` : formatChineseDate(r.issueDate),
              0,
              r.current ? s.strong : undefined,
            ),
            cell(r.period, 1),
            cell(r.value, 2),
            cell(r.change, 3, dir(r.direction)),
            cell(r.delta, 4, dir(r.deltaDirection)),
          ),
        ),
      ),
    ),
  );
}
