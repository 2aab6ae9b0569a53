/**
 * The briefing as react-pdf elements. Written with createElement (no JSX) so the package needs no JSX
 * compiler settings.
 */
import {
  Circle,
  Document,
  Ellipse,
  G,
  Image,
  Line,
  Page,
  Path,
  Polygon,
  Polyline,
  Rect,
  StyleSheet,
  Svg,
  Text,
  View,
} from '@react-pdf/renderer';
import { createElement, type ReactElement, type ReactNode } from 'react';
import type { Brand, BrandLogo } from './brand.js';
import { FONT_FAMILY } from './fonts.js';
import { formatChineseDate, formatGeneratedAt, namesItsYear } from './format.js';
import {
  briefingTitle,
  type ArticleView,
  type BriefingModel,
  type ChartBar,
  type FigureRow,
} from './model.js';
import type { SvgElement } from './svg.js';
import { HistorySection } from './history-section.js';

// react-pdf's components and SVG primitives differ in prop types; the document builds them through one door.
const h = (type: unknown, props: Record<string, unknown> | null, ...children: ReactNode[]): ReactElement =>
  createElement(type as Parameters<typeof createElement>[0], props, ...children);

const PAGE_WIDTH = 595.28; // A4
const MARGIN_X = 42;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;

/**
 * Where the page numbers go: react-pdf draws the words of 第 X 页 / 共 Y 页 and leaves two slots that
 * `stampPageNumbers` fills after layout (a render prop would make react-pdf lay out every page again).
 * Boxes in points from the page number block's left; the block is centred under the content, its text
 * baseline `PAGE_NUMBER_BASELINE` above the page's bottom.
 */
const PAGE_NUMBER_BLOCK = { width: 76, bottom: 10.54, fontSize: 7 } as const;
const PAGE_NUMBER_PIECES = [
  { text: '第', left: 0, width: 10, align: 'right' },
  { text: '页 / 共', left: 24, width: 28, align: 'center' },
  { text: '页', left: 66, width: 10, align: 'left' },
] as const;
const PAGE_NUMBER_SLOTS = [
  { left: 10, width: 14 },
  { left: 52, width: 14 },
] as const;
/** The footer text's baseline, measured from the text layer (the footer test checks digits and words share it). */
const PAGE_NUMBER_BASELINE = 24.02;

/** Where `stampPageNumbers` writes the page number and the page count, in PDF points (y up). */
export interface PageNumberPlacement {
  /** Centre of the page number's slot, and of the page count's. */
  readonly numberX: number;
  readonly totalX: number;
  readonly baseline: number;
  readonly fontSize: number;
}

/** The placement of the page number and count on every page of a briefing. */
export function pageNumberPlacement(): PageNumberPlacement {
  const left = (PAGE_WIDTH - PAGE_NUMBER_BLOCK.width) / 2;
  const [n, t] = PAGE_NUMBER_SLOTS;
  return {
    numberX: left + n.left + n.width / 2,
    totalX: left + t.left + t.width / 2,
    baseline: PAGE_NUMBER_BASELINE,
    fontSize: PAGE_NUMBER_BLOCK.fontSize,
  };
}

/**
 * The words of the page number block, placed on the page itself (a View around them cost a yoga node on every
 * page). Their line height is 1.2 × react-pdf's default font size, as when the block's font size was inherited:
 * a unitless lineHeight counts the font size of its own style.
 */
function pageNumberStyles(color: string) {
  const piece = (i: 0 | 1 | 2) => ({
    position: 'absolute' as const,
    bottom: PAGE_NUMBER_BLOCK.bottom,
    left: (PAGE_WIDTH - PAGE_NUMBER_BLOCK.width) / 2 + PAGE_NUMBER_PIECES[i].left,
    width: PAGE_NUMBER_PIECES[i].width,
    fontSize: PAGE_NUMBER_BLOCK.fontSize,
    lineHeight: `${1.2 * 18}pt`,
    textAlign: PAGE_NUMBER_PIECES[i].align,
    color,
  });
  return { pageNumber0: piece(0), pageNumber1: piece(1), pageNumber2: piece(2) };
}

