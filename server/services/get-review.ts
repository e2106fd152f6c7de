import type { Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import type { ReviewDocument } from '../../contracts/review.ts';
import { findParagraphs } from '../repositories/document-read.repository.ts';
import { findReviewBenchmarks, findReviewDocument, findReviewGrades, findReviewItems } from '../repositories/review.repository.ts';
import type { Actor } from './actor.ts';
import { assertReviewer } from './review-guard.ts';

/** An imported document with everything extracted from it, next to its text. */
export async function getReview(db: Db, actor: Actor, id: string): Promise<ReviewDocument> {
  assertReviewer(actor);
  const doc = await findReviewDocument(db, id);
  if (!doc) throw new AppError('not-found', `no document ${id}`);
  return {
    ...doc,
    paragraphs: await findParagraphs(db, id, 5000),
    items: (await findReviewItems(db, id)).map((r) => ({ ...r, states: r.states ?? [] })),
    benchmarks: await findReviewBenchmarks(db, id),
    grades: await findReviewGrades(db, id),
  };
}
