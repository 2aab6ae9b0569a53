import { z } from 'zod';
import { IdSchema } from './common.js';

/** How a park stands administratively. */
export const ParkLevelSchema = z
  .enum(['national', 'provincial', 'other'])
  .describe('national: a national high-tech zone (or peer); provincial; other: anything else or unknown.');
export type ParkLevel = z.infer<typeof ParkLevelSchema>;

/** A park: 高新区, 开发区, 新城, 园区 … as known to the registry or recognised by its form. */
export const ParkSchema = z
  .object({
    id: IdSchema.describe('Stable slug (pinyin of the name), the same in every issue.'),
    name: z
      .string()
      .min(1)
      .describe('Official name (徐州高新技术产业开发区); the press name for unregistered parks.'),
    shortName: z.string().min(1).describe('The name as the press writes it (徐州高新区).'),
    aliases: z.array(z.string().min(1)).describe('Other name forms that refer to this park.'),
    province: z.string().min(1).nullable().describe('Province-level division (江苏省), null when unknown.'),
    city: z
      .string()
      .min(1)
      .nullable()
      .describe('Prefecture-level (or county-level) city (徐州市), null when unknown.'),
    level: ParkLevelSchema,
    registered: z
      .boolean()
      .describe('true when found in the registry; false for a park recognised only by its form.'),
  })
  .describe('A park that articles report on.');
export type Park = z.infer<typeof ParkSchema>;
