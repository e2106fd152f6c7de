import type { Db } from '../db/handle.ts';
import type { DocumentSummary } from '../../contracts/records.ts';
import { findPublishedDocuments } from '../repositories/document-read.repository.ts';

/** Every published document, newest first, with its count of published recommendations. */
export async function listDocuments(db: Db): Promise<DocumentSummary[]> {
  return findPublishedDocuments(db);
}
