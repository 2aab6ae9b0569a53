/**
 * One park across issues: the name forms a park is written in (traditional or simplified characters, with or
 * without 国家/国家级, its official or its press name) fold to one key, and the key to one park id.
 */
import { findRegisteredPark, normalizeParkName, type Park, type RegistryEntry } from '@parkbrief/domain';
import * as OpenCC from 'opencc-js';

type ConverterFactory = (options: { from: string; to: string }) => (text: string) => string;
// opencc-js's bundled declarations do not resolve under NodeNext; its one entry point is typed here.
const converter = (OpenCC as unknown as { Converter: ConverterFactory }).Converter;
// OpenCC's tables (traditional of every region → mainland simplified), phrases included. Each converter loads
// its tables when first used, not at import: a tenth of a second that `run`, `serve` and the worker's start-up
// would pay before they need it (and the traditional one is for tests only).
let toSimplified: ((text: string) => string) | undefined;
let toTraditional: ((text: string) => string) | undefined;

/** Simplified characters written in traditional ones (Taiwan forms): for tests that need a traditional name. */
export function traditionalize(text: string): string {
  toTraditional ??= converter({ from: 'cn', to: 'tw' });
  return toTraditional(text);
}

// Official endings and the short form the press uses for them; longest first.
const ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['高新技术产业开发区', '高新区'],
  ['高新技术开发区', '高新区'],
  ['高新技术产业园区', '高新区'],
  ['经济技术开发区', '经开区'],
];

/** Traditional characters folded to simplified (OpenCC, mainland forms). */
export function simplify(text: string): string {
  toSimplified ??= converter({ from: 't', to: 'cn' });
  return toSimplified(text);
}

/**
 * The key a park name is known by: simplified, no spaces, no 国家/国家级/省级, official ending shortened
 * (淄博高新技術產業開發區 → 淄博高新区).
 */
export function parkNameKey(name: string): string {
  let key = normalizeParkName(simplify(name.normalize('NFKC')))
    .replace(/[\s\u3000]+/g, '')
    .replace(/国家级?|省级/g, '');
  for (const [long, short] of ENDINGS) {
    if (key.endsWith(long) && key.length > long.length) {
      key = key.slice(0, -long.length) + short;
      break;
    }
  }
  return key;
}

/** Every key of a park: its name, short name and aliases. */
export function parkKeys(park: Pick<Park, 'name' | 'shortName' | 'aliases'>): string[] {
  return [...new Set([park.name, park.shortName, ...park.aliases].map(parkNameKey))].filter(
    (k) => k.length > 0,
  );
}

/** The registry row a name (in any of its forms, traditional included) belongs to. */
export function registeredParkFor(name: string): RegistryEntry | undefined {
  return findRegisteredPark(simplify(name)) ?? findRegisteredPark(parkNameKey(name));
}
