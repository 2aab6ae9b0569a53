import { z } from 'zod';
import { IdSchema } from './common.js';
import { IssueRefSchema } from './extraction.js';
import { ParkSchema } from './park.js';

/** One park's briefing for one issue, and where its PDF is. */
export const BriefingSchema = z
  .object({
    issue: IssueRefSchema,
    park: ParkSchema,
    indicatorIds: z
      .array(IdSchema)
      .describe(
        'The indicators the briefing shows (the park’s own and those of its companies, industries, areas).',
      ),
    articleIds: z.array(IdSchema).describe('The articles it shows.'),
    pdf: z
      .object({
        path: z.string().min(1).describe('Storage key of the PDF, relative to the data directory.'),
        bytes: z.number().int().min(0),
        pages: z.number().int().min(1).nullable(),
        url: z.string().min(1).nullable().describe('Download URL, when a server is configured.'),
      })
      .describe('Where the rendered PDF is.'),
    createdAt: z.string().datetime().describe('When the PDF was rendered (ISO 8601).'),
  })
  .describe('A per-park briefing.');
export type Briefing = z.infer<typeof BriefingSchema>;
