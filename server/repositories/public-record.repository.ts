// What the public export reads: published recommendations with their source document.
// (Assessments, benchmarks and periods come from their own repositories.)
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export interface PublishedRecommendation {
  id: string;
  documentSymbol: string | null;
  ref: string;
  text: string;
  position: string | null;
  country: string | null;
  cycle: number | null;
  session: number | null;
}

export async function listPublishedRecommendations(db: Kysely<DB>): Promise<PublishedRecommendation[]> {
  return db
    .selectFrom('recommendations as r')
    .innerJoin('documents as d', 'd.id', 'r.document_id')
    .select(['r.id', 'd.symbol as documentSymbol', 'r.ref', 'r.text', 'r.position', 'r.country', 'r.cycle', 'r.session'])
    .where('r.state', '=', 'published')
    .orderBy('d.symbol')
    .orderBy('r.ref')
    .execute();
}
