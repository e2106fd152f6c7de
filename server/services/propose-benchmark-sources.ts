// propose-benchmark-sources: which published recommendations a benchmark may rest on, by
// the similarity of their text to the benchmark's wordings (each report's title and the
// paragraph it was found in, and the monitor's own title). Those it already rests on are flagged.
import type { RelatedQuery, RelatedRecommendation } from '../../contracts/tagging.ts';
import type { Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { findBenchmarkQuery } from '../repositories/related.repository.ts';
import type { Actor } from './actor.ts';
import { publishedRelatedIndex } from './published-related-index.ts';
import { relatedBriefs } from './related-briefs.ts';

export interface ProposedSources {
  id: string;
  code: string | null;
  related: (RelatedRecommendation & { isSource: boolean })[];
}

/** Throws not-found when the benchmark does not exist or is not visible to the actor. */
export async function proposeBenchmarkSources(db: Db, actor: Actor, id: string, q: RelatedQuery): Promise<ProposedSources> {
  const b = await findBenchmarkQuery(db, id);
  const visible = b && (b.state === 'published' || (actor.kind !== 'anonymous' && b.state !== 'discarded'));
  if (!b || !visible) throw new AppError('not-found', `no published benchmark ${id}`);
  const text = [...b.wordings.flatMap((w) => [w.title, w.paragraph ?? '']), b.title ?? ''].join('\n');
  const index = await publishedRelatedIndex(db);
  const matches = text.trim() === '' ? [] : index.similarTo(text, { k: q.k, minScore: q.minScore });
  const sources = new Set(b.sourceIds);
  const related = (await relatedBriefs(db, matches)).map((r) => ({ ...r, isSource: sources.has(r.id) }));
  return { id, code: b.code, related };
}
