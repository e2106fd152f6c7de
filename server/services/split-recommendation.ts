import type { Db } from '../db/handle.ts';
import { withTransaction } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { insertSibling, refTaken, updateRecommendation } from '../repositories/review.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { reviewedRecommendation } from './review-guard.ts';

/**
 * Splits a recommendation at character `at` (two asks the extraction ran together): the
 * first part stays, the second becomes a new draft numbered `REF-2` (or the next free).
 * Returns the new id. Throws bad-input when either part would be empty.
 */
export async function splitRecommendation(db: Db, actor: Actor, id: string, at: number): Promise<string> {
  return withTransaction(db, async (trx) => {
    const r = await reviewedRecommendation(trx, actor, id);
    const first = r.text.slice(0, at).trim();
    const second = r.text.slice(at).trim();
    if (!first || !second) throw new AppError('bad-input', `split inside the text (1 to ${r.text.length - 1}), not at its ends`, { place: { field: 'at' } });
    let n = 2;
    while (await refTaken(trx, r, `${r.ref}-${n}`)) n++;
    await updateRecommendation(trx, r.id, { text: first });
    const created = await insertSibling(trx, r, `${r.ref}-${n}`, second);
    await audit(trx, actor, 'split', 'recommendation', r.id, { before: { text: r.text }, after: { text: first, created: { id: created, ref: `${r.ref}-${n}`, text: second } } });
    return created;
  });
}