function makeStyles(brand: Brand) {
  const c = brand.colors;
  return StyleSheet.create({
    page: {
      fontFamily: FONT_FAMILY,
      fontSize: 9.5,
      // No lineHeight here: inherited by the absolutely placed footer, it pushes the footer off the page
      // (react-pdf 4.9); paragraphs and cells set their own.
      color: c.text,
      paddingTop: 54,
      paddingBottom: 58,
      paddingHorizontal: MARGIN_X,
    },
    running: {
      position: 'absolute',
      top: 20,
      left: MARGIN_X,
      right: MARGIN_X,
      flexDirection: 'row',
      justifyContent: 'space-between',
      alignItems: 'center',
      borderBottomWidth: 0.75,
      borderBottomColor: c.rule,
      paddingBottom: 4,
      fontSize: 7.5,
      color: c.muted,
    },
    runningName: { marginLeft: 5, color: c.primary, fontWeight: 700 },
    // Pushed to the right by its margin: logo, name and this line are the running header's own children
    // (the logo and name were a View of their own, drawn on every page).
    runningIssue: { marginLeft: 'auto' },
    footer: {
      position: 'absolute',
      bottom: 22,
      left: MARGIN_X,
      right: MARGIN_X,
      flexDirection: 'row',
      justifyContent: 'space-between',
      borderTopWidth: 0.75,
      borderTopColor: c.rule,
      paddingTop: 5,
      fontSize: 7,
      color: c.muted,
    },
    footerLeft: { width: '45%' },
    ...pageNumberStyles(c.muted),
    footerRight: { width: '35%', textAlign: 'right' },
    masthead: {
      backgroundColor: c.primary,
      color: '#FFFFFF',
      paddingVertical: 14,
      paddingHorizontal: 16,
      borderRadius: 3,
      marginBottom: 14,
    },
    mastheadTop: { flexDirection: 'row', justifyContent: 'space-between', fontSize: 8, marginBottom: 8 },
    mastheadKicker: { color: '#FFFFFF', opacity: 0.85 },
    parkName: { fontSize: 22, fontWeight: 700, lineHeight: 1.25 },
    officialName: { fontSize: 10.5, marginTop: 3 },
    parkMeta: { flexDirection: 'row', flexWrap: 'wrap', marginTop: 8, fontSize: 8.5 },
    badge: {
      borderWidth: 0.75,
      borderColor: '#FFFFFF',
      borderRadius: 2,
      paddingHorizontal: 4,
      marginRight: 6,
      marginBottom: 2,
    },
    summary: {
      flexDirection: 'row',
      marginBottom: 14,
      borderLeftWidth: 3,
      borderLeftColor: c.accent,
      backgroundColor: c.tint,
      paddingVertical: 6,
      paddingHorizontal: 10,
    },
    summaryItem: { marginRight: 22 },
    summaryNumber: { fontSize: 14, fontWeight: 700, color: c.primary, lineHeight: 1.2 },
    summaryLabel: { fontSize: 7.5, color: c.muted },
    sectionTitle: {
      fontSize: 12.5,
      fontWeight: 700,
      color: c.primary,
      borderBottomWidth: 1.5,
      borderBottomColor: c.accent,
      paddingBottom: 2,
      marginTop: 8,
      marginBottom: 6,
    },
    groupTitle: { fontSize: 10, fontWeight: 700, color: c.text, marginTop: 6, marginBottom: 3 },
    table: { borderTopWidth: 0.75, borderTopColor: c.rule },
    headRow: {
      flexDirection: 'row',
      backgroundColor: c.tint,
      borderBottomWidth: 0.75,
      borderBottomColor: c.rule,
    },
    row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: c.rule },
    cell: { paddingVertical: 3.5, paddingHorizontal: 4, fontSize: 8.5, lineHeight: 1.4 },
    headCell: { paddingVertical: 3, paddingHorizontal: 4, fontSize: 7.5, fontWeight: 700, color: c.muted },
    strong: { fontWeight: 700 },
    small: { fontSize: 7, color: c.muted },
    up: { color: c.up, fontWeight: 700 },
    down: { color: c.down, fontWeight: 700 },
    flat: { color: c.muted, fontWeight: 700 },
    notes: { marginTop: 5, fontSize: 7.5, color: c.muted, lineHeight: 1.45 },
    comparison: { fontSize: 7.5, color: c.text, lineHeight: 1.3 },
    carried: { fontSize: 7, color: c.accent },
    chartHead: { marginTop: 10 },
    chartTitle: { fontSize: 9, fontWeight: 700, marginBottom: 4 },
    chartRow: { flexDirection: 'row', alignItems: 'center', height: 15 },
    chartLabel: { width: 130, fontSize: 7.5, textAlign: 'right', paddingRight: 6, lineHeight: 1.2 },
    chartValue: { width: 62, fontSize: 7.5, paddingLeft: 4, lineHeight: 1.2 },
    article: { marginBottom: 12 },
    lastBlock: { marginBottom: 0 },
    articleMeta: { fontSize: 7.5, color: c.muted, marginBottom: 1 },
    kicker: { fontSize: 9, color: c.muted },
    headline: { fontSize: 13, fontWeight: 700, lineHeight: 1.35, color: c.text },
    // Without a byline, 4 points under the headline (once a View of its own).
    headlineAlone: { fontSize: 13, fontWeight: 700, lineHeight: 1.35, color: c.text, marginBottom: 4 },
    byline: { fontSize: 8, color: c.muted, marginTop: 2, marginBottom: 4 },
    // fontSize next to every lineHeight: react-pdf multiplies a unitless lineHeight by the fontSize of the
    // same style (18 when absent), not by the inherited one.
    // Left, not justified: react-pdf stretches only spaces, so a line with one Latin word gets huge gaps around
    // it; Chinese lines end within a character of the measure anyway.
    paragraph: { fontSize: 9.5, textIndent: 19, marginBottom: 3, lineHeight: 1.6, textAlign: 'left' },
    caption: {
      marginTop: 3,
      fontSize: 8,
      color: c.muted,
      borderLeftWidth: 2,
      borderLeftColor: c.rule,
      paddingLeft: 6,
    },
    empty: { fontSize: 9, color: c.muted, marginBottom: 8 },
  });
}
type Styles = ReturnType<typeof makeStyles>;

