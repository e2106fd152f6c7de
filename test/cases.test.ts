// Cases and trials through the API and the import, on PGlite and on a PostgreSQL server:
// seed 001's annex III gives five trials linked to benchmark D (idempotently); a case's
// timeline computes pretrial days and flags on the day asked; counts by category and sex;
// identities reach only cleared readers, and the benchmark page shows the evidence.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseCountsView, CaseDetail, CaseSummary, TrialDetail, TrialView } from '../contracts/cases.ts';
import type { BenchmarkDetail } from '../contracts/records.ts';
import { importDocument } from '../server/services/import-document.ts';
import { systemActor } from '../server/services/actor.ts';
import { extract } from '../server/importers/index.ts';
import { storeTrials } from '../server/services/store-trials.ts';
import { buildScorecard } from '../server/services/build-scorecard.ts';
import { evidenceLines } from '../server/reports/scorecard.model.ts';
import { withTransaction } from '../server/db/handle.ts';
import { onPostgres } from './db.ts';
import { buildBenchmark, buildOrganisation, buildRecommendation, buildUser } from './factories.ts';
import { anonymous, createTestServer, signIn, type Client, type TestServer } from './server.ts';
import { seedPath, sharedAvailable } from './shared.ts';

const SYSTEM = systemActor('test');

