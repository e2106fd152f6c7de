// Editing a case (label, identity, people, categories, trial, summary); send the version
// read, a stale one is refused with the current record.
import type { CaseDetail } from '../../contracts/cases.ts';
import { withTransaction, type Db } from '../db/handle.ts';
import { requirePermission } from '../policies/require.ts';
import { audienceOf } from '../presenters/audience.ts';
import { presentCase, type CaseEvaluation } from '../presenters/case.presenter.ts';
import { findCaseById, listCaseEvents, updateCase, type CaseFields } from '../repositories/case.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { requireTrial } from './case-checks.ts';
import { auditedCase } from './create-case.ts';
import { found, staleVersion } from './stale-version.ts';

/** Throws forbidden, not-found, conflict (stale version, without the identity) or bad-input (unknown trial). */
export async function editCase(db: Db, actor: Actor, id: string, patch: Partial<CaseFields> & { version: number }, evaluation: CaseEvaluation): Promise<CaseDetail> {
  requirePermission(actor, 'case.edit');
  return withTransaction(db, async (trx) => {
    const before = found(await findCaseById(trx, id), 'case', id);
    await requireTrial(trx, patch.trialId);
    const { version, ...fields } = patch;
    if (!(await updateCase(trx, id, version, fields))) staleVersion('case', id, version, auditedCase(before));
    const after = (await findCaseById(trx, id))!;
    await audit(trx, actor, 'update', 'case', id, { before: auditedCase(before), after: auditedCase(after) });
    return presentCase(after, await listCaseEvents(trx, [id]), audienceOf(actor), evaluation);
  });
}
