// Trials that group cases: court, charges, verdict date, judgment, and where they were
// read (document and annex row, which makes an import idempotent).
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { findLinks, linkedTo } from './case-links.repository.ts';

export interface TrialFields {
  title: string;
  court: string | null;
  charges: string;
  articles: string[];
  verdictOn: string | null;
  judgment: string;
  defendantCount: number | null;
  documentId: string | null;
  paragraphRef: string | null;
}

export interface TrialRow extends TrialFields {
  id: string;
  documentSymbol: string | null;
  benchmarkIds: string[];
  recommendationIds: string[];
  caseCount: number;
  version: number;
}

export interface TrialFilter {
  benchmarkId?: string | undefined;
  /** Linked to any of these benchmarks. */
  benchmarkIds?: readonly string[] | undefined;
  recommendationId?: string | undefined;
  documentId?: string | undefined;
}

function toColumns(t: TrialFields) {
  return {
    title: t.title,
    court: t.court,
    charges: t.charges,
    articles: t.articles,
    verdict_on: t.verdictOn,
    judgment: t.judgment,
    defendant_count: t.defendantCount,
    document_id: t.documentId,
    paragraph_ref: t.paragraphRef,
  };
}

export async function insertTrial(db: Kysely<DB>, t: TrialFields, createdBy: string | null): Promise<string> {
  const row = await db.insertInto('trials').values({ ...toColumns(t), created_by: createdBy }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Inserts a trial read from a document, or refreshes the one read from the same row before. */
export async function upsertImportedTrial(db: Kysely<DB>, t: TrialFields & { documentId: string; paragraphRef: string }, createdBy: string | null): Promise<string> {
  const values = toColumns(t);
  const row = await db
    .insertInto('trials')
    .values({ ...values, created_by: createdBy })
    .onConflict((oc) =>
      oc
        .columns(['document_id', 'paragraph_ref'])
        .where('document_id', 'is not', null)
        .where('paragraph_ref', 'is not', null)
        .doUpdateSet({ title: values.title, court: values.court, charges: values.charges, articles: values.articles, verdict_on: values.verdict_on, judgment: values.judgment, defendant_count: values.defendant_count }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function selectTrials(db: Kysely<DB>) {
  return db
    .selectFrom('trials as t')
    .leftJoin('documents as d', 'd.id', 't.document_id')
    .select([
      't.id', 't.title', 't.court', 't.charges', 't.articles', 't.verdict_on as verdictOn', 't.judgment', 't.defendant_count as defendantCount', 't.document_id as documentId',
      'd.symbol as documentSymbol', 't.paragraph_ref as paragraphRef', 't.version',
      sql<number>`(select count(*)::int from cases c where c.trial_id = t.id)`.as('caseCount'),
    ]);
}

type Raw = Omit<TrialRow, 'benchmarkIds' | 'recommendationIds' | 'documentSymbol'> & { documentSymbol: string | null | undefined };

async function complete(db: Kysely<DB>, rows: readonly Raw[]): Promise<TrialRow[]> {
  const links = await findLinks(db, 'trial', rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, documentSymbol: r.documentSymbol ?? null, benchmarkIds: links.get(r.id)?.benchmarkIds ?? [], recommendationIds: links.get(r.id)?.recommendationIds ?? [] }));
}

export async function findTrialById(db: Kysely<DB>, id: string): Promise<TrialRow | null> {
  const row = await selectTrials(db).where('t.id', '=', id).executeTakeFirst();
  return row ? ((await complete(db, [row]))[0] ?? null) : null;
}

/** Trials matching every filter given, latest verdict first. */
export async function listTrials(db: Kysely<DB>, f: TrialFilter): Promise<TrialRow[]> {
  let q = selectTrials(db);
  if (f.documentId) q = q.where('t.document_id', '=', f.documentId);
  if (f.benchmarkId) q = q.where('t.id', 'in', linkedTo('trial', { benchmarkId: f.benchmarkId }));
  if (f.benchmarkIds) q = q.where('t.id', 'in', linkedTo('trial', { benchmarkIds: f.benchmarkIds }));
  if (f.recommendationId) q = q.where('t.id', 'in', linkedTo('trial', { recommendationId: f.recommendationId }));
  return complete(db, await q.orderBy('t.verdict_on', (ob) => ob.desc().nullsLast()).orderBy('t.id').execute());
}
