// Institutions: the State bodies that carry out recommendations (ministries, courts…).
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export interface InstitutionRow {
  id: string;
  name: string;
  acronym: string | null;
  kind: string;
  parentId: string | null;
  version: number;
}

const columns = ['id', 'name', 'acronym', 'kind', 'parent_id as parentId', 'version'] as const;

export async function listInstitutions(db: Kysely<DB>): Promise<InstitutionRow[]> {
  return db.selectFrom('institutions').select(columns).orderBy('name').execute();
}

export async function findInstitutionById(db: Kysely<DB>, id: string): Promise<InstitutionRow | null> {
  return (await db.selectFrom('institutions').select(columns).where('id', '=', id).executeTakeFirst()) ?? null;
}

export async function findInstitutionByName(db: Kysely<DB>, name: string): Promise<InstitutionRow | null> {
  return (await db.selectFrom('institutions').select(columns).where('name', '=', name).executeTakeFirst()) ?? null;
}

export async function insertInstitution(db: Kysely<DB>, i: { name: string; acronym: string | null; kind: string; parentId: string | null }): Promise<InstitutionRow> {
  return db
    .insertInto('institutions')
    .values({ name: i.name, acronym: i.acronym, kind: i.kind, parent_id: i.parentId })
    .returning(columns)
    .executeTakeFirstOrThrow();
}
