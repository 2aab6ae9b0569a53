import { z } from 'zod';
import { ArticleSchema } from './article.js';
import { IdSchema, IsoDateSchema } from './common.js';
import { IndicatorSchema } from './indicator.js';
import { ParkSchema } from './park.js';

/** The issue an extraction or briefing belongs to, without its page text. */
export const IssueRefSchema = z
  .object({
    id: IdSchema,
    publication: z.string().min(1),
    date: IsoDateSchema,
    edition: z.string().min(1).optional(),
    pageCount: z.number().int().min(1).describe('How many pages the issue had.'),
  })
  .describe('The issue, by reference.');
export type IssueRef = z.infer<typeof IssueRefSchema>;

/** Everything read from one issue. */
export const IssueExtractionSchema = z
  .object({
    issue: IssueRefSchema,
    parks: z.array(ParkSchema).describe('Every park the issue reports on.'),
    articles: z.array(ArticleSchema),
    indicators: z.array(IndicatorSchema),
  })
  .describe('The extraction of one issue: parks, articles and indicators.');
export type IssueExtraction = z.infer<typeof IssueExtractionSchema>;
