/**
 * The metric taxonomy: every economic indicator is filed under one code. `rank` orders a briefing's key
 * figures (lower first): headline output and revenue, then investment, trade, profit and tax, then the rest.
 * `synonyms` are the words the press uses for the metric; `classifyMetric` matches the longest one.
 */
export const METRICS = [
  {
    code: 'gdp',
    label: '地区生产总值',
    en: 'Gross domestic product',
    rank: 1,
    synonyms: ['地区生产总值', 'GDP', '生产总值', '经济总量'],
  },
  {
    code: 'industrial_output_above_scale',
    label: '规模以上工业总产值',
    en: 'Gross industrial output (above designated size)',
    rank: 2,
    synonyms: ['规模以上工业总产值', '规上工业总产值', '规模以上工业产值', '规上工业产值'],
  },
  {
    code: 'industrial_output',
    label: '工业总产值',
    en: 'Gross industrial output',
    rank: 3,
    synonyms: ['工业总产值', '工业产值', '工业生产总值'],
  },
  {
    code: 'industrial_value_added_above_scale',
    label: '规模以上工业增加值',
    en: 'Industrial value added (above designated size)',
    rank: 4,
    synonyms: ['规模以上工业增加值', '规上工业增加值'],
  },
  {
    code: 'industrial_value_added',
    label: '工业增加值',
    en: 'Industrial value added',
    rank: 5,
    synonyms: ['工业增加值'],
  },
  {
    code: 'operating_revenue',
    label: '营业收入',
    en: 'Operating revenue',
    rank: 6,
    synonyms: ['营业收入', '营收', '经营收入', '总收入', '技工贸总收入'],
  },
  {
    code: 'services_revenue_above_scale',
    label: '规模以上服务业营业收入',
    en: 'Services revenue (above designated size)',
    rank: 7,
    synonyms: [
      '规模以上服务业营业收入',
      '规上服务业营业收入',
      '规模以上服务业企业营业收入',
      '规上服务业营收',
    ],
  },
  {
    code: 'fixed_asset_investment',
    label: '固定资产投资',
    en: 'Fixed-asset investment',
    rank: 8,
    synonyms: ['固定资产投资', '固投', '全社会固定资产投资'],
  },
  {
    code: 'industrial_investment',
    label: '工业投资',
    en: 'Industrial investment',
    rank: 9,
    synonyms: ['工业投资', '工业性投资', '制造业投资'],
  },
  {
    code: 'high_tech_investment',
    label: '高技术产业投资',
    en: 'High-tech industry investment',
    rank: 10,
    synonyms: ['高技术产业投资', '高新技术产业投资', '高技术制造业投资', '高技术服务业投资'],
  },
  {
    code: 'tech_upgrade_investment',
    label: '技改投资',
    en: 'Technical-upgrade investment',
    rank: 11,
    synonyms: ['技改投资', '技术改造投资', '工业技改投资', '制造业技改投资'],
  },
  {
    code: 'private_investment',
    label: '民间投资',
    en: 'Private investment',
    rank: 12,
    synonyms: ['民间投资'],
  },
  {
    code: 'foreign_trade',
    label: '外贸进出口',
    en: 'Foreign trade (imports and exports)',
    rank: 13,
    synonyms: ['外贸进出口', '进出口总额', '进出口额', '进出口', '外贸总额', '外贸额'],
  },
  {
    code: 'exports',
    label: '出口',
    en: 'Exports',
    rank: 14,
    synonyms: ['出口额', '出口总额', '外贸出口', '外贸出口额', '出口'],
  },
  { code: 'imports', label: '进口', en: 'Imports', rank: 15, synonyms: ['进口额', '进口总额', '进口'] },
  {
    code: 'total_profit',
    label: '利润总额',
    en: 'Total profit',
    rank: 16,
    synonyms: ['利润总额', '利润', '净利润', '实现利润'],
  },
  {
    code: 'tax_revenue',
    label: '税收',
    en: 'Tax revenue',
    rank: 17,
    synonyms: ['税收收入', '税收', '税收总额', '纳税', '入库税收', '实缴税金', '实缴税费', '税费', '税金'],
  },
  {
    code: 'fiscal_revenue',
    label: '一般公共预算收入',
    en: 'General public budget revenue',
    rank: 18,
    synonyms: ['一般公共预算收入', '财政收入', '地方财政收入', '财政总收入'],
  },
  {
    code: 'foreign_capital_utilized',
    label: '实际使用外资',
    en: 'Foreign capital actually used',
    rank: 19,
    synonyms: [
      '实际使用外资',
      '实际利用外资',
      '实际使用外资金额',
      '到位外资',
      '实到外资',
      '纳统外资',
      '利用外资',
    ],
  },
  {
    code: 'contracted_investment',
    label: '协议总投资',
    en: 'Contracted investment',
    rank: 20,
    synonyms: ['协议总投资', '协议投资', '计划总投资', '总投资', '签约总额', '签约金额', '投资总额'],
  },
  {
    code: 'sales_revenue',
    label: '销售收入',
    en: 'Sales revenue',
    rank: 21,
    synonyms: ['销售收入', '销售额', '销售总额', '主营业务收入'],
  },
  {
    code: 'output_value',
    label: '产值',
    en: 'Output value',
    rank: 22,
    synonyms: ['产值', '总产值', '工业产出'],
  },
  { code: 'value_added', label: '增加值', en: 'Value added', rank: 23, synonyms: ['增加值'] },
  {
    code: 'retail_sales',
    label: '社会消费品零售总额',
    en: 'Retail sales of consumer goods',
    rank: 24,
    synonyms: ['社会消费品零售总额', '社零总额', '零售额'],
  },
  {
    code: 'rd_spending',
    label: '研发投入',
    en: 'R&D spending',
    rank: 25,
    synonyms: ['研发投入', '研发经费', 'R&D经费', '研发费用'],
  },
  {
    code: 'financing',
    label: '融资金额',
    en: 'Financing raised',
    rank: 26,
    synonyms: ['融资金额', '融资额', '融资', '贷款', '授信'],
  },
  {
    code: 'investment',
    label: '投资额',
    en: 'Investment',
    rank: 27,
    synonyms: ['投资额', '完成投资', '投资'],
  },
  {
    code: 'enterprises',
    label: '企业数',
    en: 'Number of enterprises',
    rank: 28,
    synonyms: ['高新技术企业', '企业', '市场主体', '专精特新'],
  },
  { code: 'projects', label: '项目数', en: 'Number of projects', rank: 29, synonyms: ['签约项目', '项目'] },
  { code: 'capacity', label: '产能', en: 'Production capacity', rank: 30, synonyms: ['年产能', '产能'] },
  { code: 'sales_volume', label: '销量', en: 'Sales volume', rank: 31, synonyms: ['销量', '销售量'] },
  { code: 'orders', label: '订单', en: 'Orders', rank: 32, synonyms: ['订单'] },
  { code: 'area', label: '面积', en: 'Area', rank: 33, synonyms: ['面积', '用地'] },
  {
    code: 'talent',
    label: '人才',
    en: 'Talent and staff',
    rank: 34,
    synonyms: ['人才', '博士后', '博士', '从业人员', '就业'],
  },
  { code: 'other', label: '其他', en: 'Other metric (the label keeps its words)', rank: 99, synonyms: [] },
] as const satisfies readonly MetricDefinition[];

