// Source protection: a unique marker planted in confidential evidence, in a call-for-
// input submitter's name and email, in the identity of a person in a case and in the name
// of an account (admins only) never reaches an anonymous caller or a viewer, through any GET of the OpenAPI document (lists
// and details, with real ids, cases, trials and an indicator counted from the cases
// included), nor the public export. A draft benchmark (its own title carries a second
// marker) reaches signed-in readers only.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../server/services/actor.ts';
import { assignInstitution } from '../server/services/assign-institution.ts';
import { addCaseEvent } from '../server/services/add-case-event.ts';
import { addUser } from '../server/services/add-user.ts';
import { computeIndicatorValue } from '../server/services/compute-indicator-value.ts';
import { addSourceToBenchmark } from '../server/services/add-benchmark-source.ts';
import { createAction } from '../server/services/create-action.ts';
import { createBenchmark } from '../server/services/create-benchmark.ts';
import { createCase } from '../server/services/create-case.ts';
import { createTrial } from '../server/services/create-trial.ts';
import { createIndicator } from '../server/services/create-indicator.ts';
import { exportPublicRecord } from '../server/services/export-public-record.ts';
import { moderateSubmission } from '../server/services/moderate-submission.ts';
import { openCall } from '../server/services/open-call.ts';
import { recordAssessment } from '../server/services/record-assessment.ts';
import { refreshNotifications } from '../server/services/refresh-notifications.ts';
import { submitInput } from '../server/services/submit-input.ts';
import { buildBenchmark, buildInstitution, buildOrganisation, buildPeriod, buildRecommendation, buildUser } from './factories.ts';
import { anonymous, createTestServer, signIn, type Client, type TestServer } from './server.ts';

const MARKER = `SECRET${randomBytes(8).toString('hex')}`;
const DRAFT_MARKER = `DRAFT${randomBytes(8).toString('hex')}`;
const SYSTEM = systemActor('test');

interface OpenApi {
  paths: Record<string, Record<string, { parameters?: { name: string; in: string; required?: boolean }[] }>>;
}

