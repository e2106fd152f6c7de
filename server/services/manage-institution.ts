// Institutions: the State bodies actions and assignments point at.
import { withTransaction, type Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { requirePermission } from '../policies/require.ts';
import { findInstitutionById, findInstitutionByName, insertInstitution, listInstitutions, type InstitutionRow } from '../repositories/institution.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';

/** Throws conflict (name taken), bad-input (unknown parent) or forbidden. */
export async function createInstitution(db: Db, actor: Actor, input: { name: string; acronym: string | null; kind: string; parentId: string | null }): Promise<InstitutionRow> {
  requirePermission(actor, 'institution.manage');
  return withTransaction(db, async (trx) => {
    if (await findInstitutionByName(trx, input.name)) throw new AppError('conflict', `name: an institution "${input.name}" already exists`, { place: { field: 'name' } });
    if (input.parentId && !(await findInstitutionById(trx, input.parentId))) throw new AppError('bad-input', `parentId: no institution ${input.parentId}`, { place: { field: 'parentId' } });
    const row = await insertInstitution(trx, input);
    await audit(trx, actor, 'create', 'institution', row.id, { after: row });
    return row;
  });
}

export async function readInstitutions(db: Db, actor: Actor): Promise<InstitutionRow[]> {
  requirePermission(actor, 'internal.read');
  return listInstitutions(db);
}
