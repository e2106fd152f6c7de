// What every review change checks: the actor may import, and the recommendation exists
// and is not yet published (published items change through the tracking screens).
import type { Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { canImport } from '../policies/import.policy.ts';
import { findRecommendationForReview, type ReviewedRecommendation } from '../repositories/review.repository.ts';
import type { Actor } from './actor.ts';

export function assertReviewer(actor: Actor): void {
  if (!canImport(actor)) throw new AppError('forbidden', 'only coordinators and admins review imported documents');
}

/** Throws forbidden, not-found, or conflict when the recommendation is already published. */
export async function reviewedRecommendation(db: Db, actor: Actor, id: string): Promise<ReviewedRecommendation> {
  assertReviewer(actor);
  const r = await findRecommendationForReview(db, id);
  if (!r) throw new AppError('not-found', `no recommendation ${id}`);
  if (r.state === 'published') throw new AppError('conflict', `recommendation ${r.ref} is already published`);
  return r;
}