const SVG_TAGS: Record<string, unknown> = {
  g: G,
  path: Path,
  rect: Rect,
  circle: Circle,
  ellipse: Ellipse,
  line: Line,
  polygon: Polygon,
  polyline: Polyline,
};

const camel = (name: string) => name.replace(/-([a-z])/g, (_, ch: string) => ch.toUpperCase());

function svgChildren(el: SvgElement, key: string): ReactNode[] {
  return el.children.flatMap((child, i) => {
    const type = SVG_TAGS[child.tag];
    if (!type) return [];
    const props: Record<string, unknown> = { key: `${key}.${i}` };
    for (const [k, v] of Object.entries(child.attributes))
      if (!k.includes(':') && k !== 'style' && k !== 'class') props[camel(k)] = v;
    return [h(type, props, ...svgChildren(child, `${key}.${i}`))];
  });
}

function Logo(logo: BrandLogo | null, size: number): ReactElement | null {
  if (!logo) return null;
  if (logo.kind === 'image')
    return h(Image, {
      src: { data: logo.data, format: logo.format },
      style: { width: size, height: size, objectFit: 'contain' },
    });
  const viewBox = logo.svg.attributes.viewBox ?? `0 0 ${logo.width} ${logo.height}`;
  const height = (size * logo.height) / logo.width;
  return h(
    Svg,
    { viewBox, width: size, height, style: { width: size, height } },
    ...svgChildren(logo.svg, 'logo'),
  );
}

function changeStyle(s: Styles, row: Pick<FigureRow, 'direction'>) {
  return row.direction === 'up' ? s.up : row.direction === 'down' ? s.down : s.flat;
}