describe('confidential material never leaves to the public or to viewers', () => {
  let s: TestServer;
  let coordinator: Client;
  let admin: Client;
  let viewer: Client;
  const ids: Record<string, string[]> = {};
  const query: Record<string, string> = {};

  beforeAll(async () => {
    s = await createTestServer();
    const db = s.t.db;
    const monitorId = await buildOrganisation(db, 'Special Rapporteur');
    const benchmarkId = await buildBenchmark(db, { monitorId, code: 'F' });
    const recommendationId = await buildRecommendation(db);
    const periodId = await buildPeriod(db, { monitorId, label: '2022-2023', startsOn: '2022-06-01', endsOn: '2023-06-30' });
    const institution = await buildInstitution(db, 'Ministry of Interior');
    await assignInstitution(db, SYSTEM, { itemType: 'benchmark', itemId: benchmarkId, institutionId: institution.id, role: 'lead' });
    const action = await createAction(db, SYSTEM, { title: 'Register NGOs', description: '', institutionId: institution.id, startsOn: null, dueOn: '2020-01-01', status: 'planned', budget: null, currency: null, recommendationIds: [recommendationId] });
    const indicator = await createIndicator(db, SYSTEM, { name: 'Registered NGOs', kind: 'outcome', unit: null, baseline: null, baselineOn: null, target: null, targetOn: null, description: '', caseCount: null, benchmarkIds: [benchmarkId], recommendationIds: [] });
    const call = await openCall(db, SYSTEM, { title: 'Call for input on benchmark F', description: '', deadline: new Date(Date.now() + 5 * 86_400_000), benchmarkIds: [benchmarkId] });
    const submission = await submitInput(db, { kind: 'anonymous' }, call.id, { name: `Witness ${MARKER}`, email: `${MARKER}@example.org`, text: 'Three activists were detained in May.' });
    await moderateSubmission(db, SYSTEM, submission.id, 'approve');
    const graded = await recordAssessment(db, SYSTEM, {
      itemType: 'benchmark',
      itemId: benchmarkId,
      periodId,
      assessorName: 'Special Rapporteur',
      grade: 'off-target',
      narrative: 'Civic space narrowed.',
      evidence: [
        { kind: 'text', text: 'Public reports of the closure of two newspapers.' },
        { kind: 'text', text: `A source told the Rapporteur ${MARKER} about reprisals.`, confidential: true },
        { kind: 'url', url: `https://example.org/${MARKER}`, text: 'interview notes', confidential: true },
        { kind: 'submission', submissionId: submission.id },
      ],
    });
    const fix = await recordAssessment(db, SYSTEM, { itemType: 'benchmark', itemId: benchmarkId, periodId, assessorName: 'Special Rapporteur', grade: 'variable', supersedesId: graded.id, evidence: [{ kind: 'text', text: `Correction from ${MARKER}`, confidential: true }] });
    const trial = await createTrial(db, SYSTEM, { title: 'Trial of two land activists', court: 'Provincial Court', charges: 'Incitement', articles: ['495'], verdictOn: '2023-04-01', judgment: 'Both convicted.', defendantCount: 2, documentId: null, paragraphRef: null, benchmarkIds: [benchmarkId], recommendationIds: [recommendationId] });
    const evaluation = { on: '2023-06-01', rules: { pretrialLimitDays: 30, releaseFraction: 0.5 } };
    const detained = await createCase(db, SYSTEM, { label: 'K.S.', identity: `Full name ${MARKER}`, personCount: 1, sex: 'female', categories: ['land-environmental-activist'], trialId: trial.id, summary: 'Arrested at a protest.', benchmarkIds: [benchmarkId], recommendationIds: [recommendationId] }, evaluation);
    await addCaseEvent(db, SYSTEM, detained.id, { kind: 'arrest', occurredOn: '2023-01-10', verdict: null, articles: [], sentenceMonths: null, suspendedMonths: null, fine: null, currency: null, note: '', documentId: null, paragraphRef: null, source: 'monitor notes' });
    const counted = await createIndicator(db, SYSTEM, { name: 'Land activists in detention', kind: 'outcome', unit: 'persons', baseline: null, baselineOn: null, target: null, targetOn: null, description: '', caseCount: { measure: 'detained', category: 'land-environmental-activist', sex: null }, benchmarkIds: [benchmarkId], recommendationIds: [recommendationId] });
    await computeIndicatorValue(db, SYSTEM, counted.id, '2023-06-01');
    const draft = await createBenchmark(db, SYSTEM, { monitorId, code: 'NEW', number: null, title: `Benchmark in preparation ${DRAFT_MARKER}`, timeframe: null, state: 'draft' });
    await addSourceToBenchmark(db, SYSTEM, draft.id, recommendationId);
    const coordinatorUser = await buildUser(db, 'coordinator');
    const adminUser = await buildUser(db, 'admin');
    const viewerUser = await buildUser(db, 'viewer');
    const account = await addUser(db, SYSTEM, { email: 'account-holder@example.org', name: `Account holder ${MARKER}`, role: 'focal-point', password: 'a long enough password' });
    await refreshNotifications(db, SYSTEM, { mailer: null });
    coordinator = await signIn(s.app, coordinatorUser.email, coordinatorUser.password);
    admin = await signIn(s.app, adminUser.email, adminUser.password);
    viewer = await signIn(s.app, viewerUser.email, viewerUser.password);
    Object.assign(ids, { assessments: [graded.id, fix.id], actions: [action.id], indicators: [indicator.id, counted.id], calls: [call.id], organisations: [monitorId], notifications: [], cases: [detained.id], trials: [trial.id], benchmarks: [benchmarkId, draft.id], users: [account.id] });
    Object.assign(query, { benchmarkId, recommendationId, periodId, itemType: 'benchmark', itemId: benchmarkId, institutionId: institution.id, assessorId: monitorId, monitorId, status: 'open', trialId: trial.id, category: 'land-environmental-activist', sex: 'female', on: '2023-06-01', format: 'csv' });
  });
  afterAll(async () => s.close());

  it('is planted: a cleared role reads it, and that read is audited', async () => {
    const detail = await coordinator.request('GET', `/api/assessments/${ids.assessments![0]!}`);
    expect(detail.body).toContain(MARKER);
    const subs = await coordinator.request('GET', `/api/calls/${ids.calls![0]!}/submissions`);
    expect(subs.body).toContain(MARKER);
    const person = await coordinator.request('GET', `/api/cases/${ids.cases![0]!}`);
    expect(person.body).toContain(MARKER);
    expect((await admin.request('GET', '/api/users')).body).toContain(MARKER);
    const reads = await s.t.db.selectFrom('audit_events').select(['entity', 'entity_id']).where('action', '=', 'read-confidential').execute();
    expect(reads.map((r) => r.entity).sort()).toEqual(['case', 'evidence', 'submission']);
    const logged = await s.t.db.selectFrom('audit_events').select(['before', 'after']).execute();
    expect(JSON.stringify(logged)).not.toContain(MARKER);
  });

  it('never appears in any GET of the OpenAPI document, for anonymous callers and viewers', async () => {
    const doc = (await anonymous(s.app).request('GET', '/api/openapi.json')).json<OpenApi>();
    const gets = Object.entries(doc.paths).filter(([, m]) => m.get);
    expect(gets.length).toBeGreaterThan(12);
    let crawled = 0;
    let withContent = 0;
    let draftSeen = false;
    for (const [path, methods] of gets) {
      const resource = /\/api\/([a-z-]+)\/\{id\}/.exec(path)?.[1];
      const pathIds = resource ? (ids[resource]?.length ? ids[resource] : ['00000000-0000-4000-8000-000000000000']) : [''];
      const params = (methods.get!.parameters ?? []).filter((p) => p.in === 'query');
      const filled = params.filter((p) => query[p.name] !== undefined).map((p) => `${p.name}=${encodeURIComponent(query[p.name]!)}`).join('&');
      const required = params.filter((p) => p.required && query[p.name] !== undefined).map((p) => `${p.name}=${encodeURIComponent(query[p.name]!)}`).join('&');
      for (const id of pathIds) {
        const base = path.replace('{id}', id);
        for (const url of new Set([required ? `${base}?${required}` : base, filled ? `${base}?${filled}` : base])) {
          for (const [who, client] of [['anonymous', anonymous(s.app)], ['viewer', viewer]] as const) {
            const res = await client.request('GET', url);
            crawled += 1;
            if (res.statusCode === 200 && res.body.length > 20) withContent += 1;
            expect(res.body.includes(MARKER), `${who} GET ${url} (${res.statusCode})`).toBe(false);
            if (who === 'anonymous') expect(res.body.includes(DRAFT_MARKER), `draft benchmark: ${who} GET ${url} (${res.statusCode})`).toBe(false);
            else draftSeen ||= res.body.includes(DRAFT_MARKER);
          }
        }
      }
    }
    expect(crawled).toBeGreaterThan(40);
    expect(withContent).toBeGreaterThan(20);
    // Signed-in readers do see the draft: the marker is planted where the crawl looks.
    expect(draftSeen).toBe(true);
  });

  it('never appears in the public export (JSON and CSV), which holds the published record', async () => {
    const json = await exportPublicRecord(s.t.db, 'json');
    const csv = await exportPublicRecord(s.t.db, 'csv');
    expect(json).toContain('Public reports of the closure of two newspapers.');
    expect(csv).toContain('Three activists were detained in May.');
    expect(json).not.toContain(MARKER);
    expect(csv).not.toContain(MARKER);
    expect(json).not.toContain(DRAFT_MARKER);
    // Cases reach the export as the anonymous benchmark page shows them: counts, no label.
    expect(json).toContain('"caseEvidence"');
    expect(json).not.toContain('K.S.');
  });

  it('reaches viewers of case pages as a label, and the public only as counts on the benchmark', async () => {
    const seen = await viewer.request('GET', `/api/cases/${ids.cases![0]!}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.body).toContain('K.S.');
    const page = await anonymous(s.app).request('GET', `/api/benchmarks/${query.benchmarkId!}`);
    expect(page.json<{ caseEvidence: { caseCount: number; cases?: unknown } }>().caseEvidence).toMatchObject({ caseCount: 1 });
    expect(page.body).not.toContain('K.S.');
    // An indicator counted from the cases shows its count, nothing about the person.
    expect(page.json<{ indicators: { name: string; values: { value: number }[] }[] }>().indicators.find((i) => i.name === 'Land activists in detention')?.values).toMatchObject([{ value: 1 }]);
  });
});
