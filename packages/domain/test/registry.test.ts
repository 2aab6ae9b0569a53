import { describe, expect, it } from 'vitest';
import {
  REGISTRY,
  findRegisteredPark,
  nameForms,
  normalizeParkName,
  registryNameIndex,
} from '../src/index.js';

describe('park registry', () => {
  it('holds every row of the registry CSV with unique ids', () => {
    expect(REGISTRY.length).toBeGreaterThanOrEqual(178);
    expect(new Set(REGISTRY.map((p) => p.id)).size).toBe(REGISTRY.length);
    for (const p of REGISTRY) expect(p.id).toMatch(/^[a-z0-9][a-z0-9._-]*$/);
  });

  it('resolves every name form of every row (official, short, alias, with or without 国家) to that row', () => {
    for (const entry of REGISTRY) {
      for (const form of nameForms(entry)) expect(findRegisteredPark(form)?.id, form).toBe(entry.id);
      for (const alias of entry.aliases)
        expect(findRegisteredPark(alias.replace(/国家级?/, ''))?.id, alias).toBe(entry.id);
    }
  });

  it('never resolves one name to two parks', () => {
    const owner = new Map<string, string>();
    for (const entry of REGISTRY) {
      for (const form of new Set(nameForms(entry).map(normalizeParkName))) {
        const prev = owner.get(form);
        expect(prev === undefined || prev === entry.id, `${form}: ${prev} and ${entry.id}`).toBe(true);
        owner.set(form, entry.id);
      }
    }
  });

  it('resolves press forms with 国家 inserted and leaves non-parks alone', () => {
    const xuzhou = REGISTRY.find((p) => p.shortName === '徐州高新区')!;
    expect(findRegisteredPark('徐州国家高新区')?.id).toBe(xuzhou.id);
    expect(findRegisteredPark(xuzhou.name)?.id).toBe(xuzhou.id);
    expect(findRegisteredPark('徐州市')).toBeUndefined();
    expect(findRegisteredPark('中国矿业大学')).toBeUndefined();
  });

  it('lists name forms longest first for matching in running text', () => {
    const index = registryNameIndex();
    for (let i = 1; i < index.length; i++)
      expect(index[i - 1]!.form.length).toBeGreaterThanOrEqual(index[i]!.form.length);
  });
});