/**
 * A table cell: its lines as Texts in a View, or, when it has one line, that Text itself carrying the cell's box
 * style. A View per cell costs a yoga node and a style resolution, and most cells hold one line: without them a
 * briefing renders 6% faster (A/B, 25 interleaved pairs) and looks the same, pixel for pixel.
 */
function Cell(
  cellStyle: unknown,
  width: string | undefined,
  key: string | null,
  ...lines: (ReactElement | null)[]
): ReactElement {
  const present = lines.filter((line): line is ReactElement => line !== null);
  const only = present.length === 1 ? present[0] : undefined;
  // (a key of null is the string "null" to React: every unkeyed cell of a row would share it)
  const keyed = key === null ? {} : { key };
  if (only?.type === Text) {
    const props = only.props as { style?: unknown; children?: ReactNode };
    return h(Text, { ...keyed, style: [cellStyle, { width }, props.style ?? null] }, props.children);
  }
  return h(View, { ...keyed, style: [cellStyle, { width }] }, ...present);
}

/**
 * The change over time, with its arrow and colour; a comparison with something else is not a change: it is
 * printed apart, without arrow or colour, with what it is compared with (比淄博市平均水平 高3.6个百分点).
 */
function ChangeCell(s: Styles, row: FigureRow, width: string): ReactElement {
  const c = row.comparison;
  return Cell(
    s.cell,
    width,
    null,
    row.change ? h(Text, { style: changeStyle(s, row) }, row.change) : c ? null : h(Text, null, '—'),
    row.changeBasis ? h(Text, { style: s.small }, row.changeBasis) : null,
    c ? h(Text, { style: s.small }, `比${c.against}`) : null,
    c ? h(Text, { style: s.comparison }, c.difference) : null,
  );
}

function SourceCell(s: Styles, row: FigureRow, width: string): ReactElement {
  return Cell(s.cell, width, null, h(Text, null, `[${row.source.ref}] ${row.source.pageLabel}`));
}

/** The mark of a row whose subject or period was carried from an earlier clause; explained once. */
const CARRIED_MARK = '※';
const CARRIED_WORDS = { subject: '主体', period: '时期' } as const;

function LabelCell(s: Styles, row: FigureRow, width: string, withSubject: boolean): ReactElement {
  const mark = row.carried.length > 0 ? `${CARRIED_MARK}` : '';
  return Cell(
    s.cell,
    width,
    null,
    withSubject && row.subjectName ? h(Text, { style: s.strong }, row.subjectName) : null,
    h(Text, { style: withSubject ? null : s.strong }, `${row.label}${mark}`),
    mark
      ? h(Text, { style: s.carried }, `${row.carried.map((c) => CARRIED_WORDS[c]).join('、')}承前文`)
      : null,
    row.label !== row.metricLabel && row.metricLabel !== '其他'
      ? h(Text, { style: s.small }, row.metricLabel)
      : null,
  );
}

const KEY_COLUMNS = ['25%', '17%', '17%', '15%', '14%', '12%'] as const;
const SUBJECT_COLUMNS = ['28%', '17%', '17%', '12%', '14%', '12%'] as const;

function TextCell(s: Styles, text: string | null, width: string, style?: unknown): ReactElement {
  return Cell(s.cell, width, null, h(Text, { style: style ?? null }, text ?? '—'));
}

function HeadRow(s: Styles, labels: readonly string[], widths: readonly string[]): ReactElement {
  return h(
    View,
    { style: s.headRow },
    ...labels.map((label, i) => Cell(s.headCell, widths[i], label, h(Text, null, label))),
  );
}

function FigureRowView(s: Styles, row: FigureRow, w: readonly string[], withSubject: boolean): ReactElement {
  return h(
    View,
    { key: row.id, style: s.row, wrap: false },
    LabelCell(s, row, w[0]!, withSubject),
    TextCell(s, row.value, w[1]!, s.strong),
    ChangeCell(s, row, w[2]!),
    TextCell(s, row.share, w[3]!),
    Cell(
      s.cell,
      w[4],
      null,
      h(Text, null, row.periodLabel ?? '—'),
      row.periodRange && row.periodLabel && !namesItsYear(row.periodLabel)
        ? h(Text, { style: s.small }, row.periodRange)
        : null,
    ),
    SourceCell(s, row, w[5]!),
  );
}

