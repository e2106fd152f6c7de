// Small factories: each test makes the rows it needs, through the repositories (documents,
// recommendations, benchmarks come from the import service in real life) or the services.
import { randomBytes } from 'node:crypto';
import type { Role } from '../contracts/enums.ts';
import type { Db } from '../server/db/handle.ts';
import { upsertWording, insertBenchmark } from '../server/repositories/benchmark.repository.ts';
import { insertDocument } from '../server/repositories/document.repository.ts';
import { insertInstitution, type InstitutionRow } from '../server/repositories/institution.repository.ts';
import { ensureOrganisation, updateOrganisation, findOrganisationById } from '../server/repositories/organisation.repository.ts';
import { insertPeriod } from '../server/repositories/period.repository.ts';
import { upsertRecommendations } from '../server/repositories/recommendation.repository.ts';
import { systemActor } from '../server/services/actor.ts';
import { addUser } from '../server/services/add-user.ts';

const unique = () => randomBytes(4).toString('hex');

export async function buildDocument(db: Db, opts: { symbol?: string; state?: 'draft' | 'published'; date?: string } = {}): Promise<string> {
  return insertDocument(db, {
    symbol: opts.symbol ?? `A/HRC/TEST/${unique()}`,
    kind: 'generic',
    mechanism: 'special-procedure',
    body: null,
    title: 'Test document',
    date: opts.date ?? '2023-08-01',
    language: 'en',
    country: 'KHM',
    cycle: null,
    session: null,
    filename: null,
    mediaType: null,
    original: null,
    sha256: null,
    text: null,
    state: opts.state ?? 'published',
    importedBy: null,
    jobId: null,
  });
}

export async function buildRecommendation(db: Db, opts: { documentId?: string; text?: string; ref?: string; state?: 'draft' | 'published' } = {}): Promise<string> {
  const documentId = opts.documentId ?? (await buildDocument(db));
  const [id] = await upsertRecommendations(db, documentId, [
    {
      ref: opts.ref ?? `${Math.floor(Math.random() * 1e6)}`,
      text: opts.text ?? 'Adopt a comprehensive plan to reduce pre-trial detention.',
      paragraphId: null,
      addressee: null,
      position: null,
      positionDocumentId: null,
      cluster: null,
      subTheme: null,
      country: 'KHM',
      cycle: null,
      session: null,
      state: opts.state ?? 'published',
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

export async function buildBenchmark(db: Db, opts: { monitorId?: string; code?: string; title?: string; state?: 'draft' | 'published' } = {}): Promise<string> {
  const monitorId = opts.monitorId ?? (await buildOrganisation(db, 'Special Rapporteur on Cambodia'));
  const code = opts.code ?? unique().toUpperCase();
  const id = await insertBenchmark(db, { monitorId, code, number: null, timeframe: '2022-2023', state: opts.state ?? 'published' });
  const documentId = await buildDocument(db);
  await upsertWording(db, { benchmarkId: id, documentId, number: null, code, title: opts.title ?? `Benchmark ${code}`, timeframe: null, paragraphRef: null });
  return id;
}

export async function buildInstitution(db: Db, name = `Ministry ${unique()}`): Promise<InstitutionRow> {
  return insertInstitution(db, { name, acronym: null, kind: 'ministry', parentId: null });
}

export async function buildPeriod(db: Db, opts: { monitorId: string; label: string; startsOn: string; endsOn: string }): Promise<string> {
  return insertPeriod(db, opts);
}

export const PASSWORD = 'correct horse battery staple';

export async function buildUser(db: Db, role: Role, opts: { organisationId?: string; institutionId?: string; email?: string } = {}): Promise<{ id: string; email: string; password: string }> {
  const email = opts.email ?? `${role}-${unique()}@example.org`;
  const { id } = await addUser(db, systemActor('test'), { email, role, password: PASSWORD, organisationId: opts.organisationId, institutionId: opts.institutionId });
  return { id, email, password: PASSWORD };
}
