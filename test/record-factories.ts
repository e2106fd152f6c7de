// Small factories for the read side: each call creates the rows it needs and returns ids.
// Defaults are published rows, so that public reads see them.
import type { Kysely } from 'kysely';
import type { DB } from '../server/db/schema.ts';

type Db = Kysely<DB>;
let counter = 0;
const next = () => ++counter;

export async function buildDocument(db: Db, over: Partial<{ symbol: string | null; title: string; mechanism: string; body: string; date: string; session: number; state: string; paragraphs: { ref: string; text: string }[] }> = {}): Promise<string> {
  const n = next();
  const row = await db
    .insertInto('documents')
    .values({
      symbol: over.symbol === undefined ? `TEST/DOC/${n}` : over.symbol,
      kind: 'generic',
      mechanism: over.mechanism ?? 'treaty-body',
      body: over.body ?? null,
      title: over.title ?? `Test document ${n}`,
      date: over.date ?? '2022-05-18',
      session: over.session ?? null,
      state: over.state ?? 'published',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (over.paragraphs?.length) {
    await db.insertInto('paragraphs').values(over.paragraphs.map((p, i) => ({ document_id: row.id, ordinal: i, ref: p.ref, text: p.text }))).execute();
  }
  return row.id;
}

export interface RecommendationOver {
  documentId: string;
  ref: string;
  text: string;
  position: 'supported' | 'noted' | null;
  session: number | null;
  state: string;
  states: string[];
  paragraphRef: string;
  tags: { taxonomy: string; label: string }[];
}

export async function buildRecommendation(db: Db, over: Partial<RecommendationOver> = {}): Promise<string> {
  const n = next();
  const documentId = over.documentId ?? (await buildDocument(db));
  let paragraphId: string | null = null;
  if (over.paragraphRef) {
    const p = await db.selectFrom('paragraphs').select('id').where('document_id', '=', documentId).where('ref', '=', over.paragraphRef).executeTakeFirst();
    paragraphId = p?.id ?? null;
  }
  const row = await db
    .insertInto('recommendations')
    .values({
      document_id: documentId,
      ref: over.ref ?? String(n),
      text: over.text ?? `Recommendation number ${n} on access to justice`,
      position: over.position ?? null,
      session: over.session ?? null,
      state: over.state ?? 'published',
      paragraph_id: paragraphId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (over.states?.length) {
    await db.insertInto('recommendation_states').values(over.states.map((s, i) => ({ recommendation_id: row.id, state: s, ordinal: i }))).execute();
  }
  for (const tag of over.tags ?? []) {
    const term = await db
      .insertInto('taxonomy_terms')
      .values({ taxonomy: tag.taxonomy, code: tag.label, label: tag.label })
      .onConflict((oc) => oc.columns(['taxonomy', 'code']).doUpdateSet({ label: tag.label }))
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('recommendation_tags').values({ recommendation_id: row.id, term_id: term.id, origin: 'imported' }).execute();
  }
  return row.id;
}

export async function buildOrganisation(db: Db, name = `Monitor ${next()}`): Promise<string> {
  const row = await db.insertInto('organisations').values({ name, kind: 'special-procedure' }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function buildPeriod(db: Db, monitorId: string, label: string, startsOn: string, endsOn: string): Promise<string> {
  const row = await db.insertInto('reporting_periods').values({ monitor_id: monitorId, label, starts_on: startsOn, ends_on: endsOn }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function buildBenchmark(db: Db, over: { monitorId: string; code: string; number: number; title: string; documentId: string; sources?: string[]; state?: string }): Promise<string> {
  const row = await db
    .insertInto('benchmarks')
    .values({ monitor_id: over.monitorId, code: over.code, number: over.number, timeframe: '2022–2023', state: over.state ?? 'published' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('benchmark_wordings').values({ benchmark_id: row.id, document_id: over.documentId, code: over.code, number: over.number, title: over.title, timeframe: '2022–2023' }).execute();
  for (const rec of over.sources ?? []) await db.insertInto('benchmark_sources').values({ benchmark_id: row.id, recommendation_id: rec }).execute();
  return row.id;
}

export async function buildAssessment(db: Db, over: {
  periodId: string;
  assessorId: string;
  grade: string;
  scale?: string;
  benchmarkId?: string;
  recommendationId?: string;
  state?: string;
  evidence?: { text: string; confidential?: boolean; paragraphRef?: string; documentId?: string }[];
}): Promise<string> {
  const row = await db
    .insertInto('assessments')
    .values({
      item_type: over.benchmarkId ? 'benchmark' : 'recommendation',
      benchmark_id: over.benchmarkId ?? null,
      recommendation_id: over.recommendationId ?? null,
      period_id: over.periodId,
      assessor_id: over.assessorId,
      scale: over.scale ?? 'sr-benchmark',
      grade: over.grade,
      state: over.state ?? 'published',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [i, e] of (over.evidence ?? []).entries()) {
    await db
      .insertInto('evidence')
      .values({ assessment_id: row.id, ordinal: i, kind: e.paragraphRef ? 'paragraph' : 'text', text: e.text, confidential: e.confidential ?? false, paragraph_ref: e.paragraphRef ?? null, document_id: e.documentId ?? null })
      .execute();
  }
  return row.id;
}

export async function buildUser(db: Db, role: 'admin' | 'coordinator' | 'focal-point' | 'contributor' | 'viewer', password = 'correct horse battery'): Promise<{ email: string; password: string }> {
  const { hashPassword } = await import('../server/passwords.ts');
  const email = `${role}-${next()}@example.org`;
  await db.insertInto('users').values({ email, name: role, role, password_hash: await hashPassword(password) }).execute();
  return { email, password };
}
