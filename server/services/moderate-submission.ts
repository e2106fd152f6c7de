// Moderating a submission: approved ones can be attached to assessments as evidence.
import type { ModerationDecision } from '../../contracts/tracking.ts';
import { withTransaction, type Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { requirePermission } from '../policies/require.ts';
import { decidePendingSubmission, findSubmissionById } from '../repositories/call.repository.ts';
import { actorUserId, type Actor } from './actor.ts';
import { audit } from './audit.ts';
import { found } from './stale-version.ts';

/** Throws not-found, conflict (already moderated) or forbidden. */
export async function moderateSubmission(db: Db, actor: Actor, id: string, decision: ModerationDecision): Promise<{ id: string; state: 'approved' | 'rejected' }> {
  requirePermission(actor, 'submission.moderate');
  return withTransaction(db, async (trx) => {
    const before = found(await findSubmissionById(trx, id), 'submission', id);
    const state = decision === 'approve' ? 'approved' : 'rejected';
    if (!(await decidePendingSubmission(trx, id, state, actorUserId(actor)))) throw new AppError('conflict', `this submission is already ${before.state}`);
    await audit(trx, actor, 'moderate', 'submission', id, { before: { state: before.state }, after: { state } });
    return { id, state };
  });
}
