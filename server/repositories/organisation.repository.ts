// Organisations: monitors, assessors, contributors' organisations.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export type OrganisationKind = 'government' | 'nhri' | 'civil-society' | 'un' | 'special-procedure' | 'treaty-body' | 'other';

/** The id of the organisation of that name, created (with `kind`) when unknown. */
export async function ensureOrganisation(db: Kysely<DB>, name: string, kind: OrganisationKind): Promise<string> {
  const existing = await db.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirst();
  if (existing) return existing.id;
  const row = await db
    .insertInto('organisations')
    .values({ name, kind })
    .onConflict((oc) => oc.column('name').doUpdateSet({ name }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

// Managing organisations (follow-up): the trusted flag decides whether their members'
// assessments are published without moderation.

export interface OrganisationRow {
  id: string;
  name: string;
  kind: OrganisationKind;
  trusted: boolean;
  version: number;
}

const organisationColumns = ['id', 'name', 'kind', 'trusted', 'version'] as const;

function toOrganisation(row: { id: string; name: string; kind: string; trusted: boolean; version: number }): OrganisationRow {
  return { ...row, kind: row.kind as OrganisationKind };
}

export async function listOrganisations(db: Kysely<DB>): Promise<OrganisationRow[]> {
  const rows = await db.selectFrom('organisations').select(organisationColumns).orderBy('name').execute();
  return rows.map(toOrganisation);
}

export async function findOrganisationById(db: Kysely<DB>, id: string): Promise<OrganisationRow | null> {
  const row = await db.selectFrom('organisations').select(organisationColumns).where('id', '=', id).executeTakeFirst();
  return row ? toOrganisation(row) : null;
}

export async function findOrganisationByName(db: Kysely<DB>, name: string): Promise<OrganisationRow | null> {
  const row = await db.selectFrom('organisations').select(organisationColumns).where('name', '=', name).executeTakeFirst();
  return row ? toOrganisation(row) : null;
}

export async function insertOrganisation(db: Kysely<DB>, o: { name: string; kind: OrganisationKind; trusted: boolean }): Promise<OrganisationRow> {
  const row = await db.insertInto('organisations').values(o).returning(organisationColumns).executeTakeFirstOrThrow();
  return toOrganisation(row);
}

/** Updates when `version` is current; returns the new row, or null when the version is stale. */
export async function updateOrganisation(db: Kysely<DB>, id: string, version: number, patch: { name?: string; kind?: OrganisationKind; trusted?: boolean }): Promise<OrganisationRow | null> {
  const row = await db
    .updateTable('organisations')
    .set((eb) => ({ ...patch, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning(organisationColumns)
    .executeTakeFirst();
  return row ? toOrganisation(row) : null;
}

/**
 * Locks the organisation's row until the transaction ends (`for no key update`), so writers
 * of what must be unique within it (its benchmarks' codes) follow each other.
 */
export async function lockOrganisation(db: Kysely<DB>, id: string): Promise<void> {
  await db.selectFrom('organisations').select('id').where('id', '=', id).forNoKeyUpdate().execute();
}
