/** One row of the park registry. */
export interface RegistryEntry {
  /** Stable slug (pinyin of the short name). */
  readonly id: string;
  /** Official name. */
  readonly name: string;
  /** The name the press uses. */
  readonly shortName: string;
  /** Other name forms. */
  readonly aliases: readonly string[];
  readonly province: string | null;
  readonly city: string | null;
  /** Year of approval as a national zone, where a source states it. */
  readonly approvedYear: number | null;
}
