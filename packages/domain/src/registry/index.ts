import type { Park } from '../schemas/park.js';
import { REGISTRY } from './parks.generated.js';
import type { RegistryEntry } from './types.js';

export { REGISTRY };
export type { RegistryEntry };

/** A name form normalised for lookup: no whitespace, no 国家 (徐州国家高新区 = 徐州高新区). */
export function normalizeParkName(name: string): string {
  return name.replace(/\s+/g, '').replace(/国家级?/g, '');
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
for (const entry of REGISTRY) {
  byId.set(entry.id, entry);
  for (const form of nameForms(entry)) byForm.set(normalizeParkName(form), entry);
}

/**
 * Resolves any name form of a registered park (official, short, alias, with or without 国家) to its row;
 * undefined when the name is not in the registry.
 */
export function findRegisteredPark(name: string): RegistryEntry | undefined {
  return byForm.get(normalizeParkName(name));
}

/** The registry row with this id. */
export function registeredParkById(id: string): RegistryEntry | undefined {
  return byId.get(id);
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
 * Every (name form, park id) pair of the registry, longest form first, for matching in running text.
 * Forms without 国家 are included, so a matcher needs no normalisation of its own.
 */
export function registryNameIndex(): ReadonlyArray<{ form: string; id: string }> {
  const pairs = new Map<string, string>();
  for (const entry of REGISTRY) for (const form of nameForms(entry)) pairs.set(form, entry.id);
  return [...pairs]
    .map(([form, id]) => ({ form, id }))
    .sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
}
