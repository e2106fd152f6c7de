// find-related-recommendations: the nearest published recommendations to one recommendation,
// across mechanisms and cycles, with a score. Anonymous callers may ask only about a
// published recommendation; signed-in users also about one in review. Answers only ever
// hold published recommendations.
import type { RelatedQuery, RelatedRecommendation } from '../../contracts/tagging.ts';
import type { Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { findRecommendationBriefs } from '../repositories/related.repository.ts';
import type { Actor } from './actor.ts';
import { publishedRelatedIndex } from './published-related-index.ts';
import { relatedBriefs } from './related-briefs.ts';

/** Throws not-found when the recommendation does not exist or is not visible to the actor. */
export async function findRelatedRecommendations(db: Db, actor: Actor, id: string, q: RelatedQuery): Promise<{ id: string; related: RelatedRecommendation[] }> {
  const [rec] = await findRecommendationBriefs(db, [id]);
  const visible = rec && (rec.state === 'published' || (actor.kind !== 'anonymous' && rec.state !== 'discarded'));
  if (!rec || !visible) throw new AppError('not-found', `no published recommendation ${id}`);
  const index = await publishedRelatedIndex(db);
  const query = { k: q.k, minScore: q.minScore, mechanisms: q.mechanisms };
  let matches;
  try {
    matches = index.related(id, query);
  } catch {
    // Not in the index (in review, or without text): search by its text instead.
    matches = rec.text.trim() === '' ? [] : index.similarTo(rec.text, { k: q.k, minScore: q.minScore, ...(q.mechanisms === 'other' && rec.mechanism ? { mechanism: rec.mechanism } : {}) });
  }
  return { id, related: await relatedBriefs(db, matches) };
}
