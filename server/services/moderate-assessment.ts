// Moderating a contributor's assessment: publish it or reject it (it stays in the record).
import type { ModerationDecision } from '../../contracts/tracking.ts';
import { withTransaction, type Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { requirePermission } from '../policies/require.ts';
import { decidePendingAssessment, findAssessmentById } from '../repositories/assessment.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { found } from './stale-version.ts';

/** Throws not-found, conflict (already moderated) or forbidden. */
export async function moderateAssessment(db: Db, actor: Actor, id: string, decision: ModerationDecision): Promise<{ id: string; state: 'published' | 'rejected' }> {
  requirePermission(actor, 'assessment.moderate');
  return withTransaction(db, async (trx) => {
    const before = found(await findAssessmentById(trx, id), 'assessment', id);
    const state = decision === 'approve' ? 'published' : 'rejected';
    if (!(await decidePendingAssessment(trx, id, state))) throw new AppError('conflict', `this assessment is already ${before.state}`);
    await audit(trx, actor, 'moderate', 'assessment', id, { before: { state: before.state }, after: { state } });
    return { id, state };
  });
}
