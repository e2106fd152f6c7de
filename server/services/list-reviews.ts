import type { Db } from '../db/handle.ts';
import type { ReviewSummary } from '../../contracts/review.ts';
import { findDraftDocuments } from '../repositories/review.repository.ts';
import type { Actor } from './actor.ts';
import { assertReviewer } from './review-guard.ts';

/** Imported documents waiting for review. Throws forbidden for those who may not import. */
export async function listReviews(db: Db, actor: Actor): Promise<ReviewSummary[]> {
  assertReviewer(actor);
  return (await findDraftDocuments(db)).map(({ id, symbol, title, kind, filename, createdAt, recommendations }) => ({ id, symbol, title, kind, filename, createdAt, recommendations }));
}
