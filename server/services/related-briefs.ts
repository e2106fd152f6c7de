// Turns index matches into the records the API returns, keeping only published
// recommendations (the index may lag a change by one request) in score order.
import type { RelatedRecommendation } from '../../contracts/tagging.ts';
import type { RelatedMatch } from '../classify/related.ts';
import type { Db } from '../db/handle.ts';
import { findRecommendationBriefs } from '../repositories/related.repository.ts';

export async function relatedBriefs(db: Db, matches: readonly RelatedMatch[]): Promise<RelatedRecommendation[]> {
  const briefs = new Map((await findRecommendationBriefs(db, matches.map((m) => m.id))).map((b) => [b.id, b]));
  return matches.flatMap((m) => {
    const b = briefs.get(m.id);
    if (b?.state !== 'published') return [];
    return [{
      id: b.id,
      score: m.score,
      ref: b.ref,
      text: b.text,
      mechanism: b.mechanism,
      country: b.country,
      cycle: b.cycle,
      session: b.session,
      document: { id: b.documentId, symbol: b.symbol, title: b.title, date: b.date },
    }];
  });
}
