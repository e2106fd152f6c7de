// Reference data: countries, taxonomies, grading scales: part of migration 2026-11-23-0001-domain. Frozen, plain SQL.

export const reference: readonly string[] = [
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

];
