// Cases and trials through the API and the import, on PGlite and on a PostgreSQL server:
// seed 001's annex III gives five trials linked to benchmark D (idempotently); a case's
// timeline computes pretrial days and flags on the day asked; counts by category and sex;
// identities reach only cleared readers, and the benchmark page shows the evidence; case
// counts become indicator values, and the public export carries them, never a person.
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
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
import { exportPublicRecord, type PublicRecord } from '../server/services/export-public-record.ts';
import { onPostgres } from './db.ts';
import { buildBenchmark, buildOrganisation, buildRecommendation } from './factories.ts';
import { anonymous, createTestServer, signInNewUser, type Client, type TestServer } from './server.ts';
import { seedPath, sharedAvailable } from './shared.ts';

const SYSTEM = systemActor('test');

interface IndicatorValue {
  value: number;
  observedOn: string;
  sourceText: string;
  sourceKind: string;
}
interface Indicator {
  id: string;
  version: number;
  caseCount: { measure: string; category: string | null; sex: string | null } | null;
  values: IndicatorValue[];
}

describe(`cases and trials (${onPostgres ? 'postgres' : 'pglite'})`, () => {
  let s: TestServer;
  let coordinator: Client;
  let viewer: Client;
  let benchmarkId: string;

  beforeAll(async () => {
    s = await createTestServer();
    const monitorId = await buildOrganisation(s.t.db, 'Special Rapporteur');
    benchmarkId = await buildBenchmark(s.t.db, { monitorId, code: 'F' });
    coordinator = await signInNewUser(s, 'coordinator');
    viewer = await signInNewUser(s, 'viewer');
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

  // Case counts as indicator values, and cases in the public export: an indicator defined as
  // a case count gets its value on a date from the cases (the figure /api/case-counts gives,
  // its source the case register); the public export carries each benchmark's cases as the
  // anonymous benchmark page does, as counts, with neither the identity nor the label.
  describe('as indicator values and in the public export', () => {
    const IDENTITY = 'Sokha Identity-Q7ZP4 Confidential';
    const LABEL = 'Case S.Q.';
    let unionBenchmarkId: string;

    beforeAll(async () => {
      unionBenchmarkId = await buildBenchmark(s.t.db, { monitorId: await buildOrganisation(s.t.db, 'Special Rapporteur'), code: 'B' });
      const open = async (body: object, events: object[]) => {
        const created = await coordinator.request('POST', '/api/cases', { benchmarkIds: [unionBenchmarkId], ...body });
        expect(created.statusCode).toBe(201);
        const id = created.json<CaseDetail>().id;
        for (const e of events) expect((await coordinator.request('POST', `/api/cases/${id}/events`, { source: 'monitor notes', ...e })).statusCode).toBe(201);
      };
      await open({ label: LABEL, identity: IDENTITY, sex: 'female', categories: ['trade-unionist'] }, [{ kind: 'arrest', occurredOn: '2023-01-10' }, { kind: 'release', occurredOn: '2023-04-01' }]);
      await open({ label: 'Group of three unionists', personCount: 3, sex: 'mixed', categories: ['trade-unionist', 'refugee-returnee'] }, [{ kind: 'arrest', occurredOn: '2023-01-20' }]);
      await open({ label: 'Activist P.', sex: 'male', categories: ['political-activist'] }, [{ kind: 'arrest', occurredOn: '2023-01-05' }]);
    });

    const define = async (body: object) => {
      const res = await coordinator.request('POST', '/api/indicators', { kind: 'outcome', unit: 'persons', benchmarkIds: [unionBenchmarkId], ...body });
      expect(res.statusCode).toBe(201);
      return res.json<Indicator>();
    };
    const compute = (client: Client, id: string, on: string) => client.request('POST', `/api/indicators/${id}/values/from-cases`, { on });
    const counts = async (query: string) => (await viewer.request('GET', `/api/case-counts?${query}`)).json<CaseCountsView>().total;

    it('computes a case-count indicator on a date with the counts of /api/case-counts, its source the case register', async () => {
      const unionists = await define({ name: 'Trade unionists in detention', caseCount: { measure: 'detained', category: 'trade-unionist', sex: null } });
      expect(unionists.caseCount).toEqual({ measure: 'detained', category: 'trade-unionist', sex: null });
      const first = await compute(coordinator, unionists.id, '2023-01-25');
      expect(first.statusCode).toBe(201);
      expect(first.json<IndicatorValue>()).toMatchObject({ value: 4, observedOn: '2023-01-25', sourceKind: 'case-register', sourceText: 'Case register: persons detained (trade-unionist)' });
      expect((await counts('on=2023-01-25&category=trade-unionist')).detained).toBe(4);
      // After the release of S.Q. on 1 April, three remain detained.
      expect((await compute(coordinator, unionists.id, '2023-06-01')).json<IndicatorValue>().value).toBe((await counts('on=2023-06-01&category=trade-unionist')).detained);
      const stored = (await viewer.request('GET', `/api/indicators/${unionists.id}`)).json<Indicator>();
      expect(stored.values.map((v) => [v.observedOn, v.value, v.sourceKind])).toEqual([
        ['2023-01-25', 4, 'case-register'],
        ['2023-06-01', 3, 'case-register'],
      ]);
      const audited = await s.t.db.selectFrom('audit_events').select('after').where('entity', '=', 'indicator-value').execute();
      expect(audited).toHaveLength(2);

      const releasedWomen = await define({ name: 'Women unionists released', caseCount: { measure: 'released', category: 'trade-unionist', sex: 'female' } });
      expect((await compute(coordinator, releasedWomen.id, '2023-06-01')).json<IndicatorValue>()).toMatchObject({ value: 1, sourceText: 'Case register: persons released (trade-unionist, female)' });
      const everyone = await define({ name: 'Persons detained', caseCount: { measure: 'detained', category: null, sex: null } });
      expect((await compute(coordinator, everyone.id, '2023-01-25')).json<IndicatorValue>().value).toBe((await counts('on=2023-01-25')).detained);
    });

    it('shows the definition and the counts on the public benchmark page, never a person', async () => {
      const page = await anonymous(s.app).request('GET', `/api/benchmarks/${unionBenchmarkId}`);
      const detail = page.json<BenchmarkDetail>();
      const unionists = detail.indicators.find((i) => i.name === 'Trade unionists in detention')!;
      expect(unionists.caseCount).toEqual({ measure: 'detained', category: 'trade-unionist', sex: null });
      expect(unionists.values.map((v) => v.value)).toEqual([4, 3]);
      expect(page.body).not.toContain(IDENTITY);
      expect(page.body).not.toContain(LABEL);
    });

    it('refuses an indicator entered by hand, readers who may not record values, and a category without a measure', async () => {
      const byHand = await define({ name: 'Prison population' });
      expect(byHand.caseCount).toBeNull();
      const refused = await compute(coordinator, byHand.id, '2023-01-25');
      expect(refused.statusCode).toBe(400);
      expect(refused.json<{ error: { message: string } }>().error.message).toMatch(/"Prison population" is not a case count/);
      expect((await compute(viewer, byHand.id, '2023-01-25')).statusCode).toBe(403);
      expect((await compute(coordinator, byHand.id, '25 January 2023')).statusCode).toBe(400);
      // Defined afterwards as a case count, it computes; the values entered by hand stay as they were.
      expect((await coordinator.request('POST', `/api/indicators/${byHand.id}/values`, { value: 38944, observedOn: '2023-01-01', sourceText: 'report' })).json<IndicatorValue>().sourceKind).toBe('entered');
      const patched = await coordinator.request('PATCH', `/api/indicators/${byHand.id}`, { version: byHand.version, caseCount: { measure: 'convicted', category: null, sex: null } });
      expect(patched.json<Indicator>().caseCount).toEqual({ measure: 'convicted', category: null, sex: null });
      expect((await compute(coordinator, byHand.id, '2023-01-25')).json<IndicatorValue>().value).toBe((await counts('on=2023-01-25')).convicted);
      expect((await viewer.request('GET', `/api/indicators/${byHand.id}`)).json<Indicator>().values.map((v) => v.sourceKind)).toEqual(['entered', 'case-register']);
      // The database holds the rule too: filters only on a case count.
      const stored = sql`update indicators set case_measure = null, case_category = 'journalist' where id = ${byHand.id}`.execute(s.t.db);
      await expect(stored).rejects.toThrow(/indicators_case_filters/);
    });

    it('puts each benchmark\'s cases in the public export as counts, without the confidential identity or the label', async () => {
      const json = await exportPublicRecord(s.t.db, 'json');
      const csv = await exportPublicRecord(s.t.db, 'csv');
      const record = JSON.parse(json) as PublicRecord;
      const benchmark = record.benchmarks.find((b) => b.id === unionBenchmarkId)!;
      const expected = await viewer.request('GET', `/api/case-counts?on=${record.casesCountedOn}&benchmarkId=${unionBenchmarkId}`);
      const { total } = expected.json<CaseCountsView>();
      expect(benchmark.caseEvidence).toEqual({ caseCount: 3, personCount: 5, detained: total.detained, convicted: total.convicted, trialCount: 0, defendantCount: 0 });
      expect(benchmark.caseEvidence.detained).toBe(4);
      // The same counts as the anonymous benchmark page on that day.
      const page = (await anonymous(s.app).request('GET', `/api/benchmarks/${unionBenchmarkId}`)).json<BenchmarkDetail>();
      expect(benchmark.caseEvidence).toEqual(page.caseEvidence);
      for (const [format, text] of [['json', json], ['csv', csv]]) {
        expect(text, format).not.toContain('Q7ZP4');
        expect(text, format).not.toContain(LABEL);
      }
    });
  });
});
