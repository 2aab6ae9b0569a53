import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './common.js';

/** A PDF file carried by an issue page: its bytes travel base64-encoded through the queue. */
export const PagePdfSchema = z
  .object({
    name: z.string().min(1).describe('The file name, for messages (e.g. A07.pdf).'),
    data: z.base64().min(1).describe('The PDF file, base64.'),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional()
      .describe('sha256 of the file, hex: the issue id is derived from it instead of from the bytes.'),
  })
  .describe('A PDF file of one or more pages.');
export type PagePdf = z.infer<typeof PagePdfSchema>;

/** One page of a newspaper issue: the text layer of its PDF page, as extracted. */
export const PageSchema = z
  .object({
    number: z.number().int().min(1).describe('Page number within the issue, from 1.'),
    text: z
      .string()
      .describe('The raw text layer of the PDF page, exactly as extracted (line breaks and all).'),
    pdf: PagePdfSchema.optional().describe(
      'A PDF file instead of a text layer (`text` is then empty): read in the worker’s extraction thread, where its pages (one or many) take this page’s place.',
    ),
  })
  .describe('One page of an issue.');
export type Page = z.infer<typeof PageSchema>;

/** A newspaper issue: the unit that is enqueued, read and briefed. */
export const IssueSchema = z
  .object({
    id: IdSchema.describe('Issue id; derived from the content when enqueued, so the same issue is one job.'),
    publication: z
      .string()
      .min(1)
      .describe('Name of the newspaper or page, as printed (Chinese stays Chinese).'),
    date: IsoDateSchema.describe(
      'Publication date, YYYY-MM-DD; relative periods (上半年, 今年以来) resolve against it.',
    ),
    park: z
      .string()
      .min(1)
      .optional()
      .describe(
        'The park the issue is about, when its text names it only generically (全区, 我区, 高新区): a park’s own report.',
      ),
    edition: z.string().min(1).optional().describe('Edition or page section, where known (e.g. 第7版 园区).'),
    pages: z.array(PageSchema).min(1, 'an issue needs at least one page').describe('The pages, in order.'),
  })
  .describe('A newspaper issue to read.');
export type Issue = z.infer<typeof IssueSchema>;
