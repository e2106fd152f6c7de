// import-document: one file → one document with everything it holds, in one transaction.
// Idempotent by content hash: the same file twice is stored once. A file that fails to
// extract or store leaves nothing behind.
import { createHash } from 'node:crypto';
import type { DocumentKind } from '../../contracts/enums.ts';
import type { Db } from '../db/handle.ts';
import { withTransaction } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { load, detectKind, importerFor } from '../importers/index.ts';
import type { SourceFile } from '../importers/types.ts';
import { canImport } from '../policies/import.policy.ts';
import { fillDocument, findDocumentBySymbol, findDocumentIdBySha, insertDocument, type DocumentFields } from '../repositories/document.repository.ts';
import { actorUserId, type Actor } from './actor.ts';
import { audit } from './audit.ts';
import { storeExtraction, type StoreCounts } from './store-extraction.ts';

export interface ImportOptions {
  kind?: DocumentKind;
  /** Publish at once instead of leaving the items in review. */
  publish?: boolean;
  jobId?: string | null;
  onProgress?: (done: number, total: number, message?: string) => void;
}

export interface ImportOutcome {
  file: string;
  documentId: string;
  status: 'imported' | 'already-imported';
  kind: DocumentKind;
  symbol: string | null;
  counts: StoreCounts | null;
  warnings: string[];
}

const MEDIA_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  text: 'text/plain',
  markdown: 'text/markdown',
};

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Imports one file. Throws forbidden, bad-input (naming the file and place), unsupported-kind or too-large. */
export async function importDocument(db: Db, actor: Actor, file: SourceFile, opts: ImportOptions = {}): Promise<ImportOutcome> {
  if (!canImport(actor)) throw new AppError('forbidden', 'only coordinators and admins import documents');
  const hash = sha256(file.bytes);
  const existing = await findDocumentIdBySha(db, hash);
  if (existing) {
    return { file: file.name, documentId: existing, status: 'already-imported', kind: opts.kind ?? 'generic', symbol: null, counts: null, warnings: [] };
  }
  const loaded = await load(file, opts.onProgress);
  const kind = opts.kind ?? detectKind(loaded).kind;
  const result = importerFor(kind, file.name).extract(loaded, opts.onProgress);
  const d = result.document;
  const fields: DocumentFields = {
    symbol: d.symbol,
    kind: d.kind,
    mechanism: d.mechanism ?? null,
    body: d.body ?? null,
    title: d.title,
    date: d.date,
    language: d.language ?? null,
    country: d.country,
    cycle: d.cycle ?? null,
    session: d.session ?? null,
    filename: file.name,
    mediaType: MEDIA_TYPES[loaded.format] ?? 'application/octet-stream',
    original: file.bytes,
    sha256: hash,
    text: loaded.text,
    state: opts.publish ? 'published' : 'draft',
    importedBy: actorUserId(actor),
    jobId: opts.jobId ?? null,
  };
  return withTransaction(db, async (trx) => {
    const placeholder = d.symbol ? await findDocumentBySymbol(trx, d.symbol) : null;
    if (placeholder?.sha256) {
      throw new AppError('conflict', `${file.name}: document ${d.symbol ?? ''} is already imported from another file`);
    }
    let documentId: string;
    if (placeholder) {
      documentId = placeholder.id;
      await fillDocument(trx, documentId, fields);
    } else {
      documentId = await insertDocument(trx, fields);
    }
    const counts = await storeExtraction(trx, documentId, result, { published: opts.publish === true, createdBy: actorUserId(actor), ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) });
    await audit(trx, actor, 'import', 'document', documentId, { after: { file: file.name, sha256: hash, kind: d.kind, symbol: d.symbol, counts } });
    return { file: file.name, documentId, status: 'imported' as const, kind: d.kind, symbol: d.symbol, counts, warnings: result.warnings ?? [] };
  });
}
