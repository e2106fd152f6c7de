// Reading published documents: the list, and one document with its paragraphs and the
// published recommendations it holds.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export interface DocumentRow {
  id: string;
  symbol: string | null;
  title: string | null;
  mechanism: string | null;
  body: string | null;
  date: string | null;
  kind: string;
  language: string | null;
  state: string;
  recommendationCount: number;
}

function documentQuery(where: ReturnType<typeof sql>) {
  return sql<DocumentRow>`
    select d.id, d.symbol, d.title, d.mechanism, d.body, d.date::text as date, d.kind, d.language, d.state,
      (select count(*)::int from recommendations r where r.document_id = d.id and r.state = 'published') as "recommendationCount"
    from documents d
    where d.state = 'published' and ${where}
    order by d.date desc nulls last, d.created_at desc
  `;
}

export async function findPublishedDocuments(db: Kysely<DB>): Promise<DocumentRow[]> {
  return (await documentQuery(sql`true`).execute(db)).rows;
}

export async function findPublishedDocument(db: Kysely<DB>, id: string): Promise<DocumentRow | null> {
  return (await documentQuery(sql`d.id = ${id}`).execute(db)).rows[0] ?? null;
}

export async function findParagraphs(db: Kysely<DB>, documentId: string, limit: number): Promise<{ ref: string; text: string; ordinal: number }[]> {
  const { rows } = await sql<{ ref: string; text: string; ordinal: number }>`
    select ref, text, ordinal from paragraphs where document_id = ${documentId} order by ordinal limit ${limit}
  `.execute(db);
  return rows;
}

export async function findDocumentRecommendations(db: Kysely<DB>, documentId: string, limit: number): Promise<{ id: string; ref: string; text: string; paragraphRef: string | null }[]> {
  const { rows } = await sql<{ id: string; ref: string; text: string; paragraphRef: string | null }>`
    select r.id, r.ref, r.text, p.ref as "paragraphRef"
    from recommendations r left join paragraphs p on p.id = r.paragraph_id
    where r.document_id = ${documentId} and r.state = 'published'
    order by p.ordinal nulls last, r.ref limit ${limit}
  `.execute(db);
  return rows;
}
