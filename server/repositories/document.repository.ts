// Documents, their paragraphs (the provenance anchors) and the facts they state.
import { sql, type Kysely } from 'kysely';
import { bytea, recordset } from './bulk.ts';
import type { DB } from '../db/schema.ts';
import type { PublicationState } from '../../contracts/enums.ts';

export interface DocumentFields {
  symbol: string | null;
  kind: string;
  mechanism: string | null;
  body: string | null;
  title: string | null;
  date: string | null;
  language: string | null;
  country: string | null;
  cycle: number | null;
  session: number | null;
  filename: string | null;
  mediaType: string | null;
  original: Uint8Array | null;
  sha256: string | null;
  text: string | null;
  state: PublicationState;
  importedBy: string | null;
  jobId: string | null;
}

function toColumns(d: DocumentFields) {
  return {
    symbol: d.symbol,
    kind: d.kind,
    mechanism: d.mechanism,
    body: d.body,
    title: d.title,
    date: d.date,
    language: d.language,
    country: d.country,
    cycle: d.cycle,
    session: d.session,
    filename: d.filename,
    media_type: d.mediaType,
    original: d.original ? bytea(d.original) : null,
    sha256: d.sha256,
    text: d.text,
    state: d.state,
    imported_by: d.importedBy,
    job_id: d.jobId,
  };
}

export async function findDocumentIdBySha(db: Kysely<DB>, sha256: string): Promise<string | null> {
  const row = await db.selectFrom('documents').select('id').where('sha256', '=', sha256).executeTakeFirst();
  return row?.id ?? null;
}

export async function findDocumentBySymbol(db: Kysely<DB>, symbol: string): Promise<{ id: string; sha256: string | null } | null> {
  const row = await db.selectFrom('documents').select(['id', 'sha256']).where('symbol', '=', symbol).executeTakeFirst();
  return row ?? null;
}

export async function insertDocument(db: Kysely<DB>, d: DocumentFields): Promise<string> {
  const row = await db.insertInto('documents').values(toColumns(d)).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Fills a document that was only known by its symbol (cited before it was imported). */
export async function fillDocument(db: Kysely<DB>, id: string, d: DocumentFields): Promise<void> {
  await db.updateTable('documents').set(toColumns(d)).where('id', '=', id).execute();
}

/** The document standing for a cited symbol: the real one when imported, else a placeholder. */
export async function ensureCitedDocument(db: Kysely<DB>, symbol: string, kind: string, mechanism: string | null, body: string | null): Promise<string> {
  const existing = await findDocumentBySymbol(db, symbol);
  if (existing) return existing.id;
  const row = await db
    .insertInto('documents')
    .values({ symbol, kind, mechanism, body, state: 'draft' })
    .onConflict((oc) => oc.column('symbol').where('symbol', 'is not', null).doUpdateSet({ symbol }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface ParagraphInput {
  ref: string;
  text: string;
  page: number | null;
  line: number | null;
}

/** Inserts paragraphs in order; returns their ids keyed by ref (first occurrence wins). */
export async function insertParagraphs(db: Kysely<DB>, documentId: string, paragraphs: readonly ParagraphInput[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const BATCH = 2000;
  for (let i = 0; i < paragraphs.length; i += BATCH) {
    const rows = paragraphs.slice(i, i + BATCH).map((p, j) => ({ ordinal: i + j, ref: p.ref, text: p.text, page: p.page, line: p.line }));
    const inserted = await sql<{ id: string; ref: string; ordinal: number }>`
      insert into paragraphs (document_id, ordinal, ref, text, page, line)
      select ${documentId}::uuid, ordinal, ref, text, page, line from ${recordset(rows, 'ordinal int, ref text, text text, page int, line int')}
      returning id, ref, ordinal`.execute(db);
    for (const r of [...inserted.rows].sort((a, b) => a.ordinal - b.ordinal)) if (!ids.has(r.ref)) ids.set(r.ref, r.id);
  }
  return ids;
}

export interface FactInput {
  label: string;
  value: number;
  unit: string | null;
  paragraphRef: string | null;
  observed: string | null;
}

export async function insertFacts(db: Kysely<DB>, documentId: string, facts: readonly FactInput[]): Promise<void> {
  if (facts.length === 0) return;
  await db
    .insertInto('facts')
    .values(facts.map((f) => ({ document_id: documentId, label: f.label, value: f.value, unit: f.unit, paragraph_ref: f.paragraphRef, observed: f.observed })))
    .execute();
}

export async function setDocumentState(db: Kysely<DB>, id: string, state: PublicationState): Promise<void> {
  await db.updateTable('documents').set({ state }).where('id', '=', id).execute();
}

export async function documentExists(db: Kysely<DB>, id: string): Promise<boolean> {
  return (await db.selectFrom('documents').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}
