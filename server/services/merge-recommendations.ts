import type { Db } from '../db/handle.ts';
import { withTransaction } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { updateRecommendation } from '../repositories/review.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { reviewedRecommendation } from './review-guard.ts';

/**
 * Merges `otherId` into `id` (one recommendation the extraction cut in two): the texts are
 * joined and the other is discarded. Throws bad-input when they are not of the same document.
 */
export async function mergeRecommendations(db: Db, actor: Actor, id: string, otherId: string): Promise<void> {
  await withTransaction(db, async (trx) => {
    const a = await reviewedRecommendation(trx, actor, id);
    const b = await reviewedRecommendation(trx, actor, otherId);
    if (a.documentId !== b.documentId || a.id === b.id) throw new AppError('bad-input', 'merge two different recommendations of the same document');
    const text = `${a.text.trimEnd()} ${b.text.trimStart()}`.trim();
    await updateRecommendation(trx, a.id, { text });
    await updateRecommendation(trx, b.id, { state: 'discarded' });
    await audit(trx, actor, 'merge', 'recommendation', a.id, { before: { text: a.text, merged: { id: b.id, ref: b.ref, text: b.text } }, after: { text } });
  });
}
