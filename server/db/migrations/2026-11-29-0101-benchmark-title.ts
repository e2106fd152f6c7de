// Benchmarks a monitor derives itself (an NHRI, a civil-society coalition): no report words
// them, so the benchmark carries its own title, shown wherever no report's wording exists.
// Their sources are added by hand (origin 'manual') beside those a report cites ('imported').
// Plain SQL, frozen; never imports application code.
import { sql, type Kysely } from 'kysely';

const statements = [
  `alter table benchmarks
    add column title text,
    add constraint benchmarks_title_not_blank check (title is null or btrim(title) <> '')`,
  `comment on column benchmarks.title is 'the monitor''s own wording: shown where no report words the benchmark (benchmark_wordings)'`,
  `alter table benchmark_sources
    add constraint benchmark_sources_origin check (origin in ('imported','manual'))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table benchmark_sources drop constraint if exists benchmark_sources_origin').execute(db);
  await sql.raw('alter table benchmarks drop constraint if exists benchmarks_title_not_blank, drop column if exists title').execute(db);
}
