// Benchmarks, reporting periods, assessments and their evidence: part of migration 2026-11-23-0001-domain. Frozen, plain SQL.

export const assessments: readonly string[] = [
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

];
