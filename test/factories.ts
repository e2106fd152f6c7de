// Small factories: each test makes the rows it needs, through the repositories and services
// that write them in real life (documents, recommendations and benchmarks otherwise come
// from the import service). Defaults are published rows, so that public reads see them.
import { randomBytes } from 'node:crypto';
import type { Position, Role } from '../contracts/enums.ts';
import type { Db } from '../server/db/handle.ts';
import { addBenchmarkSource, insertBenchmark, upsertWording } from '../server/repositories/benchmark.repository.ts';
import { insertDocument, insertParagraphs } from '../server/repositories/document.repository.ts';
import { insertInstitution, type InstitutionRow } from '../server/repositories/institution.repository.ts';
import { ensureOrganisation, findOrganisationById, updateOrganisation } from '../server/repositories/organisation.repository.ts';
import { insertPeriod } from '../server/repositories/period.repository.ts';
import { upsertRecommendations } from '../server/repositories/recommendation.repository.ts';
import { ensureTermsByLabel } from '../server/repositories/taxonomy.repository.ts';
import { systemActor } from '../server/services/actor.ts';
import { addUser } from '../server/services/add-user.ts';

const unique = () => randomBytes(4).toString('hex');
type State = 'draft' | 'published';

export interface DocumentOptions {
  symbol: string | null;
  title: string;
  mechanism: string;
  body: string;
  date: string;
  session: number;
  state: State;
  paragraphs: { ref: string; text: string }[];
}

export async function buildDocument(db: Db, opts: Partial<DocumentOptions> = {}): Promise<string> {
  const id = await insertDocument(db, {
    symbol: opts.symbol === undefined ? `A/HRC/TEST/${unique()}` : opts.symbol,
    kind: 'generic',
    mechanism: opts.mechanism ?? 'special-procedure',
    body: opts.body ?? null,
    title: opts.title ?? 'Test document',
    date: opts.date ?? '2023-08-01',
    language: 'en',
    country: 'KHM',
    cycle: null,
    session: opts.session ?? null,
    filename: null,
    mediaType: null,
    original: null,
    sha256: null,
    text: null,
    state: opts.state ?? 'published',
    importedBy: null,
    jobId: null,
  });
  if (opts.paragraphs?.length) await insertParagraphs(db, id, opts.paragraphs.map((p) => ({ ref: p.ref, text: p.text, page: null, line: null })));
  return id;
}

export interface RecommendationOptions {
  documentId: string;
  ref: string;
  text: string;
  position: Position | null;
  session: number | null;
  state: State;
  /** ISO3 codes of the recommending States. */
  states: string[];
  /** The document paragraph (by its ref) the recommendation stands in. */
  paragraphRef: string;
  tags: { taxonomy: string; label: string }[];
}

export async function buildRecommendation(db: Db, opts: Partial<RecommendationOptions> = {}): Promise<string> {
  const documentId = opts.documentId ?? (await buildDocument(db));
  const paragraph = opts.paragraphRef
    ? await db.selectFrom('paragraphs').select('id').where('document_id', '=', documentId).where('ref', '=', opts.paragraphRef).executeTakeFirst()
    : undefined;
  const termIds: string[] = [];
  for (const tag of opts.tags ?? []) termIds.push(...(await ensureTermsByLabel(db, tag.taxonomy, [tag.label])).values());
  const [id] = await upsertRecommendations(db, documentId, [
    {
      ref: opts.ref ?? unique(),
      text: opts.text ?? 'Adopt a comprehensive plan to reduce pre-trial detention.',
      paragraphId: paragraph?.id ?? null,
      addressee: null,
      position: opts.position ?? null,
      positionDocumentId: opts.position ? documentId : null,
      cluster: null,
      subTheme: null,
      country: 'KHM',
      cycle: null,
      session: opts.session ?? null,
      state: opts.state ?? 'published',
      states: opts.states ?? [],
      termIds,
    },
  ]);
  return id!;
}

export async function buildOrganisation(db: Db, name = `Organisation ${unique()}`, opts: { trusted?: boolean } = {}): Promise<string> {
  const id = await ensureOrganisation(db, name, 'other');
  if (opts.trusted) {
    const row = await findOrganisationById(db, id);
    await updateOrganisation(db, id, row!.version, { trusted: true });
  }
  return id;
}

export interface BenchmarkOptions {
  monitorId: string;
  code: string;
  number: number | null;
  title: string;
  /** The report that words the benchmark (a new document when absent). */
  documentId: string;
  /** Ids of its source recommendations. */
  sources: string[];
  state: State;
}

export async function buildBenchmark(db: Db, opts: Partial<BenchmarkOptions> = {}): Promise<string> {
  const monitorId = opts.monitorId ?? (await buildOrganisation(db, 'Special Rapporteur on Cambodia'));
  const code = opts.code ?? unique().toUpperCase();
  const number = opts.number ?? null;
  const id = await insertBenchmark(db, { monitorId, code, number, timeframe: '2022–2023', state: opts.state ?? 'published' });
  const documentId = opts.documentId ?? (await buildDocument(db));
  await upsertWording(db, { benchmarkId: id, documentId, number, code, title: opts.title ?? `Benchmark ${code}`, timeframe: '2022–2023', paragraphRef: null });
  for (const rec of opts.sources ?? []) await addBenchmarkSource(db, id, rec, null);
  return id;
}

export async function buildInstitution(db: Db, name = `Ministry ${unique()}`): Promise<InstitutionRow> {
  return insertInstitution(db, { name, acronym: null, kind: 'ministry', parentId: null });
}

export async function buildPeriod(db: Db, opts: { monitorId: string; label: string; startsOn: string; endsOn: string }): Promise<string> {
  return insertPeriod(db, opts);
}

export async function buildAssessment(
  db: Db,
  opts: {
    periodId: string;
    assessorId: string;
    grade: string;
    scale?: string;
    benchmarkId?: string;
    recommendationId?: string;
    state?: string;
    evidence?: { text: string; confidential?: boolean; paragraphRef?: string; documentId?: string }[];
  },
): Promise<string> {
  const row = await db
    .insertInto('assessments')
    .values({
      item_type: opts.benchmarkId ? 'benchmark' : 'recommendation',
      benchmark_id: opts.benchmarkId ?? null,
      recommendation_id: opts.recommendationId ?? null,
      period_id: opts.periodId,
      assessor_id: opts.assessorId,
      scale: opts.scale ?? 'sr-benchmark',
      grade: opts.grade,
      state: opts.state ?? 'published',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [i, e] of (opts.evidence ?? []).entries()) {
    await db
      .insertInto('evidence')
      .values({ assessment_id: row.id, ordinal: i, kind: e.paragraphRef ? 'paragraph' : 'text', text: e.text, confidential: e.confidential ?? false, paragraph_ref: e.paragraphRef ?? null, document_id: e.documentId ?? null })
      .execute();
  }
  return row.id;
}

export const PASSWORD = 'correct horse battery staple';

export async function buildUser(db: Db, role: Role, opts: { organisationId?: string; institutionId?: string; email?: string } = {}): Promise<{ id: string; email: string; password: string }> {
  const email = opts.email ?? `${role}-${unique()}@example.org`;
  const { id } = await addUser(db, systemActor('test'), { email, role, password: PASSWORD, organisationId: opts.organisationId, institutionId: opts.institutionId });
  return { id, email, password: PASSWORD };
}
