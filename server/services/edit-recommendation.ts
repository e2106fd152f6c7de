import type { Db } from '../db/handle.ts';
import { withTransaction } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { refTaken, updateRecommendation } from '../repositories/review.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { reviewedRecommendation } from './review-guard.ts';

/** Corrects the text or number of a recommendation in review. Throws conflict when the number is taken. */
export async function editRecommendation(db: Db, actor: Actor, id: string, change: { text?: string | undefined; ref?: string | undefined }): Promise<void> {
  await withTransaction(db, async (trx) => {
    const r = await reviewedRecommendation(trx, actor, id);
    const ref = change.ref?.trim();
    if (ref && ref !== r.ref && (await refTaken(trx, r, ref))) throw new AppError('conflict', `the document already has a recommendation ${ref}`);
    const next = { ...(change.text === undefined ? {} : { text: change.text.trim() }), ...(ref ? { ref } : {}) };
    await updateRecommendation(trx, id, next);
    await audit(trx, actor, 'edit', 'recommendation', id, { before: { text: r.text, ref: r.ref }, after: next });
  });
}