/** One entry of the taxonomy. */
export interface MetricDefinition {
  /** Stable code, English snake_case. */
  readonly code: string;
  /** Canonical Chinese label. */
  readonly label: string;
  /** English name. */
  readonly en: string;
  /** Order of importance in a briefing (lower first). */
  readonly rank: number;
  /** The words the press uses for it. */
  readonly synonyms: readonly string[];
}

/** A metric code of the taxonomy. */
export type MetricCode = (typeof METRICS)[number]['code'];

/** Every metric code, for `z.enum`. */
export const METRIC_CODES = METRICS.map((m) => m.code) as unknown as readonly [MetricCode, ...MetricCode[]];

const byCode = new Map<string, MetricDefinition>(METRICS.map((m) => [m.code, m]));

/** The taxonomy entry of a code (the `other` entry for an unknown code). */
export function metricDefinition(code: string): MetricDefinition {
  return byCode.get(code) ?? (byCode.get('other') as MetricDefinition);
}

// Longest synonym first, so 规模以上工业总产值 wins over 工业总产值 and 产值.
const synonyms = METRICS.flatMap((m): Array<{ s: string; code: MetricCode }> =>
  m.synonyms.map((s) => ({ s, code: m.code })),
).sort((a, b) => b.s.length - a.s.length);

/**
 * Files a metric label as written (工业技改投资, 外贸出口额, “政采贷”融资金额) under a taxonomy code: the code
 * whose longest synonym the label contains, `other` when none does.
 */
export function classifyMetric(label: string): MetricCode {
  const compact = label.replace(/[\s“”"'‘’「」]/g, '');
  for (const { s, code } of synonyms) if (compact.includes(s)) return code;
  return 'other';
}
