// The whole domain, first version. Frozen: change the schema with a new dated migration.
// Plain SQL, identical for PGlite and PostgreSQL; never imports application code.
import { sql, type Kysely } from 'kysely';

const statements = [
  // People and organisations
  `create table organisations (
    id uuid primary key default gen_random_uuid(),
    name text not null unique,
    kind text not null default 'other' check (kind in ('government','nhri','civil-society','un','special-procedure','treaty-body','other')),
    trusted boolean not null default false,
    created_at timestamptz not null default now(),
    version integer not null default 1
  )`,
  `create table institutions (
    id uuid primary key default gen_random_uuid(),
    name text not null unique,
    acronym text,
    kind text not null default 'ministry',
    parent_id uuid references institutions(id),
    created_at timestamptz not null default now(),
    version integer not null default 1
  )`,
  `create table users (
    id uuid primary key default gen_random_uuid(),
    email text not null unique,
    name text not null default '',
    password_hash text not null,
    role text not null check (role in ('admin','coordinator','focal-point','contributor','viewer')),
    organisation_id uuid references organisations(id),
    institution_id uuid references institutions(id),
    language text not null default 'en',
    failed_logins integer not null default 0,
    locked_until timestamptz,
    disabled boolean not null default false,
    created_at timestamptz not null default now(),
    version integer not null default 1
  )`,
  `create table sessions (
    id text primary key,
    user_id uuid not null references users(id) on delete cascade,
    csrf_token text not null,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null
  )`,
  `create index sessions_user on sessions(user_id)`,
  `create table password_resets (
    token_hash text primary key,
    user_id uuid not null references users(id) on delete cascade,
    expires_at timestamptz not null,
    used_at timestamptz
  )`,
  `create table login_attempts (
    key text not null,
    at timestamptz not null default now(),
    succeeded boolean not null
  )`,
  `create index login_attempts_key_at on login_attempts(key, at)`,
  `create table audit_events (
    id bigint generated always as identity primary key,
    at timestamptz not null default now(),
    actor_id uuid,
    actor_label text not null default '',
    action text not null,
    entity text not null,
    entity_id text,
    before jsonb,
    after jsonb
  )`,
  `create index audit_events_entity on audit_events(entity, entity_id)`,
  `create index audit_events_at on audit_events(at)`,
  `create table jobs (
    id uuid primary key default gen_random_uuid(),
    kind text not null,
    status text not null default 'queued' check (status in ('queued','running','succeeded','failed')),
    payload jsonb not null default '{}',
    result jsonb,
    error text,
    progress_done integer not null default 0,
    progress_total integer not null default 0,
    message text,
    attempts integer not null default 0,
    max_attempts integer not null default 3,
    claimed_by text,
    heartbeat_at timestamptz,
    run_after timestamptz not null default now(),
    created_by uuid,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    finished_at timestamptz
  )`,
  `create index jobs_claim on jobs(status, run_after)`,
  `create table job_files (
    job_id uuid not null references jobs(id) on delete cascade,
    ordinal integer not null,
    name text not null,
    bytes bytea not null,
    primary key (job_id, ordinal)
  )`,

  // Reference data
  `create table countries (
    code char(3) primary key,
    name text not null
  )`,
  `create table taxonomy_terms (
    id uuid primary key default gen_random_uuid(),
    taxonomy text not null,
    code text not null,
    label text not null,
    parent_code text,
    cluster text,
    labels jsonb not null default '{}',
    description text,
    unique (taxonomy, code)
  )`,
  `create table scales (
    code text primary key,
    name text not null
  )`,
  `create table scale_grades (
    scale text not null references scales(code),
    code text not null,
    label text not null,
    rank integer not null,
    colour text not null,
    definition text not null default '',
    primary key (scale, code)
  )`,

  // Documents and what they hold
  `create table documents (
    id uuid primary key default gen_random_uuid(),
    symbol text,
    kind text not null,
    mechanism text,
    body text,
    title text,
    date date,
    language text,
    country char(3),
    cycle integer,
    session integer,
    filename text,
    media_type text,
    original bytea,
    sha256 text unique,
    text text,
    state text not null default 'draft' check (state in ('draft','published','discarded')),
    imported_by uuid references users(id),
    job_id uuid,
    created_at timestamptz not null default now(),
    search tsvector generated always as (to_tsvector('english', coalesce(symbol,'') || ' ' || coalesce(title,''))) stored
  )`,
  `create unique index documents_symbol on documents(symbol) where symbol is not null`,
  `create index documents_search on documents using gin(search)`,
  `create table paragraphs (
    id uuid primary key default gen_random_uuid(),
    document_id uuid not null references documents(id) on delete cascade,
    ordinal integer not null,
    ref text not null,
    text text not null,
    page integer,
    line integer,
    unique (document_id, ordinal)
  )`,
  `create index paragraphs_ref on paragraphs(document_id, ref)`,
  `create table facts (
    id uuid primary key default gen_random_uuid(),
    document_id uuid not null references documents(id) on delete cascade,
    label text not null,
    value numeric not null,
    unit text,
    paragraph_ref text,
    observed text
  )`,
  `create table recommendations (
    id uuid primary key default gen_random_uuid(),
    document_id uuid not null references documents(id) on delete cascade,
    paragraph_id uuid references paragraphs(id) on delete set null,
    ref text not null,
    text text not null default '',
    addressee text,
    position text check (position in ('supported','noted')),
    position_document_id uuid references documents(id) on delete set null,
    cluster text,
    sub_theme text,
    country char(3),
    cycle integer,
    session integer,
    state text not null default 'draft' check (state in ('draft','published','discarded')),
    version integer not null default 1,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    search tsvector generated always as (to_tsvector('english', coalesce(text,''))) stored
  )`,
  `create unique index recommendations_identity on recommendations(document_id, coalesce(country,''), coalesce(session,0), ref)`,
  `create index recommendations_search on recommendations using gin(search)`,
  `create index recommendations_state on recommendations(state)`,
  `create index recommendations_country_session on recommendations(country, session)`,
  `create table recommendation_states (
    recommendation_id uuid not null references recommendations(id) on delete cascade,
    state char(3) not null,
    ordinal smallint not null default 0,
    primary key (recommendation_id, state)
  )`,
  `create index recommendation_states_state on recommendation_states(state)`,
  `create table recommendation_links (
    from_id uuid not null references recommendations(id) on delete cascade,
    to_id uuid not null references recommendations(id) on delete cascade,
    kind text not null check (kind in ('cites','same-as','related')),
    score real,
    origin text not null default 'imported',
    primary key (from_id, to_id, kind)
  )`,
  `create index recommendation_links_to on recommendation_links(to_id)`,
  `create table recommendation_tags (
    recommendation_id uuid not null references recommendations(id) on delete cascade,
    term_id uuid not null references taxonomy_terms(id) on delete cascade,
    origin text not null check (origin in ('imported','suggested','confirmed','rejected')),
    confidence real,
    decided_by uuid references users(id),
    created_at timestamptz not null default now(),
    primary key (recommendation_id, term_id)
  )`,
  `create index recommendation_tags_term on recommendation_tags(term_id, origin)`,

  // Benchmarks, periods, assessments
  `create table benchmarks (
    id uuid primary key default gen_random_uuid(),
    monitor_id uuid not null references organisations(id),
    number integer,
    code text,
    timeframe text,
    state text not null default 'draft' check (state in ('draft','published','discarded')),
    version integer not null default 1,
    created_at timestamptz not null default now()
  )`,
  `create unique index benchmarks_code on benchmarks(monitor_id, code) where code is not null`,
  `create unique index benchmarks_number on benchmarks(monitor_id, number) where number is not null`,
  `create table benchmark_wordings (
    benchmark_id uuid not null references benchmarks(id) on delete cascade,
    document_id uuid not null references documents(id) on delete cascade,
    number integer,
    code text,
    title text not null,
    timeframe text,
    paragraph_ref text,
    primary key (benchmark_id, document_id)
  )`,
  `create table benchmark_sources (
    benchmark_id uuid not null references benchmarks(id) on delete cascade,
    recommendation_id uuid not null references recommendations(id) on delete cascade,
    document_id uuid references documents(id) on delete set null,
    origin text not null default 'imported',
    primary key (benchmark_id, recommendation_id)
  )`,
  `create table reporting_periods (
    id uuid primary key default gen_random_uuid(),
    monitor_id uuid not null references organisations(id),
    label text not null,
    starts_on date not null,
    ends_on date not null,
    created_at timestamptz not null default now(),
    unique (monitor_id, label),
    check (ends_on >= starts_on)
  )`,
  `create table assessments (
    id uuid primary key default gen_random_uuid(),
    item_type text not null check (item_type in ('recommendation','benchmark','cluster','theme')),
    recommendation_id uuid references recommendations(id) on delete cascade,
    benchmark_id uuid references benchmarks(id) on delete cascade,
    item_key text,
    period_id uuid not null references reporting_periods(id),
    assessor_id uuid not null references organisations(id),
    scale text not null references scales(code),
    grade text not null,
    narrative text not null default '',
    recommendation_count integer,
    state text not null default 'published' check (state in ('pending','published','rejected')),
    supersedes_id uuid references assessments(id),
    document_id uuid references documents(id) on delete set null,
    created_by uuid references users(id),
    created_at timestamptz not null default now(),
    foreign key (scale, grade) references scale_grades(scale, code)
  )`,
  `create index assessments_benchmark on assessments(benchmark_id, period_id)`,
  `create index assessments_recommendation on assessments(recommendation_id, period_id)`,
  `create index assessments_item_key on assessments(item_type, item_key)`,
  `create table evidence (
    id uuid primary key default gen_random_uuid(),
    assessment_id uuid not null references assessments(id) on delete cascade,
    ordinal integer not null default 0,
    kind text not null check (kind in ('paragraph','url','text','submission')),
    text text not null default '',
    url text,
    document_id uuid references documents(id) on delete set null,
    paragraph_ref text,
    submission_id uuid,
    confidential boolean not null default false,
    created_at timestamptz not null default now()
  )`,
  `create index evidence_assessment on evidence(assessment_id)`,

  // Follow-up
  `create table assignments (
    id uuid primary key default gen_random_uuid(),
    item_type text not null check (item_type in ('recommendation','benchmark','cluster')),
    recommendation_id uuid references recommendations(id) on delete cascade,
    benchmark_id uuid references benchmarks(id) on delete cascade,
    item_key text,
    institution_id uuid not null references institutions(id),
    role text not null check (role in ('lead','supporting')),
    created_at timestamptz not null default now(),
    version integer not null default 1
  )`,
  `create index assignments_institution on assignments(institution_id)`,
  `create index assignments_recommendation on assignments(recommendation_id)`,
  `create table actions (
    id uuid primary key default gen_random_uuid(),
    title text not null,
    description text not null default '',
    institution_id uuid not null references institutions(id),
    starts_on date,
    due_on date,
    status text not null default 'planned' check (status in ('planned','in-progress','completed')),
    budget numeric,
    currency text,
    created_by uuid references users(id),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version integer not null default 1,
    check (due_on is null or starts_on is null or due_on >= starts_on)
  )`,
  `create table action_recommendations (
    action_id uuid not null references actions(id) on delete cascade,
    recommendation_id uuid not null references recommendations(id) on delete cascade,
    primary key (action_id, recommendation_id)
  )`,
  `create table indicators (
    id uuid primary key default gen_random_uuid(),
    name text not null,
    kind text not null check (kind in ('structural','process','outcome')),
    unit text,
    baseline numeric,
    baseline_on date,
    target numeric,
    target_on date,
    description text not null default '',
    created_at timestamptz not null default now(),
    version integer not null default 1
  )`,
  `create table indicator_benchmarks (
    indicator_id uuid not null references indicators(id) on delete cascade,
    benchmark_id uuid not null references benchmarks(id) on delete cascade,
    primary key (indicator_id, benchmark_id)
  )`,
  `create table indicator_recommendations (
    indicator_id uuid not null references indicators(id) on delete cascade,
    recommendation_id uuid not null references recommendations(id) on delete cascade,
    primary key (indicator_id, recommendation_id)
  )`,
  `create table indicator_values (
    id uuid primary key default gen_random_uuid(),
    indicator_id uuid not null references indicators(id) on delete cascade,
    value numeric not null,
    observed_on date not null,
    source_text text not null default '',
    document_id uuid references documents(id) on delete set null,
    paragraph_ref text,
    created_by uuid references users(id),
    created_at timestamptz not null default now()
  )`,
  `create index indicator_values_indicator on indicator_values(indicator_id, observed_on)`,
  `create table calls_for_input (
    id uuid primary key default gen_random_uuid(),
    title text not null,
    description text not null default '',
    deadline timestamptz not null,
    status text not null default 'open' check (status in ('open','closed')),
    created_by uuid references users(id),
    created_at timestamptz not null default now(),
    version integer not null default 1
  )`,
  `create table call_benchmarks (
    call_id uuid not null references calls_for_input(id) on delete cascade,
    benchmark_id uuid not null references benchmarks(id) on delete cascade,
    primary key (call_id, benchmark_id)
  )`,
  `create table submissions (
    id uuid primary key default gen_random_uuid(),
    call_id uuid not null references calls_for_input(id) on delete cascade,
    organisation_id uuid references organisations(id),
    submitter_name text not null default '',
    submitter_email text not null default '',
    identity_confidential boolean not null default true,
    text text not null,
    state text not null default 'pending' check (state in ('pending','approved','rejected')),
    created_by uuid references users(id),
    created_at timestamptz not null default now(),
    moderated_by uuid references users(id),
    moderated_at timestamptz
  )`,
  `create table notifications (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references users(id) on delete cascade,
    kind text not null,
    text text not null,
    link text,
    due_at timestamptz,
    read_at timestamptz,
    emailed_at timestamptz,
    created_at timestamptz not null default now(),
    unique (user_id, kind, link)
  )`,
];

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
