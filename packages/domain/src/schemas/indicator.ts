import { z } from 'zod';
import { METRIC_CODES } from '../metrics.js';
import { IdSchema, IsoMonthSchema } from './common.js';

/** A qualifier printed before or after a figure. */
export const ApproxSchema = z
  .enum(['near', 'over', 'about', 'under'])
  .nullable()
  .describe(
    'near: 近/接近; over: 超/逾/余/多/突破/过/以上; about: 约/左右; under: 不到/不足/以下; null: exact.',
  );
export type Approx = z.infer<typeof ApproxSchema>;

/** Whose figure it is. */
export const SubjectKindSchema = z
  .enum(['park', 'company', 'industry', 'region', 'other'])
  .describe(
    'park: the park as a whole; company; industry (an industry or chain within the park); region (a sub-area, city or province); other.',
  );
export type SubjectKind = z.infer<typeof SubjectKindSchema>;

/** The subject a figure belongs to. */
export const SubjectSchema = z
  .object({
    kind: SubjectKindSchema,
    parkId: IdSchema.nullable().describe(
      'The park the article places the subject in (or the park itself); null when none.',
    ),
    name: z
      .string()
      .min(1)
      .nullable()
      .describe('The subject as written (company, industry or area name); null for the park itself.'),
  })
  .describe('Whose figure it is: a company’s sales must never be reported as the park’s output.');
export type Subject = z.infer<typeof SubjectSchema>;

/** Units a figure's base amount is normalised to. */
export const BaseUnitSchema = z
  .enum(['CNY', 'USD', 'EUR', 'm2', 'mu', 'count', 'W', 't', 'Wh'])
  .describe(
    'CNY/USD/EUR: money in yuan/dollars/euros; m2: square metres; mu: 亩; count: items; W: watts; t: tonnes; Wh: watt-hours.',
  );
export type BaseUnit = z.infer<typeof BaseUnitSchema>;

/** A figure: amount as written, its unit and qualifier, and a normalised base where the unit allows. */
export const QuantitySchema = z
  .object({
    amount: z
      .number()
      .finite()
      .describe('The amount in the written unit (238.6 for 238.6亿元), parsed exactly from its digits.'),
    text: z.string().min(1).describe('The figure as printed, qualifiers and unit included (超5亿美元).'),
    unit: z
      .string()
      .describe('The unit as written, magnitude included (亿元, 万美元, 万平方米, 家, GW); "" when none.'),
    approx: ApproxSchema,
    base: z
      .object({
        amount: z
          .number()
          .finite()
          .describe('The amount in the base unit (23860000000 for 238.6亿元), computed in decimal.'),
        unit: BaseUnitSchema,
      })
      .nullable()
      .describe('The amount normalised to a base unit; null when the unit has none.'),
  })
  .describe('A quantity read from the text.');
export type Quantity = z.infer<typeof QuantitySchema>;

/** A change over a period. */
export const ChangeSchema = z
  .object({
    kind: z
      .enum(['percent', 'points', 'multiple'])
      .describe('percent: 同比增长 X%; points: 提高 X 个百分点; multiple: 增长 X 倍.'),
    value: z
      .number()
      .finite()
      .describe('Signed: negative for 下降/减少/回落. For multiple, the 倍 figure as written.'),
    approx: ApproxSchema,
    basis: z
      .enum(['yoy', 'mom', 'other'])
      .nullable()
      .describe('yoy: 同比 (or 比去年同期); mom: 环比; other or null when unstated.'),
    text: z.string().min(1).describe('The change as printed (同比增长18.3%).'),
  })
  .describe('A change of the figure.');
export type Change = z.infer<typeof ChangeSchema>;

/** A share of a whole. */
export const ShareSchema = z
  .object({
    percent: z.number().finite().describe('The share in percent (61.67 for 61.67%).'),
    of: z
      .string()
      .min(1)
      .nullable()
      .describe('What it is a share of, as written (衢州市进出口总额); null when unstated.'),
    approx: ApproxSchema.optional().describe(
      'The qualifier of the share (近四成 → near, 超过40% → over); absent or null when exact. Optional so that shares written before it existed still read.',
    ),
  })
  .describe('A share: 占…比重 X%, 占比 X%.');
export type Share = z.infer<typeof ShareSchema>;

/** A comparison with another place or benchmark, kept apart from the figure's own change. */
export const ComparisonSchema = z
  .object({
    against: z.string().min(1).describe('What it is compared with, as written (淄博市平均水平, 全省).'),
    kind: z.enum(['percent', 'points', 'multiple']),
    value: z.number().finite().describe('Signed: positive for 高于/快于, negative for 低于/慢于.'),
    text: z.string().min(1).describe('The comparison as printed.'),
  })
  .describe('高于全市平均水平3.6个百分点: a comparison, not the figure’s change.');
export type Comparison = z.infer<typeof ComparisonSchema>;

/** The period a figure covers, resolved against the issue date. */
export const PeriodSchema = z
  .object({
    label: z.string().min(1).describe('As written (上半年, 1-7月, 今年以来, 2021年, 截至目前).'),
    start: IsoMonthSchema.describe('First month covered.'),
    end: IsoMonthSchema.describe('Last month covered.'),
  })
  .describe('The period of the figure.');
export type Period = z.infer<typeof PeriodSchema>;

/** Where in the article's text the figure was read. */
export const EvidenceSchema = z
  .object({
    text: z
      .string()
      .min(1)
      .describe('The sentence (or clause run) the figure came from; equals article.text.slice(start, end).'),
    start: z.number().int().min(0).describe('Start offset (UTF-16 code units) into the article’s text.'),
    end: z.number().int().min(0).describe('End offset (exclusive).'),
  })
  .refine((e) => e.end - e.start === e.text.length, {
    message: 'end - start must equal the length of text',
    path: ['end'],
  })
  .describe('The evidence for a figure.');
export type Evidence = z.infer<typeof EvidenceSchema>;

/**
 * How a figure's subject and period were found: written in the figure's own clause, or carried from an earlier
 * one. A carried subject or period is a reading of context, so a briefing marks it as less certain.
 */
export const BasisSchema = z
  .object({
    subject: z
      .enum(['written', 'carried'])
      .describe(
        'written: the subject is named in the figure’s own clause; carried: taken from an earlier clause.',
      ),
    period: z
      .enum(['written', 'carried', 'none'])
      .describe('written: in the figure’s own clause; carried: from an earlier clause; none: no period.'),
  })
  .describe('Where the subject and period of a figure came from.');
export type Basis = z.infer<typeof BasisSchema>;

/** One economic indicator read from an article. */
export const IndicatorSchema = z
  .object({
    id: IdSchema.describe('Indicator id, unique in the extraction.'),
    articleId: IdSchema.describe('The article it was read from.'),
    subject: SubjectSchema,
    metric: z.enum(METRIC_CODES).describe('Taxonomy code (see METRICS); `other` keeps the words in `label`.'),
    label: z
      .string()
      .min(1)
      .describe('The metric’s words as written (规模以上工业总产值, “政采贷”融资金额).'),
    value: QuantitySchema.nullable().describe('The figure; null when only a change or share is given.'),
    change: ChangeSchema.nullable(),
    share: ShareSchema.nullable(),
    comparison: ComparisonSchema.nullable(),
    period: PeriodSchema.nullable(),
    evidence: EvidenceSchema,
    basis: BasisSchema.optional().describe(
      'Whether subject and period were written or carried; absent in extractions made before it existed.',
    ),
  })
  .describe('An economic indicator with its subject, figure, change, share, period and evidence.');
export type Indicator = z.infer<typeof IndicatorSchema>;
