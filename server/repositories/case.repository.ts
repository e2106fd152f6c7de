// Cases: the people followed (a label public, the identity confidential), their dated and
// sourced events, and their links. Returns raw rows: presenters decide what leaves.
import { sql, type Kysely } from 'kysely';
import type { CaseCategory, CaseEventKind, CaseSex, Verdict } from '../../contracts/cases.ts';
import type { DB } from '../db/schema.ts';
import { findLinks, linkedTo } from './case-links.repository.ts';

export interface CaseFields {
  label: string;
  identity: string | null;
  personCount: number;
  sex: CaseSex;
  categories: CaseCategory[];
  trialId: string | null;
  summary: string;
}

export interface CaseRow extends CaseFields {
  id: string;
  benchmarkIds: string[];
  recommendationIds: string[];
  version: number;
}

export interface CaseEventFields {
  kind: CaseEventKind;
  occurredOn: string;
  verdict: Verdict | null;
  articles: string[];
  sentenceMonths: number | null;
  suspendedMonths: number | null;
  fine: number | null;
  currency: string | null;
  note: string;
  documentId: string | null;
  paragraphRef: string | null;
  source: string;
}

export interface CaseEventRow extends CaseEventFields {
  id: string;
  caseId: string;
  documentSymbol: string | null;
}

export interface CaseFilter {
  category?: CaseCategory | undefined;
  sex?: CaseSex | undefined;
  trialId?: string | undefined;
  benchmarkId?: string | undefined;
  /** Linked to any of these benchmarks. */
  benchmarkIds?: readonly string[] | undefined;
  recommendationId?: string | undefined;
}

const columns = ['id', 'label', 'identity', 'person_count as personCount', 'sex', 'categories', 'trial_id as trialId', 'summary', 'version'] as const;

type Raw = Omit<CaseRow, 'sex' | 'categories' | 'benchmarkIds' | 'recommendationIds'> & { sex: string; categories: string[] };

async function complete(db: Kysely<DB>, rows: readonly Raw[]): Promise<CaseRow[]> {
  const links = await findLinks(db, 'case', rows.map((r) => r.id));
  return rows.map((r) => ({
    ...r,
    sex: r.sex as CaseSex,
    categories: r.categories as CaseCategory[],
    benchmarkIds: links.get(r.id)?.benchmarkIds ?? [],
    recommendationIds: links.get(r.id)?.recommendationIds ?? [],
  }));
}

function toColumns(c: Partial<CaseFields>) {
  return { label: c.label, identity: c.identity, person_count: c.personCount, sex: c.sex, categories: c.categories, trial_id: c.trialId, summary: c.summary };
}

export async function insertCase(db: Kysely<DB>, c: CaseFields, createdBy: string | null): Promise<string> {
  const row = await db.insertInto('cases').values({ ...toColumns(c), label: c.label, created_by: createdBy }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function findCaseById(db: Kysely<DB>, id: string): Promise<CaseRow | null> {
  const row = await db.selectFrom('cases').select(columns).where('id', '=', id).executeTakeFirst();
  return row ? ((await complete(db, [row]))[0] ?? null) : null;
}

/** Cases matching every filter given, by label. */
export async function listCases(db: Kysely<DB>, f: CaseFilter): Promise<CaseRow[]> {
  let q = db.selectFrom('cases').select(columns);
  if (f.category) q = q.where(sql<boolean>`categories @> array[${f.category}]::text[]`);
  if (f.sex) q = q.where('sex', '=', f.sex);
  if (f.trialId) q = q.where('trial_id', '=', f.trialId);
  if (f.benchmarkId) q = q.where('id', 'in', linkedTo('case', { benchmarkId: f.benchmarkId }));
  if (f.benchmarkIds) q = q.where('id', 'in', linkedTo('case', { benchmarkIds: f.benchmarkIds }));
  if (f.recommendationId) q = q.where('id', 'in', linkedTo('case', { recommendationId: f.recommendationId }));
  return complete(db, await q.orderBy('label').orderBy('id').execute());
}

/** Updates when `version` is current; false when it is stale. */
export async function updateCase(db: Kysely<DB>, id: string, version: number, patch: Partial<CaseFields>): Promise<boolean> {
  const updated = await db
    .updateTable('cases')
    .set((eb) => ({ ...toColumns(patch), updated_at: sql<Date>`now()`, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return updated !== undefined;
}

/** Marks a case changed (a new event): bumps its version. */
export async function touchCase(db: Kysely<DB>, id: string): Promise<void> {
  await db.updateTable('cases').set((eb) => ({ updated_at: sql<Date>`now()`, version: eb('version', '+', 1) })).where('id', '=', id).execute();
}

export async function insertCaseEvent(db: Kysely<DB>, caseId: string, e: CaseEventFields, createdBy: string | null): Promise<string> {
  const row = await db
    .insertInto('case_events')
    .values({
      case_id: caseId,
      kind: e.kind,
      occurred_on: e.occurredOn,
      verdict: e.verdict,
      articles: e.articles,
      sentence_months: e.sentenceMonths,
      suspended_months: e.suspendedMonths,
      fine: e.fine,
      currency: e.currency,
      note: e.note,
      document_id: e.documentId,
      paragraph_ref: e.paragraphRef,
      source: e.source,
      created_by: createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The events of the cases, by date then entry order. */
export async function listCaseEvents(db: Kysely<DB>, caseIds: readonly string[]): Promise<CaseEventRow[]> {
  if (caseIds.length === 0) return [];
  const rows = await db
    .selectFrom('case_events as e')
    .leftJoin('documents as d', 'd.id', 'e.document_id')
    .select([
      'e.id', 'e.case_id as caseId', 'e.kind', 'e.occurred_on as occurredOn', 'e.verdict', 'e.articles', 'e.sentence_months as sentenceMonths', 'e.suspended_months as suspendedMonths',
      'e.fine', 'e.currency', 'e.note', 'e.document_id as documentId', 'd.symbol as documentSymbol', 'e.paragraph_ref as paragraphRef', 'e.source',
    ])
    .where('e.case_id', 'in', [...caseIds])
    .orderBy('e.occurred_on')
    .orderBy('e.created_at')
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({ ...r, kind: r.kind as CaseEventKind, verdict: r.verdict as Verdict | null, documentSymbol: r.documentSymbol ?? null }));
}
