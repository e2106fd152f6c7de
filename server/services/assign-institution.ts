// Assigning a recommendation, benchmark or cluster to a lead or supporting institution.
import type { AssignableItem, AssignmentRole } from '../../contracts/tracking.ts';
import { withTransaction, type Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { requirePermission } from '../policies/require.ts';
import { insertAssignment, listAssignments, type AssignmentRow } from '../repositories/assignment.repository.ts';
import { findInstitutionById } from '../repositories/institution.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { requireItems } from './item-checks.ts';

export interface AssignInput {
  itemType: AssignableItem;
  itemId: string;
  institutionId: string;
  role: AssignmentRole;
}

/** Throws bad-input (unknown item or institution) or forbidden. */
export async function assignInstitution(db: Db, actor: Actor, input: AssignInput): Promise<AssignmentRow> {
  requirePermission(actor, 'assignment.manage');
  return withTransaction(db, async (trx) => {
    if (!(await findInstitutionById(trx, input.institutionId))) throw new AppError('bad-input', `institutionId: no institution ${input.institutionId}`, { place: { field: 'institutionId' } });
    if (input.itemType === 'benchmark') await requireItems(trx, { benchmarkIds: [input.itemId] }, { benchmark: 'itemId', recommendation: 'itemId' });
    if (input.itemType === 'recommendation') await requireItems(trx, { recommendationIds: [input.itemId] }, { benchmark: 'itemId', recommendation: 'itemId' });
    const row = await insertAssignment(trx, {
      itemType: input.itemType,
      benchmarkId: input.itemType === 'benchmark' ? input.itemId : null,
      recommendationId: input.itemType === 'recommendation' ? input.itemId : null,
      itemKey: input.itemType === 'cluster' ? input.itemId : null,
      institutionId: input.institutionId,
      role: input.role,
    });
    await audit(trx, actor, 'create', 'assignment', row.id, { after: row });
    return row;
  });
}

export async function readAssignments(db: Db, actor: Actor, filter: { institutionId?: string | undefined; benchmarkId?: string | undefined; recommendationId?: string | undefined }): Promise<AssignmentRow[]> {
  requirePermission(actor, 'internal.read');
  return listAssignments(db, filter);
}
