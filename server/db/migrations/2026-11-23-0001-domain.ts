// The whole domain, first version. Frozen: change the schema with a new dated migration.
// Plain SQL, identical for PGlite and PostgreSQL; never imports application code. The
// statements sit in one file per area (./2026-11-23-0001-domain/), applied in this order.
import { sql, type Kysely } from 'kysely';
import { people } from './2026-11-23-0001-domain/people.sql.ts';
import { reference } from './2026-11-23-0001-domain/reference.sql.ts';
import { documents } from './2026-11-23-0001-domain/documents.sql.ts';
import { assessments } from './2026-11-23-0001-domain/assessments.sql.ts';
import { followUp } from './2026-11-23-0001-domain/follow-up.sql.ts';

const statements = [...people, ...reference, ...documents, ...assessments, ...followUp];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = [
    'notifications', 'submissions', 'call_benchmarks', 'calls_for_input', 'indicator_values',
    'indicator_recommendations', 'indicator_benchmarks', 'indicators', 'action_recommendations', 'actions',
    'assignments', 'evidence', 'assessments', 'reporting_periods', 'benchmark_sources', 'benchmark_wordings',
    'benchmarks', 'recommendation_tags', 'recommendation_links', 'recommendation_states', 'recommendations',
    'facts', 'paragraphs', 'documents', 'scale_grades', 'scales', 'taxonomy_terms', 'countries', 'job_files', 'jobs',
    'audit_events', 'login_attempts', 'password_resets', 'sessions', 'users', 'institutions', 'organisations',
  ];
  for (const table of tables) await sql.raw(`drop table if exists ${table} cascade`).execute(db);
}
