import type { Park } from '../schemas/park.js';
import { normalizeParkName } from './normalize.js';
import { AMBIGUOUS_FORMS, REGISTRY } from './parks.generated.js';
import { REGISTRY_KINDS, type RegistryEntry, type RegistryKind } from './types.js';

export { REGISTRY, REGISTRY_KINDS, normalizeParkName };
export { COUNTIES } from './counties.generated.js';
export type { RegistryEntry, RegistryKind };

/** Options of the lookups that can be narrowed to some kinds of park. */
export interface RegistryLookupOptions {
  /** Only rows with one of these kinds (a row with several kinds matches any of them). */
  readonly kinds?: readonly RegistryKind[];
}

/** Every name form of a registry row: short, official, aliases, each with and without 国家. */
export function nameForms(entry: RegistryEntry): string[] {
  const forms = new Set<string>();
  for (const n of [entry.shortName, entry.name, ...entry.aliases]) {
    forms.add(n);
    forms.add(normalizeParkName(n));
  }
  return [...forms];
}

const byForm = new Map<string, RegistryEntry>();
const byId = new Map<string, RegistryEntry>();
const byKind = new Map<RegistryKind, RegistryEntry[]>(REGISTRY_KINDS.map((k) => [k, []]));
const children = new Map<string, RegistryEntry[]>();
for (const entry of REGISTRY) {
  byId.set(entry.id, entry);
  for (const form of nameForms(entry)) byForm.set(normalizeParkName(form), entry);
  for (const kind of entry.kinds) byKind.get(kind)?.push(entry);
  if (entry.parentId) children.set(entry.parentId, [...(children.get(entry.parentId) ?? []), entry]);
}

function hasKind(entry: RegistryEntry, kinds: readonly RegistryKind[] | undefined): boolean {
  return kinds === undefined || entry.kinds.some((k) => kinds.includes(k));
}

/**
 * Resolves any name form of a registered park (official, short, alias, with or without 国家) to its row;
 * undefined when the name is not in the registry (or names a row of another kind than `options.kinds`).
 * A form that could name several rows (西安开发区: the high-tech or the development zone) names none; see
 * `ambiguousParkIds`.
 */
export function findRegisteredPark(
  name: string,
  options: RegistryLookupOptions = {},
): RegistryEntry | undefined {
  const entry = byForm.get(normalizeParkName(name));
  return entry && hasKind(entry, options.kinds) ? entry : undefined;
}

/**
 * The ids of the rows a name form could mean when the registry leaves it out as ambiguous (西安开发区 →
 * the high-tech and the development zone of 西安); empty for any other name.
 */
export function ambiguousParkIds(name: string): readonly string[] {
  return AMBIGUOUS_FORMS[normalizeParkName(name)] ?? [];
}

/** The registry row with this id. */
export function registeredParkById(id: string): RegistryEntry | undefined {
  return byId.get(id);
}

/** The registry rows of one kind, in registry order (a row with several kinds is in each). */
export function registryByKind(kind: RegistryKind): readonly RegistryEntry[] {
  return byKind.get(kind) ?? [];
}

/** The areas (片区) of a free-trade zone, by the zone's id; empty for any other id. */
export function registryChildren(id: string): readonly RegistryEntry[] {
  return children.get(id) ?? [];
}

/** A registry row as a `Park`. */
export function parkFromRegistry(entry: RegistryEntry): Park {
  return {
    id: entry.id,
    name: entry.name,
    shortName: entry.shortName,
    aliases: [...entry.aliases],
    province: entry.province,
    city: entry.city,
    level: 'national',
    registered: true,
  };
}

/**
 * Every (name form, park id) pair of the registry (or of its rows of `options.kinds`), longest form first, for
 * matching in running text. Forms without 国家 are included, so a matcher needs no normalisation of its own.
 */
export function registryNameIndex(
  options: RegistryLookupOptions = {},
): ReadonlyArray<{ form: string; id: string }> {
  const pairs = new Map<string, string>();
  for (const entry of REGISTRY)
    if (hasKind(entry, options.kinds)) for (const form of nameForms(entry)) pairs.set(form, entry.id);
  return [...pairs]
    .map(([form, id]) => ({ form, id }))
    .sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
}
