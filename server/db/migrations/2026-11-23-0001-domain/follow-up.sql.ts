// Follow-up: assignments, actions, indicators, calls for input, notifications: part of migration 2026-11-23-0001-domain. Frozen, plain SQL.

export const followUp: readonly string[] = [
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
