import type { Db } from '../db/handle.ts';
import { withTransaction } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import type { PublishResult } from '../../contracts/review.ts';
import { findReviewDocument, publishDocumentItems } from '../repositories/review.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { assertReviewer } from './review-guard.ts';

/**
 * Publishes a reviewed document: the document, its draft recommendations, the benchmarks it
 * words, its pending grades, and the quoted recommendations its benchmarks cite. Discarded
 * items stay out. Throws forbidden or not-found.
 */
export async function publishDocument(db: Db, actor: Actor, id: string): Promise<PublishResult> {
  assertReviewer(actor);
  return withTransaction(db, async (trx) => {
    const doc = await findReviewDocument(trx, id);
    if (!doc) throw new AppError('not-found', `no document ${id}`);
    const result = await publishDocumentItems(trx, id);
    await audit(trx, actor, 'publish', 'document', id, { before: { state: doc.state }, after: { state: 'published', ...result } });
    return result;
  });
}
