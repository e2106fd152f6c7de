import type { Db } from '../db/handle.ts';
import { ensureCitedDocument } from '../repositories/document.repository.ts';
import { ensureCitedRecommendation } from '../repositories/recommendation.repository.ts';
import { describeSymbol } from './cited-source.ts';

/**
 * The recommendation a citation names (symbol + paragraph), created as a placeholder under
 * a placeholder document when unknown; importing that document later fills both in.
 */
export async function citedRecommendation(db: Db, symbol: string, paragraph: string): Promise<{ recommendationId: string; documentId: string }> {
  const info = describeSymbol(symbol);
  const documentId = await ensureCitedDocument(db, symbol, info.kind, info.mechanism, info.body);
  return { recommendationId: await ensureCitedRecommendation(db, documentId, paragraph), documentId };
}
