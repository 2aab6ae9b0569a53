import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  RegistryBuildError,
  buildRegistry,
  parseRegistryCsv,
  type SourceRow,
} from '../scripts/registry-build.js';
import { readRegistrySources } from '../scripts/registry-sources.js';
import {
  REGISTRY,
  REGISTRY_KINDS,
  ambiguousParkIds,
  findRegisteredPark,
  nameForms,
  normalizeParkName,
  registeredParkById,
  registryByKind,
  registryChildren,
  registryNameIndex,
  type RegistryKind,
} from '../src/index.js';

const { rows: sourceRows } = readRegistrySources();

function row(partial: Partial<SourceRow> & Pick<SourceRow, 'shortName' | 'name'>): SourceRow {
  return {
    at: `test:${partial.shortName}`,
    kind: 'development',
    province: null,
    city: null,
    approvedYear: null,
    aliases: [],
    sources: [],
    ...partial,
  };
}

describe('the generated registry', () => {
  it('is what the generator makes from the reference lists and the additions today', () => {
    expect(buildRegistry(readRegistrySources().rows).entries).toEqual(REGISTRY);
  });

  it('holds every row of every list, one registry row per park, with the kinds of its lists', () => {
    for (const kind of REGISTRY_KINDS) {
      const listed = sourceRows.filter((r) => r.kind === kind);
      expect(registryByKind(kind).length, kind).toBe(listed.length);
      expect(listed.length, kind).toBeGreaterThan(0);
    }
    expect(REGISTRY.length).toBe(new Set(sourceRows.map((r) => r.shortName)).size);
    for (const r of sourceRows) {
      for (const name of [r.shortName, r.name]) {
        const entry = findRegisteredPark(name);
        expect(entry?.kinds, `${r.at} ${name}`).toContain(r.kind);
      }
    }
  });

  it('keeps the id of every high-tech zone as it was before the other lists came in', () => {
    const before = JSON.parse(
      readFileSync(new URL('./fixtures/high-tech-ids.json', import.meta.url), 'utf8'),
    ) as Array<{ shortName: string; id: string }>;
    expect(before.length).toBe(178);
    for (const { shortName, id } of before) expect(registeredParkById(id)?.shortName, id).toBe(shortName);
  });

  it('gives one park both kinds when two lists hold it (苏州工业园区)', () => {
    const sip = findRegisteredPark('苏州工业园区')!;
    expect(sip.kinds).toEqual(['high_tech', 'development']);
    expect(sip.kind).toBe('high_tech');
    expect(registryByKind('development')).toContain(sip);
  });

  it('never lets a name form, or an ambiguous one, name two rows', () => {
    const owner = new Map<string, string>();
    for (const entry of REGISTRY)
      for (const form of new Set(nameForms(entry).map(normalizeParkName))) {
        const prev = owner.get(form);
        expect(prev === undefined || prev === entry.id, `${form}: ${prev} and ${entry.id}`).toBe(true);
        owner.set(form, entry.id);
        expect(ambiguousParkIds(form), form).toEqual([]);
      }
  });

  it('has unique, URL-safe ids, and every FTZ area points at its zone', () => {
    expect(new Set(REGISTRY.map((e) => e.id)).size).toBe(REGISTRY.length);
    for (const e of REGISTRY) expect(e.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    for (const area of registryByKind('ftz_area')) {
      const zone = registeredParkById(area.parentId ?? '');
      expect(zone?.kind, area.id).toBe('ftz');
      expect(area.name.startsWith(zone!.name), area.id).toBe(true);
      expect(registryChildren(zone!.id)).toContain(area);
    }
    for (const e of REGISTRY) if (e.kind !== 'ftz_area') expect(e.parentId).toBeNull();
  });
});

describe('short forms of every kind', () => {
  /** The form names the row, or is ambiguous and lists the row, or is another row's own listed name. */
  function resolvesOrIsExplained(form: string, id: string): void {
    const hit = findRegisteredPark(form);
    if (hit?.id === id) return;
    if (hit === undefined) {
      expect(ambiguousParkIds(form), `${form} names nothing and is not ambiguous`).toContain(id);
      return;
    }
    const listedByOwner = sourceRows.some(
      (r) =>
        findRegisteredPark(r.shortName)?.id === hit.id &&
        [r.shortName, r.name, ...r.aliases].some((n) => normalizeParkName(n) === normalizeParkName(form)),
    );
    expect(listedByOwner, `${form} names ${hit.id}, not ${id}`).toBe(true);
  }

  const place = (name: string, endings: string[]): string | null => {
    const e = endings.find((x) => name.endsWith(x));
    return e && name.length - e.length >= 2 ? name.slice(0, -e.length) : null;
  };

  it('development zones: X经开区, X经济技术开发区, X经济开发区, X开发区', () => {
    let checked = 0;
    for (const e of registryByKind('development')) {
      const x = place(e.shortName, ['经开区']);
      if (!x) continue;
      for (const f of ['经开区', '经济技术开发区', '经济开发区', '开发区'])
        resolvesOrIsExplained(x + f, e.id);
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
    expect(findRegisteredPark('西青开发区')?.id).toBe(findRegisteredPark('西青经开区')?.id);
    expect(findRegisteredPark('西安开发区')).toBeUndefined();
    expect([...ambiguousParkIds('西安国家开发区')].sort()).toEqual(
      [findRegisteredPark('西安高新区')!.id, findRegisteredPark('西安经开区')!.id].sort(),
    );
    // A form the list itself gives stays, though a high-tech zone of the same city exists.
    expect(findRegisteredPark('天津开发区')?.id).toBe(findRegisteredPark('天津经济技术开发区')?.id);
  });

  it('new areas: X新区', () => {
    for (const e of registryByKind('new_area')) {
      const x = place(e.shortName, ['新区'])!;
      resolvesOrIsExplained(`${x}新区`, e.id);
      resolvesOrIsExplained(`${x}国家级新区`, e.id);
    }
  });

  it('FTZ areas: X片区, X自贸片区, and the zone before the area', () => {
    for (const e of registryByKind('ftz_area')) {
      const zone = registeredParkById(e.parentId!)!;
      const prefixed = e.shortName.startsWith(zone.shortName);
      resolvesOrIsExplained(prefixed ? e.shortName : `${zone.shortName}${e.shortName}`, e.id);
      resolvesOrIsExplained(e.name, e.id);
      const x = place(e.shortName, ['片区']);
      if (x && !prefixed && !e.shortName.endsWith('新片区')) {
        resolvesOrIsExplained(`${x}片区`, e.id);
        resolvesOrIsExplained(`${x}自贸片区`, e.id);
      }
    }
    const nansha = findRegisteredPark('南沙片区')!;
    for (const f of ['南沙自贸片区', '广东自贸区南沙片区', '广东自贸试验区南沙片区', '广州南沙自贸片区'])
      expect(findRegisteredPark(f)?.id, f).toBe(nansha.id);
    // A generic area name is never a park of its own.
    expect(findRegisteredPark('科技创新片区')).toBeUndefined();
    expect(findRegisteredPark('北京自贸试验区科技创新片区')?.kind).toBe('ftz_area');
  });

  it('bonded zones: X综保区 and X综合保税区, X保税港区, X保税区, each of its own type', () => {
    for (const e of registryByKind('bonded')) {
      const zb = place(e.shortName, ['综保区']);
      if (zb) {
        resolvesOrIsExplained(`${zb}综保区`, e.id);
        resolvesOrIsExplained(`${zb}综合保税区`, e.id);
        continue;
      }
      const port = place(e.shortName, ['保税港区']);
      if (port) resolvesOrIsExplained(`${port}保税港区`, e.id);
      else resolvesOrIsExplained(`${place(e.shortName, ['保税区'])!}保税区`, e.id);
    }
    expect(findRegisteredPark('东疆保税港区')?.id).not.toBe(findRegisteredPark('东疆综合保税区')?.id);
  });

  it('can be narrowed to kinds', () => {
    expect(findRegisteredPark('西青经开区', { kinds: ['high_tech'] })).toBeUndefined();
    expect(findRegisteredPark('西青经开区', { kinds: ['development', 'bonded'] })?.kind).toBe('development');
    const kinds: RegistryKind[] = ['bonded'];
    const index = registryNameIndex({ kinds });
    expect(index.length).toBeGreaterThan(registryByKind('bonded').length);
    for (const { id } of index) expect(registeredParkById(id)?.kinds).toContain('bonded');
  });
});

describe('the generator’s rules', () => {
  it('stops on a name that two different rows carry', () => {
    expect(() =>
      buildRegistry([
        row({ shortName: '甲城经开区', name: '甲城经济技术开发区' }),
        row({ shortName: '乙城经开区', name: '甲城经济技术开发区' }),
      ]),
    ).toThrow(RegistryBuildError);
    expect(() =>
      buildRegistry([
        row({ shortName: '甲城经开区', name: '甲城经济技术开发区' }),
        row({ shortName: '甲城经开区', name: '甲城另一个开发区', kind: 'bonded' }),
      ]),
    ).toThrow(/different official name/);
  });

  it('merges one park listed in two lists into one row with both kinds', () => {
    const { entries, events } = buildRegistry([
      row({ shortName: '甲城工业园区', name: '甲城工业园区', kind: 'high_tech', aliases: ['甲城园'] }),
      row({ shortName: '甲城工业园区', name: '甲城工业园区', kind: 'development', approvedYear: 1994 }),
    ]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      kinds: ['high_tech', 'development'],
      aliases: ['甲城园'],
      approvedYear: 1994,
    });
    expect(events.map((e) => e.event)).toContain('merged-rows');
  });

  it('gives an alias two rows list to neither, and reports it', () => {
    const { entries, ambiguous } = buildRegistry([
      row({ shortName: '甲城经开区', name: '甲城经济技术开发区', aliases: ['临江园'] }),
      row({ shortName: '乙城经开区', name: '乙城经济技术开发区', aliases: ['临江园'] }),
    ]);
    for (const e of entries) expect(e.aliases).not.toContain('临江园');
    expect(ambiguous['临江园']).toEqual(entries.map((e) => e.id).sort());
  });

  it('drops a generated form that a high-tech zone could also be called, and keeps a listed one', () => {
    const build = (aliases: string[]) =>
      buildRegistry([
        row({ shortName: '甲城高新区', name: '甲城高新技术产业开发区', kind: 'high_tech' }),
        row({ shortName: '甲城经开区', name: '甲城经济技术开发区', aliases }),
      ]);
    const generated = build([]);
    expect(generated.entries[1]!.aliases).toEqual(['甲城经济开发区']);
    expect(generated.ambiguous['甲城开发区']).toHaveLength(2);
    const listed = build(['甲城开发区']);
    expect(listed.entries[1]!.aliases).toContain('甲城开发区');
    expect(listed.ambiguous['甲城开发区']).toBeUndefined();
  });

  it('keeps a name over another row’s alias or generated form', () => {
    const { entries, events } = buildRegistry([
      row({ shortName: '甲城经开区', name: '甲城经济技术开发区', aliases: ['乙城综保区'] }),
      row({ shortName: '乙城综保区', name: '乙城综合保税区', kind: 'bonded' }),
    ]);
    expect(entries[0]!.aliases).not.toContain('乙城综保区');
    expect(events.find((e) => e.form === '乙城综保区')?.event).toBe('alias-dropped-for-name');
  });

  it('makes ids unique deterministically, and finds each FTZ area’s zone or stops', () => {
    const zone = row({ shortName: '甲省自贸区', name: '中国（甲省）自由贸易试验区', kind: 'ftz' });
    const { entries } = buildRegistry([
      zone,
      row({ shortName: '泰州综保区', name: '泰州综合保税区', kind: 'bonded', province: '江苏省' }),
      row({ shortName: '台州综保区', name: '台州综合保税区', kind: 'bonded', province: '浙江省' }),
      row({ shortName: '港口片区', name: '中国（甲省）自由贸易试验区港口片区', kind: 'ftz_area' }),
    ]);
    expect(entries.map((e) => e.id)).toEqual([
      'jiasheng-zimaoqu',
      'taizhou-zongbaoqu',
      'taizhou-zongbaoqu-zhejiangsheng',
      'gangkou-pianqu',
    ]);
    expect(entries[3]!.parentId).toBe('jiasheng-zimaoqu');
    expect(entries[3]!.aliases).toEqual(expect.arrayContaining(['港口自贸片区', '甲省自贸区港口片区']));
    expect(() =>
      buildRegistry([row({ shortName: '港口片区', name: '某某自由贸易试验区港口片区', kind: 'ftz_area' })]),
    ).toThrow(/no free-trade zone/);
  });

  it('reads CSVs strictly: a known kind, the columns, and a source URL where one is required', () => {
    const header = 'kind,short_name,official_name,province,city,approved_year,aliases,source';
    expect(parseRegistryCsv(`${header}\nbonded,甲综保区,甲综合保税区,,,,,`, 'x.csv')[0]?.kind).toBe('bonded');
    expect(() => parseRegistryCsv(`${header}\nzone,甲,甲区,,,,,`, 'x.csv')).toThrow(/kind "zone"/);
    expect(() => parseRegistryCsv('short_name,official_name\n甲,甲区', 'x.csv', { kind: 'bonded' })).toThrow(
      /column "province"/,
    );
    expect(() =>
      parseRegistryCsv(`${header}\nbonded,甲综保区,甲综合保税区,,,,,`, 'x.csv', { requireSourceUrl: true }),
    ).toThrow(/source must be/);
    expect(() => parseRegistryCsv(`${header}\nbonded,甲综保区,甲综合保税区,,,20x0,,`, 'x.csv')).toThrow(
      /approved_year/,
    );
  });
});
