/**
 * The catalogue's tables as TypeScript types (kysely's `Database`). Column types come from the domain's zod
 * schemas, so a metric code, a subject kind or an approximation qualifier cannot be stored as anything the
 * domain does not know. Dates are `YYYY-MM-DD` strings and months `YYYY-MM` strings, as in the domain.
 */
import type {
  Approx,
  ArticleKind,
  Basis,
  BaseUnit,
  Change,
  Comparison,
  Indicator,
  ParkLevel,
  Photo,
  SubjectKind,
} from '@parkbrief/domain';
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** `timestamptz`: written as an ISO string or Date, read as a Date. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** One issue that was extracted (`IssueRef`). */
export interface IssuesTable {
  id: string;
  publication: string;
  /** `YYYY-MM-DD` (the issue date). */
  date: string;
  edition: string | null;
  page_count: number;
  extracted_at: Generated<Timestamp>;
}

/** A park: registered (registry id) or discovered (id of its first extraction). */
export interface ParksTable {
  id: string;
  name: string;
  short_name: string;
  aliases: string[];
  province: string | null;
  city: string | null;
  level: ParkLevel;
  registered: boolean;
  first_seen: Generated<Timestamp>;
}

/** Normalised name forms (simplified, no 国家/级, short ending) → park: how one park stays one across issues. */
export interface ParkNamesTable {
  key: string;
  park_id: string;
}

/** Which parks an issue reports on, and the id the extraction gave each. */
export interface IssueParksTable {
  issue_id: string;
  park_id: string;
  /** The park's id in the extraction (and in the briefing's storage key and URL). */
  extracted_id: string;
}

/** An article (`Article`); `park_ids` are catalogue park ids. */
export interface ArticlesTable {
  issue_id: string;
  id: string;
  page: number;
  headline: string | null;
  kicker: string | null;
  byline: string[];
  kind: ArticleKind;
  text: string;
  park_ids: string[];
  companies: string[];
  photo: ColumnType<Photo | null, string | null, string | null>;
}

/** An indicator (`Indicator`), every field a column; `park_id` is the catalogue park id. */
export interface IndicatorsTable {
  issue_id: string;
  id: string;
  /** Position in the extraction, to keep its order. */
  ord: number;
  article_id: string;
  /** The issue's date, copied so a park's history is read from one index. */
  issue_date: string;
  /** `YYYY-MM`: the end of the figure's period, else the issue's month. What `from`/`to` filter on. */
  month: string;
  subject_kind: SubjectKind;
  park_id: string | null;
  subject_name: string | null;
  metric: Indicator['metric'];
  label: string;
  value_amount: number | null;
  value_text: string | null;
  value_unit: string | null;
  value_approx: Approx;
  base_amount: number | null;
  base_unit: BaseUnit | null;
  change_kind: Change['kind'] | null;
  change_value: number | null;
  change_approx: Approx;
  change_basis: Change['basis'];
  change_text: string | null;
  share_percent: number | null;
  share_of: string | null;
  share_approx: Approx;
  comparison_against: string | null;
  comparison_kind: Comparison['kind'] | null;
  comparison_value: number | null;
  comparison_text: string | null;
  period_label: string | null;
  period_start: string | null;
  period_end: string | null;
  evidence_text: string;
  evidence_start: number;
  evidence_end: number;
  basis_subject: Basis['subject'] | null;
  basis_period: Basis['period'] | null;
}

/** A rendered briefing (`Briefing`): where its PDF is, its size and checksum. */
export interface BriefingsTable {
  issue_id: string;
  /** The park's id in the extraction (the PDF's storage key and URL use it). */
  extracted_park_id: string;
  /** The catalogue park id. */
  park_id: string;
  issue_date: string;
  pdf_path: string;
  bytes: number;
  pages: number | null;
  sha256: string;
  url: string | null;
  indicator_ids: string[];
  article_ids: string[];
  created_at: Timestamp;
}

/** The whole schema. */
export interface Database {
  issues: IssuesTable;
  parks: ParksTable;
  park_names: ParkNamesTable;
  issue_parks: IssueParksTable;
  articles: ArticlesTable;
  indicators: IndicatorsTable;
  briefings: BriefingsTable;
}

export type IssueRow = Selectable<IssuesTable>;
export type ParkRow = Selectable<ParksTable>;
export type ArticleRow = Selectable<ArticlesTable>;
export type IndicatorRow = Selectable<IndicatorsTable>;
export type NewIndicatorRow = Insertable<IndicatorsTable>;
export type BriefingRow = Selectable<BriefingsTable>;
