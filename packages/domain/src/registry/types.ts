/**
 * The kinds of national park the registry holds, one per reference list: national high-tech zones (高新区),
 * economic-and-technological development zones (经开区), national new areas (新区), pilot free-trade zones
 * (自贸区), their areas (片区), and bonded zones (综合保税区, 保税港区, 保税区).
 */
export const REGISTRY_KINDS = ['high_tech', 'development', 'new_area', 'ftz', 'ftz_area', 'bonded'] as const;

/** One kind of registered park (see `REGISTRY_KINDS`). */
export type RegistryKind = (typeof REGISTRY_KINDS)[number];

/** One row of the park registry. */
export interface RegistryEntry {
  /** Stable slug (pinyin of the short name; made unique by the province, then the kind). */
  readonly id: string;
  /** The kind of the list the row first comes from (high-tech before development). */
  readonly kind: RegistryKind;
  /**
   * Every kind the park has: one entity in two lists is one row (苏州工业园区 is a high-tech zone and a
   * development zone), with `kind` first.
   */
  readonly kinds: readonly RegistryKind[];
  /** Official name. */
  readonly name: string;
  /** The name the press uses. */
  readonly shortName: string;
  /**
   * Other name forms, each of which names this row only: the list's aliases, then the short forms the
   * generator adds for the kind (X经济开发区, X开发区, X自贸片区, X综合保税区 …) where they are unambiguous.
   */
  readonly aliases: readonly string[];
  readonly province: string | null;
  readonly city: string | null;
  /** Year of approval as a national zone, where a source states it. */
  readonly approvedYear: number | null;
  /** For a free-trade zone's area (`ftz_area`), the id of its free-trade zone; otherwise null. */
  readonly parentId: string | null;
}