describe(`cases and trials (${onPostgres ? 'postgres' : 'pglite'})`, () => {
  let s: TestServer;
  let coordinator: Client;
  let viewer: Client;
  let benchmarkId: string;

  beforeAll(async () => {
    s = await createTestServer();
    const monitorId = await buildOrganisation(s.t.db, 'Special Rapporteur');
    benchmarkId = await buildBenchmark(s.t.db, { monitorId, code: 'F' });
    const c = await buildUser(s.t.db, 'coordinator');
    const v = await buildUser(s.t.db, 'viewer');
    coordinator = await signIn(s.app, c.email, c.password);
    viewer = await signIn(s.app, v.email, v.password);
  });
  afterAll(async () => s.close());

  it.runIf(sharedAvailable)('imports the five mass trials of seed 001 with charge and judgment, linked to benchmark D, once', async () => {
    const bytes = new Uint8Array(readFileSync(seedPath('001')));
    const outcome = await importDocument(s.t.db, SYSTEM, { name: '001.txt', bytes }, { publish: true });
    expect(outcome.counts?.trials).toBe(5);
    // Storing the same trials again (a re-run) keeps one trial per annex row.
    const result = await extract({ name: '001.txt', bytes });
    const codes = await s.t.db.selectFrom('benchmarks').select(['id', 'code']).where('code', 'is not', null).execute();
    await withTransaction(s.t.db, (trx) => storeTrials(trx, outcome.documentId, result, new Map(codes.map((b) => [b.code!, b.id])), null));
    const trials = (await coordinator.request('GET', `/api/trials?documentId=${outcome.documentId}`)).json<TrialView[]>();
    expect(trials.map((t) => [t.verdictOn, t.defendantCount]).reverse()).toEqual([
      ['2021-03-01', 9],
      ['2022-03-17', 21],
      ['2022-06-14', 51],
      ['2022-08-10', 6],
      ['2022-12-22', 37],
    ]);
    expect(trials.map((t) => t.paragraphRef).reverse()).toEqual([1, 2, 3, 4, 5].map((n) => `annex III, trial ${n}`));
    for (const t of trials) {
      expect(t.charges).not.toBe('');
      expect(t.judgment.length).toBeGreaterThan(100);
      expect(t.court).toBe('Phnom Penh Municipal Court');
      expect(t.benchmarkIds).toHaveLength(1);
    }
    const d = await s.t.db.selectFrom('benchmarks').select('id').where('id', '=', trials[0]!.benchmarkIds[0]!).where('code', '=', 'D').executeTakeFirst();
    expect(d).toBeDefined();
    const page = (await anonymous(s.app).request('GET', `/api/benchmarks/${d!.id}`)).json<BenchmarkDetail>();
    expect(page.caseEvidence).toMatchObject({ trialCount: 5, defendantCount: 124, caseCount: 0 });
    expect(page.caseEvidence.trials).toBeUndefined();
    const signedIn = (await viewer.request('GET', `/api/benchmarks/${d!.id}`)).json<BenchmarkDetail>();
    expect(signedIn.caseEvidence.trials).toHaveLength(5);
  });

  it.runIf(sharedAvailable)('puts the trials in the scorecard\'s evidence: counts for the public, each trial for cleared readers', async () => {
    const pub = (await buildScorecard(s.t.db, 'public', { monitor: 'SR Cambodia' })).report;
    const d = pub.benchmarks.find((b) => b.code === 'D')!;
    expect(d.cases).toEqual({ caseCount: 0, personCount: 0, detained: 0, convicted: 0, trialCount: 5, defendantCount: 124 });
    expect(evidenceLines(d, 'en')).toContain('Cases followed: 0 (0 persons; 0 detained, 0 convicted). Trials: 5 (124 defendants).');
    expect(evidenceLines(d, 'fr').join('\n')).toMatch(/Procès : 5 \(124 accusés\)/);
    expect(pub.benchmarks.find((b) => b.code === 'A')!.cases?.trialCount).toBe(0);
    const cleared = (await buildScorecard(s.t.db, 'cleared', { monitor: 'SR Cambodia' })).report.benchmarks.find((b) => b.code === 'D')!;
    expect(cleared.cases?.trials?.map((t) => t.defendantCount)).toEqual([37, 6, 51, 21, 9]);
    expect(evidenceLines(cleared, 'en')).toContain('Trial of 22 December 2022, Phnom Penh Municipal Court: Plotting; 37 defendants (annex III, trial 5)');
  });

  it('computes 180 days of pretrial detention from 26 November 2022 to a verdict on 25 May 2023, and flags at the right dates', async () => {
    const created = await coordinator.request('POST', '/api/cases', { label: 'V.S.', identity: 'Full Name Of Person', sex: 'female', categories: ['human-rights-defender'], benchmarkIds: [benchmarkId] });
    expect(created.statusCode).toBe(201);
    const id = created.json<CaseDetail>().id;
    const events = [
      { kind: 'arrest', occurredOn: '2022-11-26', source: 'https://example.org/arrest' },
      { kind: 'pretrial-detention-start', occurredOn: '2022-11-26', source: 'court order' },
      { kind: 'charge', occurredOn: '2022-11-28', articles: ['494', '495'], source: 'indictment' },
      { kind: 'verdict', occurredOn: '2023-05-25', verdict: 'conviction', source: 'judgment' },
      { kind: 'sentence', occurredOn: '2023-05-25', sentenceMonths: 24, suspendedMonths: 6, source: 'judgment' },
    ];
    for (const e of events) expect((await coordinator.request('POST', `/api/cases/${id}/events`, e)).statusCode).toBe(201);
    const onVerdict = (await viewer.request('GET', `/api/cases/${id}?on=2023-05-25`)).json<CaseDetail>();
    expect(onVerdict).toMatchObject({ pretrialDays: 180, status: 'serving-sentence', servedOn: '2024-05-26', hasIdentity: true });
    expect(onVerdict.events.map((e) => e.kind)).toEqual(['arrest', 'pretrial-detention-start', 'charge', 'verdict', 'sentence']);
    expect(onVerdict.events[2]!.articles).toEqual(['494', '495']);
    // Limit 100 days: flagged from day 101 (7 March 2023) while detention lasts.
    const flag = async (on: string, q = '') => (await viewer.request('GET', `/api/cases/${id}?on=${on}${q}`)).json<CaseDetail>().flags;
    expect(await flag('2023-03-06', '&pretrialLimitDays=100')).toEqual([]);
    expect(await flag('2023-03-07', '&pretrialLimitDays=100')).toEqual([{ kind: 'pretrial-over-limit', since: '2023-03-07', days: 0 }]);
        // 18 months in custody from 26 November 2022 = 547 days; half of it (274 days) is served on 27 August 2023.
    expect(await flag('2023-08-26', '&releaseFraction=0.5')).toEqual([]);
    expect(await flag('2024-01-01', '&releaseFraction=0.5')).toEqual([{ kind: 'release-eligible', since: '2023-08-27', days: 127 }]);
    expect(await flag('2024-05-26')).toEqual([{ kind: 'sentence-served-not-released', since: '2024-05-26', days: 0 }]);
    const flagged = (await coordinator.request('GET', '/api/case-flags?on=2024-06-01')).json<CaseSummary[]>();
    expect(flagged.map((c) => c.label)).toEqual(['V.S.']);
    expect(JSON.stringify(flagged)).not.toContain('Full Name Of Person');
    expect((await viewer.request('GET', '/api/case-flags')).statusCode).toBe(403);
    expect((await coordinator.request('POST', `/api/cases/${id}/events`, { kind: 'release', occurredOn: '2024-05-27', source: 'prison record' })).statusCode).toBe(201);
    expect(await flag('2024-06-01')).toEqual([]);
  });

  it('shows the identity to cleared readers only, and audits that read', async () => {
    const [mine] = (await coordinator.request('GET', '/api/cases?category=human-rights-defender')).json<CaseSummary[]>();
    expect(mine!.identity).toBe('Full Name Of Person');
    const theirs = await viewer.request('GET', `/api/cases/${mine!.id}`);
    expect(theirs.body).not.toContain('Full Name Of Person');
    expect(theirs.json<CaseDetail>().label).toBe('V.S.');
    expect((await anonymous(s.app).request('GET', `/api/cases/${mine!.id}`)).statusCode).toBe(401);
    const reads = await s.t.db.selectFrom('audit_events').select(['entity', 'after']).where('action', '=', 'read-confidential').where('entity', '=', 'case').execute();
    expect(reads.length).toBeGreaterThan(0);
    const all = await s.t.db.selectFrom('audit_events').select(['before', 'after']).execute();
    expect(JSON.stringify(all)).not.toContain('Full Name Of Person');
    const page = (await anonymous(s.app).request('GET', `/api/benchmarks/${benchmarkId}`)).json<BenchmarkDetail>();
    expect(page.caseEvidence).toMatchObject({ caseCount: 1, personCount: 1 });
    expect(page.caseEvidence.cases).toBeUndefined();
  });

  it('counts persons by category and sex at a date', async () => {
    const make = async (body: object, events: object[]) => {
      const id = (await coordinator.request('POST', '/api/cases', body)).json<CaseDetail>().id;
      for (const e of events) expect((await coordinator.request('POST', `/api/cases/${id}/events`, { source: 'monitor notes', ...e })).statusCode).toBe(201);
    };
    await make({ label: 'Journalist A', sex: 'male', categories: ['journalist'] }, [{ kind: 'arrest', occurredOn: '2023-01-05' }, { kind: 'release', occurredOn: '2023-02-05' }]);
    await make({ label: 'Group of three', personCount: 3, sex: 'mixed', categories: ['land-environmental-activist', 'human-rights-defender'] }, [{ kind: 'arrest', occurredOn: '2023-01-20' }]);
    const counts = (await viewer.request('GET', '/api/case-counts?on=2023-01-25')).json<CaseCountsView>();
    expect(counts.total).toEqual({ persons: 5, detained: 5, convicted: 0, released: 0 });
    expect(counts.rows).toEqual([
      { category: 'human-rights-defender', sex: 'female', persons: 1, detained: 1, convicted: 0, released: 0 },
      { category: 'human-rights-defender', sex: 'mixed', persons: 3, detained: 3, convicted: 0, released: 0 },
      { category: 'journalist', sex: 'male', persons: 1, detained: 1, convicted: 0, released: 0 },
      { category: 'land-environmental-activist', sex: 'mixed', persons: 3, detained: 3, convicted: 0, released: 0 },
    ]);
    const later = (await viewer.request('GET', '/api/case-counts?on=2023-06-01&category=human-rights-defender')).json<CaseCountsView>();
    expect(later.total).toEqual({ persons: 4, detained: 4, convicted: 1, released: 0 });
    const march = (await viewer.request('GET', '/api/case-counts?on=2023-03-01&sex=male')).json<CaseCountsView>();
    expect(march.total).toEqual({ persons: 1, detained: 0, convicted: 0, released: 1 });
  });

  it('refuses unsourced or inconsistent events, naming the field, and stale edits', async () => {
    const id = (await coordinator.request('POST', '/api/cases', { label: 'X.Y.' })).json<CaseDetail>().id;
    const bad = async (body: object) => {
      const res = await coordinator.request('POST', `/api/cases/${id}/events`, body);
      expect(res.statusCode).toBe(400);
      return res.json<{ error: { message: string } }>().error.message;
    };
    expect(await bad({ kind: 'arrest', occurredOn: '2023-01-01' })).toMatch(/field "source"/);
    expect(await bad({ kind: 'verdict', occurredOn: '2023-01-01', source: 'x' })).toMatch(/field "verdict"/);
    expect(await bad({ kind: 'sentence', occurredOn: '2023-01-01', sentenceMonths: 6, suspendedMonths: 12, source: 'x' })).toMatch(/field "suspendedMonths"/);
    expect(await bad({ kind: 'arrest', occurredOn: '2023-01-01', documentId: '00000000-0000-4000-8000-000000000000', paragraphRef: '5' })).toMatch(/documentId/);
    expect((await coordinator.request('POST', '/api/cases', { label: 'Z', trialId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(400);
    expect((await coordinator.request('PATCH', `/api/cases/${id}`, { version: 1, summary: 'Held incommunicado.' })).statusCode).toBe(200);
    const stale = await coordinator.request('PATCH', `/api/cases/${id}`, { version: 1, summary: 'Other.' });
    expect(stale.statusCode).toBe(409);
  });

  it('groups cases under a trial and links both to recommendations', async () => {
    const recommendationId = await buildRecommendation(s.t.db);
    const trial = await coordinator.request('POST', '/api/trials', { title: 'Trial of two land activists', court: 'Provincial Court', charges: 'Incitement', articles: ['495'], verdictOn: '2023-04-01', defendantCount: 2, benchmarkIds: [benchmarkId] });
    expect(trial.statusCode).toBe(201);
    const trialId = trial.json<TrialView>().id;
    const caseId = (await coordinator.request('POST', '/api/cases', { label: 'L.A.', identity: 'Someone Confidential', trialId })).json<CaseDetail>().id;
    expect((await coordinator.request('POST', `/api/cases/${caseId}/links`, { recommendationIds: [recommendationId] })).json()).toEqual({ benchmarkIds: [], recommendationIds: [recommendationId] });
    expect((await coordinator.request('POST', `/api/trials/${trialId}/links`, { recommendationIds: [recommendationId] })).statusCode).toBe(200);
    const detail = (await viewer.request('GET', `/api/trials/${trialId}`)).json<TrialDetail>();
    expect(detail.cases.map((c) => c.label)).toEqual(['L.A.']);
    expect(JSON.stringify(detail)).not.toContain('Someone Confidential');
    expect((await viewer.request('GET', `/api/cases?recommendationId=${recommendationId}`)).json<CaseSummary[]>().map((c) => c.id)).toEqual([caseId]);
    expect((await viewer.request('GET', `/api/trials?recommendationId=${recommendationId}`)).json<TrialView[]>().map((t) => t.id)).toEqual([trialId]);
    expect((await viewer.request('GET', `/api/cases?trialId=${trialId}`)).json<CaseSummary[]>()).toHaveLength(1);
    expect((await coordinator.request('POST', `/api/trials/${trialId}/links`, {})).statusCode).toBe(400);
  });
});
