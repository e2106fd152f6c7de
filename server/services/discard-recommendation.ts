import type { Db } from '../db/handle.ts';
import { withTransaction } from '../db/handle.ts';
import { updateRecommendation } from '../repositories/review.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { reviewedRecommendation } from './review-guard.ts';

/** Discards an extracted item that is not a recommendation (`restore` brings it back to draft). */
export async function discardRecommendation(db: Db, actor: Actor, id: string, restore = false): Promise<void> {
  await withTransaction(db, async (trx) => {
    const r = await reviewedRecommendation(trx, actor, id);
    const state = restore ? 'draft' : 'discarded';
    await updateRecommendation(trx, id, { state });
    await audit(trx, actor, restore ? 'restore' : 'discard', 'recommendation', id, { before: { state: r.state }, after: { state } });
  });
}
