import type { Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import type { DocumentDetail } from '../../contracts/records.ts';
import { findDocumentRecommendations, findParagraphs, findPublishedDocument } from '../repositories/document-read.repository.ts';

/** Most paragraphs and recommendations one answer carries (an export holds tens of thousands). */
const LIMIT = 2000;

/** A published document with its paragraphs and published recommendations. Throws not-found otherwise. */
export async function getDocument(db: Db, id: string): Promise<DocumentDetail> {
  const doc = await findPublishedDocument(db, id);
  if (!doc) throw new AppError('not-found', `no published document ${id}`);
  return { ...doc, paragraphs: await findParagraphs(db, id, LIMIT), recommendations: await findDocumentRecommendations(db, id, LIMIT) };
}
