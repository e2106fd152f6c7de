// Cases and trials (issue 8): people followed through arrest, detention, trial and release,
// and trials that group them, both linked to benchmarks and recommendations as evidence.
// Plain SQL, frozen; never imports application code.
import { sql, type Kysely } from 'kysely';

const statements = [
  `create table trials (
    id uuid primary key default gen_random_uuid(),
    title text not null,
    court text,
    charges text not null default '',
    articles text[] not null default '{}',
    verdict_on date,
    judgment text not null default '',
    defendant_count integer check (defendant_count is null or defendant_count >= 0),
    document_id uuid references documents(id) on delete set null,
    paragraph_ref text,
    created_by uuid references users(id),
    created_at timestamptz not null default now(),
    version integer not null default 1
  )`,
  // An import stores each annex row once, however often the document is imported.
  `create unique index trials_source on trials(document_id, paragraph_ref) where document_id is not null and paragraph_ref is not null`,
  `create index trials_verdict on trials(verdict_on)`,
  `create table cases (
    id uuid primary key default gen_random_uuid(),
    label text not null,
    identity text,
    person_count integer not null default 1 check (person_count >= 1),
    sex text not null default 'unknown' check (sex in ('female','male','other','mixed','unknown')),
    categories text[] not null default '{}',
    trial_id uuid references trials(id) on delete set null,
    summary text not null default '',
    created_by uuid references users(id),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version integer not null default 1
  )`,
  `comment on column cases.identity is 'confidential: full names, read only by roles cleared for confidential material'`,
  `create index cases_trial on cases(trial_id)`,
  `create index cases_categories on cases using gin(categories)`,
  `create table case_events (
    id uuid primary key default gen_random_uuid(),
    case_id uuid not null references cases(id) on delete cascade,
    kind text not null check (kind in ('arrest','summons','charge','pretrial-detention-start','pretrial-detention-end','hearing','verdict','sentence','appeal','release','judicial-supervision')),
    occurred_on date not null,
    verdict text check (verdict in ('conviction','acquittal','in-absentia')),
    articles text[] not null default '{}',
    sentence_months integer check (sentence_months is null or sentence_months >= 0),
    suspended_months integer check (suspended_months is null or suspended_months >= 0),
    fine numeric check (fine is null or fine >= 0),
    currency text,
    note text not null default '',
    document_id uuid references documents(id) on delete set null,
    paragraph_ref text,
    source text not null default '',
    created_by uuid references users(id),
    created_at timestamptz not null default now(),
    check (kind <> 'verdict' or verdict is not null)
  )`,
  `create index case_events_case on case_events(case_id, occurred_on)`,
  `create table case_benchmarks (
    case_id uuid not null references cases(id) on delete cascade,
    benchmark_id uuid not null references benchmarks(id) on delete cascade,
    primary key (case_id, benchmark_id)
  )`,
  `create index case_benchmarks_benchmark on case_benchmarks(benchmark_id)`,
  `create table case_recommendations (
    case_id uuid not null references cases(id) on delete cascade,
    recommendation_id uuid not null references recommendations(id) on delete cascade,
    primary key (case_id, recommendation_id)
  )`,
  `create index case_recommendations_recommendation on case_recommendations(recommendation_id)`,
  `create table trial_benchmarks (
    trial_id uuid not null references trials(id) on delete cascade,
    benchmark_id uuid not null references benchmarks(id) on delete cascade,
    primary key (trial_id, benchmark_id)
  )`,
  `create index trial_benchmarks_benchmark on trial_benchmarks(benchmark_id)`,
  `create table trial_recommendations (
    trial_id uuid not null references trials(id) on delete cascade,
    recommendation_id uuid not null references recommendations(id) on delete cascade,
    primary key (trial_id, recommendation_id)
  )`,
  `create index trial_recommendations_recommendation on trial_recommendations(recommendation_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['trial_recommendations', 'trial_benchmarks', 'case_recommendations', 'case_benchmarks', 'case_events', 'cases', 'trials']) {
    await sql.raw(`drop table if exists ${table} cascade`).execute(db);
  }
}