/**
 * A table of figures as page-level blocks: its title, head and first row in one unbreakable block, then one
 * block per row. Flat on purpose: react-pdf 4.9 draws a wrapping View whose unbreakable first child is moved to
 * the next page twice, on top of itself, when it starts near a page's bottom.
 */
function FigureTable(
  s: Styles,
  key: string,
  rows: readonly FigureRow[],
  withSubject: boolean,
  titles: readonly (ReactElement | null)[],
): ReactElement[] {
  const w = withSubject ? SUBJECT_COLUMNS : KEY_COLUMNS;
  const head = withSubject
    ? ['主体 / 指标', '数值', '变化', '占比', '时期', '来源']
    : ['指标', '数值', '变化', '占比', '时期', '来源'];
  const [first, ...rest] = rows;
  return [
    h(
      View,
      { key: `${key}.head`, wrap: false },
      ...titles,
      h(
        View,
        { style: s.table },
        HeadRow(s, head, w),
        first ? FigureRowView(s, first, w, withSubject) : null,
      ),
    ),
    ...rest.map((row) => FigureRowView(s, row, w, withSubject)),
  ];
}

/** Sources of a table's rows, then what the table left out and, once per briefing, what ※ means. */
function SourceNotes(
  s: Styles,
  key: string,
  rows: readonly FigureRow[],
  extra: { omitted: number; explainCarried: boolean },
): ReactElement {
  const seen = new Map<number, FigureRow['source']>();
  for (const r of rows) seen.set(r.source.ref, r.source);
  const notes = [...seen.values()].sort((a, b) => a.ref - b.ref);
  return h(
    View,
    { key, style: s.notes },
    ...notes.map((n) => h(Text, { key: n.ref }, `[${n.ref}] 《${n.headline}》，${n.pageLabel}`)),
    extra.omitted > 0
      ? h(
          Text,
          { key: 'omitted' },
          `另有 ${extra.omitted} 项指标未列出：本简报按指标的重要性列出前 ${rows.length} 项，全部指标见提取结果（extraction.json）。`,
        )
      : null,
    extra.explainCarried
      ? h(
          Text,
          { key: 'carried' },
          `${CARRIED_MARK} 该行的主体或时期并非写在数字所在的分句中，而是承接前文得出，确定性较低，请核对原文。`,
        )
      : null,
  );
}

/**
 * The change chart as page-level blocks, like a table: the title and first bar stay together, the other bars
 * may go on to the next page (an unbreakable chart moved whole to page 2, leaving page 1 a third empty).
 */
function Chart(s: Styles, brand: Brand, bars: readonly ChartBar[]): ReactElement[] {
  if (bars.length === 0) return [];
  const barWidth = CONTENT_WIDTH - 130 - 62;
  const max = Math.max(0, ...bars.map((b) => b.value));
  const min = Math.min(0, ...bars.map((b) => b.value));
  const span = max - min || 1;
  const x0 = ((0 - min) / span) * barWidth;
  const rows = bars.map((bar, i) => {
    const length = Math.max(0.75, (Math.abs(bar.value) / span) * barWidth);
    const x = bar.value >= 0 ? x0 : x0 - length;
    const color =
      bar.direction === 'down'
        ? brand.colors.down
        : bar.direction === 'up'
          ? brand.colors.up
          : brand.colors.muted;
    return h(
      View,
      { key: `chart.${i}`, style: s.chartRow, wrap: false },
      h(Text, { style: s.chartLabel }, bar.label),
      h(
        Svg,
        { width: barWidth, height: 15, viewBox: `0 0 ${barWidth} 15` },
        h(Rect, {
          x: 0,
          y: 0,
          width: barWidth,
          height: 15,
          fill: i % 2 === 0 ? brand.colors.tint : '#FFFFFF',
        }),
        h(Rect, { x, y: 3.5, width: length, height: 8, fill: color }),
        h(Line, { x1: x0, y1: 0, x2: x0, y2: 15, stroke: brand.colors.muted, strokeWidth: 0.75 }),
      ),
      h(Text, { style: [s.chartValue, changeStyle(s, bar)] }, bar.text),
    );
  });
  const [first, ...rest] = rows;
  return [
    h(
      View,
      { key: 'chart', style: s.chartHead, wrap: false },
      h(Text, { style: s.chartTitle }, '增速一览（%）'),
      first,
    ),
    ...rest,
    h(View, { key: 'chart.end', style: { height: 4 } }),
  ];
}

