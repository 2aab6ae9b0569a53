/**
 * The catalogue's migrations, in order. Kept in code (not SQL files beside the build) so `dist/` carries them
 * and kysely's `Migrator` runs them at start-up, under PostgreSQL's advisory lock, once per database. A
 * migration is never edited after it is released: a change is a new entry.
 */
import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/** Runs a script of statements one by one: PGlite's extended protocol takes one statement at a time. */
async function script(db: Kysely<unknown>, text: string): Promise<void> {
  const statements = text
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter((s) => s.length > 0);
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export const MIGRATIONS: Record<string, Migration> = {
  '0001_catalogue': {
    async up(db: Kysely<unknown>) {
      await script(
        db,
        `
        create table issues (
          id text primary key,
          publication text not null,
          date date not null,
          edition text,
          page_count integer not null check (page_count >= 1),
          extracted_at timestamptz not null default now()
        );
        create index issues_by_date on issues (date desc, id);

        create table parks (
          id text primary key,
          name text not null,
          short_name text not null,
          aliases text[] not null default '{}',
          province text,
          city text,
          level text not null check (level in ('national', 'provincial', 'other')),
          registered boolean not null,
          first_seen timestamptz not null default now()
        );

        create table park_names (
          key text primary key,
          park_id text not null references parks (id) on delete cascade
        );
        create index park_names_by_park on park_names (park_id);

        create table issue_parks (
          issue_id text not null references issues (id) on delete cascade,
          park_id text not null references parks (id),
          extracted_id text not null,
          primary key (issue_id, park_id)
        );
        create index issue_parks_by_park on issue_parks (park_id);

        create table articles (
          issue_id text not null references issues (id) on delete cascade,
          id text not null,
          page integer not null,
          headline text,
          kicker text,
          byline text[] not null,
          kind text not null,
          text text not null,
          park_ids text[] not null,
          companies text[] not null,
          photo jsonb,
          primary key (issue_id, id)
        );

        create table indicators (
          issue_id text not null references issues (id) on delete cascade,
          id text not null,
          ord integer not null,
          article_id text not null,
          issue_date date not null,
          month text not null,
          subject_kind text not null check (subject_kind in ('park', 'company', 'industry', 'region', 'other')),
          park_id text references parks (id),
          subject_name text,
          metric text not null,
          label text not null,
          value_amount double precision,
          value_text text,
          value_unit text,
          value_approx text,
          base_amount double precision,
          base_unit text,
          change_kind text,
          change_value double precision,
          change_approx text,
          change_basis text,
          change_text text,
          share_percent double precision,
          share_of text,
          comparison_against text,
          comparison_kind text,
          comparison_value double precision,
          comparison_text text,
          period_label text,
          period_start text,
          period_end text,
          evidence_text text not null,
          evidence_start integer not null,
          evidence_end integer not null,
          basis_subject text,
          basis_period text,
          primary key (issue_id, id),
          foreign key (issue_id, article_id) references articles (issue_id, id) on delete cascade
        );
        -- A park's history: by park, then metric, then time.
        create index indicators_history on indicators (park_id, metric, month, issue_date);
        create index indicators_by_park_time on indicators (park_id, month, issue_date);

        create table briefings (
          issue_id text not null references issues (id) on delete cascade,
          extracted_park_id text not null,
          park_id text not null references parks (id),
          issue_date date not null,
          pdf_path text not null,
          bytes integer not null check (bytes >= 0),
          pages integer,
          sha256 text not null,
          url text,
          indicator_ids text[] not null,
          article_ids text[] not null,
          created_at timestamptz not null,
          primary key (issue_id, extracted_park_id)
        );
        -- Listing order (newest issue first) and the cursor's key.
        create index briefings_listing on briefings (issue_date desc, issue_id, extracted_park_id);
        create index briefings_by_park on briefings (park_id, issue_date desc, issue_id, extracted_park_id);
      `,
      );
    },
    async down(db: Kysely<unknown>) {
      await script(
        db,
        `
        drop table briefings; drop table indicators; drop table articles; drop table issue_parks;
        drop table park_names; drop table parks; drop table issues;
      `,
      );
    },
  },
  '0002_history_index_and_change_notices': {
    async up(db: Kysely<unknown>) {
      await script(
        db,
        `
        -- A park's own history of one metric, in exactly the order parkHistory reads it (newest first, then
        -- reversed): an ordered index scan that stops at the limit, no sort of the park's figures. Partial: the
        -- default history is the park's own figures, a sixth of the rows in the bench.
        create index indicators_park_history on indicators
          (park_id, metric, month desc, issue_date desc, issue_id desc, ord desc) where subject_kind = 'park';

        -- Every committed write to the catalogue sends one notice on the channel parkbrief_catalogue (PostgreSQL
        -- folds a transaction's identical notices into one, delivered at commit), so a server that caches
        -- what it read learns of writes by any process: the worker, run, a restore, SQL by hand.
        -- (One line: script() splits at a semicolon that ends a line.)
        create function parkbrief_catalogue_changed() returns trigger language plpgsql
          as $$ begin perform pg_notify('parkbrief_catalogue', ''); return null; end $$;
        create trigger issues_changed after insert or update or delete or truncate on issues
          for each statement execute function parkbrief_catalogue_changed();
        create trigger parks_changed after insert or update or delete or truncate on parks
          for each statement execute function parkbrief_catalogue_changed();
        create trigger park_names_changed after insert or update or delete or truncate on park_names
          for each statement execute function parkbrief_catalogue_changed();
        create trigger issue_parks_changed after insert or update or delete or truncate on issue_parks
          for each statement execute function parkbrief_catalogue_changed();
        create trigger articles_changed after insert or update or delete or truncate on articles
          for each statement execute function parkbrief_catalogue_changed();
        create trigger indicators_changed after insert or update or delete or truncate on indicators
          for each statement execute function parkbrief_catalogue_changed();
        create trigger briefings_changed after insert or update or delete or truncate on briefings
          for each statement execute function parkbrief_catalogue_changed();
      `,
      );
    },
    async down(db: Kysely<unknown>) {
      await script(
        db,
        `
        drop trigger briefings_changed on briefings; drop trigger indicators_changed on indicators;
        drop trigger articles_changed on articles; drop trigger issue_parks_changed on issue_parks;
        drop trigger park_names_changed on park_names; drop trigger parks_changed on parks;
        drop trigger issues_changed on issues; drop function parkbrief_catalogue_changed();
        drop index indicators_park_history;
      `,
      );
    },
  },
  '0003_share_approx': {
    async up(db: Kysely<unknown>) {
      // a share's qualifier (近四成 → near), kept with the share like the value's and the change's
      await script(db, `alter table indicators add column share_approx text;`);
    },
    async down(db: Kysely<unknown>) {
      await script(db, `alter table indicators drop column share_approx;`);
    },
  },
};
