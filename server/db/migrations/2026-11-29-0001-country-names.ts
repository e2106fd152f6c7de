// State names in the reader's language: each State keeps its ISO 3166-1 alpha-2 code (which
// Intl.DisplayNames names a region by) and its UN short name in the languages the reference
// list gives (`{"fr": "Algérie", "es": "Argelia"}`); `name` stays the English one. Both are
// filled by the reference import (`landmark taxonomy import`, and at start). Plain SQL,
// frozen; never imports application code.
import { sql, type Kysely } from 'kysely';

const statements = [
  `alter table countries add column alpha2 char(2) check (alpha2 ~ '^[A-Z]{2}$'), add column labels jsonb not null default '{}'`,
  `create unique index countries_alpha2 on countries (alpha2)`,
  `comment on column countries.labels is 'UN short name by language other than English (fr, es), from the reference list'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table countries drop column alpha2, drop column labels`.execute(db);
}