function ArticleBlock(s: Styles, a: ArticleView, last: boolean): ReactElement {
  const meta = `[${a.ref}] ${a.pageLabel}${a.aboutPark ? '' : ' · 指标出处'}`;
  return h(
    View,
    // The last block keeps no bottom margin: the pagination engine would start a page for it alone.
    { key: a.id, style: last ? [s.article, s.lastBlock] : s.article },
    h(
      View,
      { wrap: false, minPresenceAhead: 40 },
      h(Text, { style: s.articleMeta }, meta),
      a.kicker ? h(Text, { style: s.kicker }, a.kicker) : null,
      h(Text, { style: a.byline.length > 0 ? s.headline : s.headlineAlone }, a.headline),
      a.byline.length > 0 ? h(Text, { style: s.byline }, `作者：${a.byline.join('　')}`) : null,
    ),
    ...a.paragraphs.map((p, i) => h(Text, { key: i, style: s.paragraph }, p)),
    a.photoCaption
      ? h(Text, { style: s.caption }, `图片：${a.photoCaption}${a.photoCredit ? `（${a.photoCredit}）` : ''}`)
      : a.photoCredit
        ? h(Text, { style: s.caption }, `图片来源：${a.photoCredit}`)
        : null,
  );
}

/** What the document needs besides the model. */
export interface BriefingDocumentOptions {
  readonly brand: Brand;
  readonly generatedAt: Date;
}

