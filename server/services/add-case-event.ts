// Adding a dated, sourced event to a case's timeline (arrest, charge, detention, hearing,
// verdict, sentence, appeal, release…). Events are appended; the timeline is the record.
import type { CaseEventView } from '../../contracts/cases.ts';
import { withTransaction, type Db } from '../db/handle.ts';
import { presentCaseEvent } from '../presenters/case.presenter.ts';
import { requirePermission } from '../policies/require.ts';
import { findCaseById, insertCaseEvent, listCaseEvents, touchCase, type CaseEventFields } from '../repositories/case.repository.ts';
import { actorUserId, type Actor } from './actor.ts';
import { audit } from './audit.ts';
import { checkEvent, requireDocument } from './case-checks.ts';
import { found } from './stale-version.ts';

/** Throws forbidden, not-found (case) or bad-input naming the field. */
export async function addCaseEvent(db: Db, actor: Actor, caseId: string, event: CaseEventFields): Promise<CaseEventView> {
  requirePermission(actor, 'case.edit');
  checkEvent(event);
  return withTransaction(db, async (trx) => {
    found(await findCaseById(trx, caseId), 'case', caseId);
    await requireDocument(trx, event.documentId);
    const id = await insertCaseEvent(trx, caseId, event, actorUserId(actor));
    await touchCase(trx, caseId);
    const row = (await listCaseEvents(trx, [caseId])).find((e) => e.id === id)!;
    await audit(trx, actor, 'create', 'case-event', id, { after: row });
    return presentCaseEvent(row);
  });
}
