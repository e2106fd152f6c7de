// The organisation and institution an account belongs to, named by id (an existing one) or
// by name (created when unknown, as `landmark user add --org` does). Adding and changing an
// account both read them this way.
import type { Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { findInstitutionById, findInstitutionByName, insertInstitution } from '../repositories/institution.repository.ts';
import { ensureOrganisation, findOrganisationById } from '../repositories/organisation.repository.ts';

export interface AffiliationRef {
  /** An existing one, or null for none. */
  id?: string | null | undefined;
  /** One by name, created when unknown. */
  name?: string | undefined;
}

function chosen(ref: AffiliationRef, field: string): { id: string | null } | { name: string } | undefined {
  const name = ref.name?.trim();
  if (name && ref.id) throw new AppError('bad-input', `${field}Name: give the ${field} by id or by name, not both`, { place: { field: `${field}Name` } });
  if (name) return { name };
  return ref.id === undefined ? undefined : { id: ref.id };
}

/** The organisation's id, null for none, or undefined when `ref` names none. Throws bad-input on an unknown id. */
export async function organisationOf(trx: Db, ref: AffiliationRef): Promise<string | null | undefined> {
  const c = chosen(ref, 'organisation');
  if (c === undefined) return undefined;
  if ('name' in c) return ensureOrganisation(trx, c.name, 'other');
  if (c.id === null) return null;
  if (!(await findOrganisationById(trx, c.id))) throw new AppError('bad-input', `organisationId: no organisation ${c.id}`, { place: { field: 'organisationId' } });
  return c.id;
}

/** The institution's id, null for none, or undefined when `ref` names none. Throws bad-input on an unknown id. */
export async function institutionOf(trx: Db, ref: AffiliationRef): Promise<string | null | undefined> {
  const c = chosen(ref, 'institution');
  if (c === undefined) return undefined;
  if ('name' in c) return (await findInstitutionByName(trx, c.name))?.id ?? (await insertInstitution(trx, { name: c.name, acronym: null, kind: 'ministry', parentId: null })).id;
  if (c.id === null) return null;
  if (!(await findInstitutionById(trx, c.id))) throw new AppError('bad-input', `institutionId: no institution ${c.id}`, { place: { field: 'institutionId' } });
  return c.id;
}