/** The briefing document element, ready for `renderToBuffer`. */
export function BriefingDocument(model: BriefingModel, options: BriefingDocumentOptions): ReactElement {
  const { brand } = options;
  const s = makeStyles(brand);
  const { park, issue } = model;
  const place = [park.province, park.city && park.city !== park.province ? park.city : null]
    .filter(Boolean)
    .join(' · ');
  const level = park.level === 'national' ? '国家级' : park.level === 'provincial' ? '省级' : null;
  const issueLine = `${issue.publication}${issue.edition ? ` · ${issue.edition}` : ''} · ${formatChineseDate(issue.date)}`;
  const figureCount = model.keyFigures.length + model.subjectFigures.reduce((n, g) => n + g.rows.length, 0);

  const running = h(
    View,
    { style: s.running, fixed: true },
    Logo(brand.logo, 12),
    h(Text, { style: s.runningName }, brand.name),
    h(Text, { style: s.runningIssue }, `${park.shortName} · ${issueLine}`),
  );
  const footer = h(
    View,
    { style: s.footer, fixed: true },
    h(Text, { style: s.footerLeft }, brand.footer),
    h(Text, { style: s.footerRight }, `生成于 ${formatGeneratedAt(options.generatedAt)}（北京时间）`),
  );
  const pageNumber = [s.pageNumber0, s.pageNumber1, s.pageNumber2].map((style, i) =>
    h(Text, { key: `page-number.${i}`, style, fixed: true }, PAGE_NUMBER_PIECES[i]!.text),
  );
  const masthead = h(
    View,
    { style: s.masthead },
    h(
      View,
      { style: s.mastheadTop },
      h(Text, { style: s.mastheadKicker }, `${brand.name}${brand.tagline ? ` · ${brand.tagline}` : ''}`),
      h(Text, { style: s.mastheadKicker }, issueLine),
    ),
    h(Text, { style: s.parkName }, park.shortName),
    park.name !== park.shortName ? h(Text, { style: s.officialName }, park.name) : null,
    h(
      View,
      { style: s.parkMeta },
      place ? h(Text, { style: s.badge }, place) : null,
      level ? h(Text, { style: s.badge }, level) : null,
    ),
  );
  const summary = h(
    View,
    { style: s.summary },
    ...[
      [String(model.keyFigures.length), '园区指标'],
      [String(figureCount - model.keyFigures.length), '企业 / 产业 / 片区指标'],
      [String(model.articles.filter((a) => a.aboutPark).length), '相关报道'],
    ].map(([n, label]) =>
      h(
        View,
        { key: label, style: s.summaryItem },
        h(Text, { style: s.summaryNumber }, n),
        h(Text, { style: s.summaryLabel }, label),
      ),
    ),
  );

  const subjectRows = model.subjectFigures.flatMap((g) => g.rows);
  const keyCarried = model.keyFigures.some((r) => r.carried.length > 0);
  const keySection =
    model.keyFigures.length > 0
      ? [
          ...FigureTable(s, 'kv', model.keyFigures, false, [h(Text, { style: s.sectionTitle }, '关键指标')]),
          SourceNotes(s, 'kv.notes', model.keyFigures, {
            omitted: model.omitted.keyFigures,
            explainCarried: keyCarried,
          }),
          ...Chart(s, brand, model.chart),
        ]
      : [];
  const subjectSection =
    subjectRows.length > 0
      ? [
          ...model.subjectFigures.flatMap((g, i) =>
            FigureTable(s, g.kind, g.rows, true, [
              i === 0 ? h(Text, { style: s.sectionTitle }, '企业、产业与片区指标') : null,
              h(Text, { style: s.groupTitle }, g.title),
            ]),
          ),
          SourceNotes(s, 'sn', subjectRows, {
            omitted: model.omitted.subjectFigures,
            explainCarried: !keyCarried && subjectRows.some((r) => r.carried.length > 0),
          }),
        ]
      : [];
  const empty =
    figureCount === 0
      ? h(Text, { key: 'empty', style: s.empty }, '本期报道未载明该园区的经济指标，以下为相关报道。')
      : model.keyFigures.length === 0
        ? h(
            Text,
            { key: 'empty', style: s.empty },
            '本期报道未载明园区整体的经济指标；以下为园区内企业、产业与片区的指标。',
          )
        : null;
  const omittedArticles =
    model.omitted.articles.length > 0
      ? h(
          View,
          { key: 'omitted-articles', style: s.notes },
          h(
            Text,
            null,
            `另有 ${model.omitted.articles.length} 篇报道未收全文（本简报收录前 ${model.articles.length} 篇）：`,
          ),
          ...model.omitted.articles.map((a) =>
            h(Text, { key: a.ref }, `[${a.ref}] 《${a.headline}》，${a.pageLabel}`),
          ),
        )
      : null;

  return h(
    Document,
    {
      title: briefingTitle(model),
      author: brand.name,
      subject: `${park.name}（${park.shortName}）经济指标与相关报道，据${issue.publication}${formatChineseDate(issue.date)}`,
      keywords: [park.shortName, park.name, issue.publication, issue.date].join(', '),
      creator: brand.name,
      producer: 'Parkbrief',
      language: 'zh-CN',
      creationDate: options.generatedAt,
      modificationDate: options.generatedAt,
    },
    h(
      Page,
      // The pagination engine that measures the content once and packs it into pages (react-pdf 4.9's
      // `experimentalPagination`): the default one lays every remaining page out again with yoga after each
      // break, a sixth of a render (A/B 2026-12-03).
      { size: 'A4', style: s.page, wrap: true, experimentalPagination: true },
      running,
      footer,
      ...pageNumber,
      masthead,
      figureCount > 0 ? summary : null,
      empty,
      ...keySection,
      HistorySection(model.history, brand),
      ...subjectSection,
      model.articles.length > 0 ? h(Text, { style: s.sectionTitle, minPresenceAhead: 80 }, '相关报道') : null,
      ...model.articles.map((a, i) =>
        ArticleBlock(s, a, i === model.articles.length - 1 && omittedArticles === null),
      ),
      omittedArticles,
    ),
  );
}
