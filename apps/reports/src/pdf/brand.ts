import { readFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseSvg, type SvgElement } from './svg.js';

const ColorSchema = z
  .string()
  .regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'a colour is written #RGB or #RRGGBB');

/** The colours of a brand. Up is red and down green, as Chinese readers expect. */
export const BrandColorsSchema = z.object({
  primary: ColorSchema.describe('Header band, headings, bars.'),
  accent: ColorSchema.describe('Rules and highlights.'),
  text: ColorSchema.default('#1F2328'),
  muted: ColorSchema.default('#6A737D'),
  rule: ColorSchema.default('#D0D7DE'),
  tint: ColorSchema.default('#EEF4FA').describe('Background of table headers and boxes.'),
  up: ColorSchema.default('#C62828').describe('A rise (red in Chinese convention).'),
  down: ColorSchema.default('#2E7D32').describe('A fall (green).'),
});
export type BrandColors = z.infer<typeof BrandColorsSchema>;

/** A brand config file (JSON). `logo` is a path relative to the config file: .svg, .png or .jpg. */
export const BrandConfigSchema = z.object({
  name: z.string().min(1).describe('The brand name, printed in the header and as the PDF author.'),
  tagline: z.string().min(1).optional(),
  logo: z.string().min(1).nullable().optional(),
  colors: BrandColorsSchema,
  footer: z.string().describe('Footer text of every page.'),
});
export type BrandConfig = z.input<typeof BrandConfigSchema>;

/** A logo ready to draw. */
export type BrandLogo =
  | { readonly kind: 'svg'; readonly svg: SvgElement; readonly width: number; readonly height: number }
  | { readonly kind: 'image'; readonly data: Buffer; readonly format: 'png' | 'jpg' };

/** A loaded brand. */
export interface Brand {
  readonly name: string;
  readonly tagline: string | null;
  readonly colors: BrandColors;
  readonly footer: string;
  readonly logo: BrandLogo | null;
}

/** A brand config that cannot be read. */
export class BrandConfigError extends Error {
  override readonly name = 'BrandConfigError';
}

/** Where the default brand lives (the same relative path from src/pdf and dist/pdf). */
export const DEFAULT_BRAND_PATH = fileURLToPath(new URL('../../assets/brand.default.json', import.meta.url));

function loadLogo(path: string): BrandLogo {
  const ext = extname(path).toLowerCase();
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (err) {
    throw new BrandConfigError(`logo ${path} cannot be read: ${(err as Error).message}`);
  }
  if (ext === '.svg') {
    const svg = parseSvg(data.toString('utf8'));
    if (!svg) throw new BrandConfigError(`logo ${path} is not an SVG document`);
    const [, , vw = 64, vh = 64] = (svg.attributes.viewBox ?? '').split(/[\s,]+/).map(Number);
    const width = Number.parseFloat(svg.attributes.width ?? '') || vw;
    const height = Number.parseFloat(svg.attributes.height ?? '') || vh;
    return { kind: 'svg', svg, width, height };
  }
  if (ext === '.png') return { kind: 'image', data, format: 'png' };
  if (ext === '.jpg' || ext === '.jpeg') return { kind: 'image', data, format: 'jpg' };
  throw new BrandConfigError(`logo ${path}: only .svg, .png and .jpg logos are supported`);
}

/** Builds a brand from a parsed config; `baseDir` resolves the logo path. */
export function brandFromConfig(config: BrandConfig, baseDir: string): Brand {
  const parsed = BrandConfigSchema.safeParse(config);
  if (!parsed.success)
    throw new BrandConfigError(`brand config is invalid: ${z.prettifyError(parsed.error)}`);
  const c = parsed.data;
  return {
    name: c.name,
    tagline: c.tagline ?? null,
    colors: c.colors,
    footer: c.footer,
    logo: c.logo ? loadLogo(resolve(baseDir, c.logo)) : null,
  };
}

const cache = new Map<string, Brand>();

/**
 * Loads a brand config file (JSON) and its logo; the default brand when `path` is absent. Cached per path
 * for the life of the process. Throws `BrandConfigError` when the file is missing or invalid.
 */
export function loadBrand(path?: string): Brand {
  const file = resolve(path ?? DEFAULT_BRAND_PATH);
  const hit = cache.get(file);
  if (hit) return hit;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new BrandConfigError(`brand config ${file} cannot be read: ${(err as Error).message}`);
  }
  const brand = brandFromConfig(json as BrandConfig, dirname(file));
  cache.set(file, brand);
  return brand;
}

/** The default brand (assets/brand.default.json and its logo). */
export const defaultBrand: Brand = loadBrand();
