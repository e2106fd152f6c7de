// Organisations: creating them and changing their name, kind or trusted flag (a trusted
// organisation's assessments are published without moderation).
import type { OrganisationKind } from '../../contracts/tracking.ts';
import { withTransaction, type Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { requirePermission } from '../policies/require.ts';
import {
  findOrganisationById,
  findOrganisationByName,
  insertOrganisation,
  listOrganisations,
  updateOrganisation,
  type OrganisationRow,
} from '../repositories/organisation.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { staleVersion } from './stale-version.ts';

/** Throws conflict (name taken) or forbidden. */
export async function createOrganisation(db: Db, actor: Actor, input: { name: string; kind: OrganisationKind; trusted: boolean }): Promise<OrganisationRow> {
  requirePermission(actor, 'organisation.manage');
  return withTransaction(db, async (trx) => {
    if (await findOrganisationByName(trx, input.name)) throw new AppError('conflict', `name: an organisation "${input.name}" already exists`, { place: { field: 'name' } });
    const row = await insertOrganisation(trx, input);
    await audit(trx, actor, 'create', 'organisation', row.id, { after: row });
    return row;
  });
}

/** Throws not-found, conflict (stale version) or forbidden. */
export async function updateOrganisationDetails(
  db: Db,
  actor: Actor,
  id: string,
  input: { version: number; name?: string | undefined; kind?: OrganisationKind | undefined; trusted?: boolean | undefined },
): Promise<OrganisationRow> {
  requirePermission(actor, 'organisation.manage');
  return withTransaction(db, async (trx) => {
    const before = await findOrganisationById(trx, id);
    const { version, ...patch } = input;
    const after = await updateOrganisation(trx, id, version, Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)));
    if (!after) staleVersion('organisation', id, version, await findOrganisationById(trx, id));
    await audit(trx, actor, 'update', 'organisation', id, { before, after });
    return after;
  });
}

/** Every organisation (signed-in readers). */
export async function readOrganisations(db: Db, actor: Actor): Promise<OrganisationRow[]> {
  requirePermission(actor, 'internal.read');
  return listOrganisations(db);
}
