import { z } from 'zod';
import { IdSchema } from './common.js';

/** What kind of item an article is on the page. */
export const ArticleKindSchema = z
  .enum(['news', 'brief', 'photo', 'feature', 'interview', 'other'])
  .describe(
    'news: a report; brief: a short item; photo: a picture with its caption text; feature, interview, other.',
  );
export type ArticleKind = z.infer<typeof ArticleKindSchema>;

/** A photo printed with an article. */
export const PhotoSchema = z
  .object({
    caption: z
      .string()
      .min(1)
      .nullable()
      .describe('The caption as printed (图为… or a line under the picture).'),
    credit: z
      .string()
      .min(1)
      .nullable()
      .describe('Who supplied the picture (图片来源：…), without the label.'),
  })
  .describe('A photo and its caption and credit.');
export type Photo = z.infer<typeof PhotoSchema>;

/** One item of a page: its headline, byline and repaired text. */
export const ArticleSchema = z
  .object({
    id: IdSchema.describe('Article id, unique in the extraction (issue id, page and position).'),
    issueId: IdSchema.describe('The issue it was printed in.'),
    page: z.number().int().min(1).describe('Page number it was printed on.'),
    headline: z
      .string()
      .min(1)
      .nullable()
      .describe('Main title as printed (doubled bold glyphs undone); null when none.'),
    kicker: z
      .string()
      .min(1)
      .nullable()
      .describe('The line printed above or below the headline (引题/副题); null when none.'),
    byline: z.array(z.string().min(1)).describe('Names of the reporters or authors, in printed order.'),
    kind: ArticleKindSchema,
    text: z.string().describe('The repaired body text; evidence offsets point into it.'),
    parkIds: z.array(IdSchema).describe('Parks the article is about, most prominent first.'),
    companies: z.array(z.string().min(1)).describe('Companies named in the article, as written.'),
    photo: PhotoSchema.nullable().describe('The photo printed with it, if any.'),
  })
  .describe('An article (news item, brief, photo) read from a page.');
export type Article = z.infer<typeof ArticleSchema>;
