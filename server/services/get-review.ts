import type { Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import type { Language } from '../../contracts/languages.ts';
import type { ReviewDocument } from '../../contracts/review.ts';
import { findStateNames } from '../repositories/country.repository.ts';
import { findParagraphs } from '../repositories/document-read.repository.ts';
import { findReviewBenchmarks, findReviewDocument, findReviewGrades, findReviewItems } from '../repositories/review.repository.ts';
import type { Actor } from './actor.ts';
import { assertReviewer } from './review-guard.ts';

/** An imported document with everything extracted from it, next to its text; States named in `language`. */
export async function getReview(db: Db, actor: Actor, id: string, language: Language): Promise<ReviewDocument> {
  assertReviewer(actor);
  const doc = await findReviewDocument(db, id);
  if (!doc) throw new AppError('not-found', `no document ${id}`);
  const items = await findReviewItems(db, id);
  const names = await findStateNames(db, items.flatMap((r) => r.states ?? []), language);
  return {
    ...doc,
    paragraphs: await findParagraphs(db, id, 5000),
    items: items.map((r) => ({ ...r, states: (r.states ?? []).map((code) => ({ code, name: names.get(code) ?? code })) })),
    benchmarks: await findReviewBenchmarks(db, id),
    grades: await findReviewGrades(db, id),
  };
}
