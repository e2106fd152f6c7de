// People, accounts, audit and jobs: part of migration 2026-11-23-0001-domain. Frozen, plain SQL.

export const people: readonly string[] = [
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

];
