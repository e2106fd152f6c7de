// The permission matrix: every role × every mutating operation of the OpenAPI document →
// allowed (2xx) or refused (403); anonymous callers get 401 from every operation the
// document does not mark public. A new mutating route fails this test until it is listed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseCountDefinition } from '../contracts/cases.ts';
import { ROLES, type Role } from '../contracts/enums.ts';
import { can } from '../server/policies/can.ts';
import { upsertNotifications } from '../server/repositories/notification.repository.ts';
import { systemActor, type Actor } from '../server/services/actor.ts';
import { addSourceToBenchmark } from '../server/services/add-benchmark-source.ts';
import { createAction } from '../server/services/create-action.ts';
import { createBenchmark } from '../server/services/create-benchmark.ts';
import { createCase } from '../server/services/create-case.ts';
import { createTrial } from '../server/services/create-trial.ts';
import { createIndicator } from '../server/services/create-indicator.ts';
import { openCall } from '../server/services/open-call.ts';
import { recordAssessment } from '../server/services/record-assessment.ts';
import { requestPasswordReset } from '../server/services/request-password-reset.ts';
import { submitInput } from '../server/services/submit-input.ts';
import { assignInstitution } from '../server/services/assign-institution.ts';
import { ensureTermsByLabel } from '../server/repositories/taxonomy.repository.ts';
import { buildBenchmark, buildDocument, buildInstitution, buildOrganisation, buildPeriod, buildRecommendation, buildUser } from './factories.ts';
import { anonymous, createTestServer, signIn, type Client, type TestServer } from './server.ts';

type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface Call {
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Sign in afresh for this call (logout ends the session it runs in). */
  freshSession?: boolean;
}
interface Ctx {
  s: TestServer;
  ministry: string;
  benchmarkId: string;
  periodId: string;
  users: Record<Role, { id: string; email: string; password: string }>;
  n: () => number;
}
const SYSTEM = systemActor('test');
const only = (...roles: Role[]): Record<Role, boolean> => Object.fromEntries(ROLES.map((r) => [r, roles.includes(r)])) as Record<Role, boolean>;
const EVERYONE = only(...ROLES);
const SECRETARIAT = only('admin', 'coordinator');
const FOLLOW_UP = only('admin', 'coordinator', 'focal-point');
const future = () => new Date(Date.now() + 20 * 86_400_000);

const MATRIX: Record<string, { allowed: Record<Role, boolean>; make: (ctx: Ctx, role: Role) => Promise<Call> }> = {
  'POST /api/auth/login': { allowed: EVERYONE, make: async (c, role) => ({ url: '/api/auth/login', body: { email: c.users[role].email, password: c.users[role].password } }) },
  'POST /api/auth/logout': { allowed: EVERYONE, make: async () => ({ url: '/api/auth/logout', freshSession: true }) },
  'PUT /api/auth/me/language': { allowed: EVERYONE, make: async () => ({ url: '/api/auth/me/language', body: { language: 'en' } }) },
  'POST /api/auth/password-reset/request': { allowed: EVERYONE, make: async (c, role) => ({ url: '/api/auth/password-reset/request', body: { email: c.users[role].email } }) },
  'POST /api/auth/password-reset': {
    allowed: EVERYONE,
    make: async (c) => {
      const u = await buildUser(c.s.t.db, 'viewer');
      const { token } = await requestPasswordReset(c.s.t.db, SYSTEM, { email: u.email, mailer: null, publicUrl: undefined });
      return { url: '/api/auth/password-reset', body: { token, password: 'a brand new passphrase' } };
    },
  },
  'POST /api/imports': {
    allowed: SECRETARIAT,
    make: async (c) => {
      const boundary = `b${c.n()}`;
      const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="note-${c.n()}.txt"\r\nContent-Type: text/plain\r\n\r\nA short note ${c.n()}.\r\n--${boundary}--\r\n`;
      return { url: '/api/imports', body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
    },
  },
  'POST /api/users': { allowed: only('admin'), make: async (c) => ({ url: '/api/users', body: { email: `new-${c.n()}@example.org`, role: 'viewer', password: 'a long enough password' } }) },
  'PATCH /api/users/{id}': { allowed: only('admin'), make: async (c) => ({ url: `/api/users/${(await buildUser(c.s.t.db, 'viewer')).id}`, body: { version: 1, role: 'contributor' } }) },
  'POST /api/organisations': { allowed: SECRETARIAT, make: async (c) => ({ url: '/api/organisations', body: { name: `Org ${c.n()}`, kind: 'civil-society' } }) },
  'PATCH /api/organisations/{id}': {
    allowed: SECRETARIAT,
    make: async (c) => ({ url: `/api/organisations/${await buildOrganisation(c.s.t.db, `Patched ${c.n()}`)}`, body: { version: 1, trusted: true } }),
  },
  'POST /api/institutions': { allowed: SECRETARIAT, make: async (c) => ({ url: '/api/institutions', body: { name: `Institution ${c.n()}` } }) },
  'POST /api/assignments': { allowed: SECRETARIAT, make: async (c) => ({ url: '/api/assignments', body: { itemType: 'benchmark', itemId: c.benchmarkId, institutionId: c.ministry, role: 'supporting' } }) },
  'POST /api/actions': { allowed: FOLLOW_UP, make: async (c) => ({ url: '/api/actions', body: { title: `Action ${c.n()}`, institutionId: c.ministry } }) },
  'PATCH /api/actions/{id}': {
    allowed: FOLLOW_UP,
    make: async (c) => {
      const a = await createAction(c.s.t.db, SYSTEM, { title: `Action ${c.n()}`, description: '', institutionId: c.ministry, startsOn: null, dueOn: null, status: 'planned', budget: null, currency: null, recommendationIds: [] });
      return { url: `/api/actions/${a.id}`, body: { version: a.version, status: 'in-progress' } };
    },
  },
  'POST /api/indicators': { allowed: FOLLOW_UP, make: async (c) => ({ url: '/api/indicators', body: { name: `Indicator ${c.n()}`, kind: 'process', benchmarkIds: [c.benchmarkId] } }) },
  'PATCH /api/indicators/{id}': {
    allowed: FOLLOW_UP,
    make: async (c) => {
      const i = await newIndicator(c);
      return { url: `/api/indicators/${i.id}`, body: { version: i.version, unit: '%' } };
    },
  },
  'POST /api/indicators/{id}/values': {
    allowed: FOLLOW_UP,
    make: async (c) => ({ url: `/api/indicators/${(await newIndicator(c)).id}/values`, body: { value: 1, observedOn: '2023-01-01', sourceText: 'test' } }),
  },
  'POST /api/indicators/{id}/values/from-cases': {
    allowed: FOLLOW_UP,
    make: async (c) => ({ url: `/api/indicators/${(await newIndicator(c, { measure: 'detained', category: 'journalist', sex: null })).id}/values/from-cases`, body: { on: '2023-01-01' } }),
  },
  'POST /api/periods': { allowed: SECRETARIAT, make: async (c) => ({ url: '/api/periods', body: { label: `P${c.n()}`, startsOn: '2030-01-01', endsOn: '2030-12-31', monitorName: 'Monitor' } }) },
  'POST /api/assessments': {
    allowed: only('admin', 'coordinator', 'focal-point', 'contributor'),
    make: async (c) => ({ url: '/api/assessments', body: { itemType: 'benchmark', itemId: c.benchmarkId, periodId: c.periodId, grade: 'variable' } }),
  },
  'POST /api/assessments/{id}/moderation': {
    allowed: SECRETARIAT,
    make: async (c) => {
      const contributor = await actorOf(c, 'contributor');
      const a = await recordAssessment(c.s.t.db, contributor, { itemType: 'benchmark', itemId: c.benchmarkId, periodId: c.periodId, grade: 'off-target' });
      return { url: `/api/assessments/${a.id}/moderation`, body: { decision: 'approve' } };
    },
  },
  'POST /api/calls': { allowed: SECRETARIAT, make: async (c) => ({ url: '/api/calls', body: { title: `Call ${c.n()}`, deadline: future().toISOString(), benchmarkIds: [c.benchmarkId] } }) },
  'POST /api/calls/{id}/close': { allowed: SECRETARIAT, make: async (c) => ({ url: `/api/calls/${(await newCall(c)).id}/close`, body: { version: 1 } }) },
  'POST /api/calls/{id}/submissions': { allowed: EVERYONE, make: async (c) => ({ url: `/api/calls/${(await newCall(c)).id}/submissions`, body: { text: 'Information.' } }) },
  'POST /api/submissions/{id}/moderation': {
    allowed: SECRETARIAT,
    make: async (c) => {
      const sub = await submitInput(c.s.t.db, { kind: 'anonymous' }, (await newCall(c)).id, { text: 'Information.' });
      return { url: `/api/submissions/${sub.id}/moderation`, body: { decision: 'reject' } };
    },
  },
  'POST /api/notifications/{id}/read': {
    allowed: EVERYONE,
    make: async (c, role) => {
      const link = `/test/${c.n()}`;
      await upsertNotifications(c.s.t.db, [{ userId: c.users[role].id, subject: { kind: 'action-due', params: { title: 'Test', dueOn: '2026-01-01' } }, link, dueAt: null }]);
      const row = await c.s.t.db.selectFrom('notifications').select('id').where('link', '=', link).executeTakeFirstOrThrow();
      return { url: `/api/notifications/${row.id}/read` };
    },
  },
  'POST /api/notifications/refresh': { allowed: SECRETARIAT, make: async () => ({ url: '/api/notifications/refresh' }) },
  'POST /api/classify': { allowed: EVERYONE, make: async () => ({ url: '/api/classify', body: { texts: ['Abolish the death penalty'], taxonomy: 'upr-info' } }) },
  'POST /api/recommendations/{id}/tags': {
    allowed: SECRETARIAT,
    make: async (c) => {
      const terms = await ensureTermsByLabel(c.s.t.db, 'upr-info', ['Death penalty']);
      return { url: `/api/recommendations/${await buildRecommendation(c.s.t.db)}/tags`, body: { termId: terms.get('Death penalty'), action: 'confirm' } };
    },
  },
  'PATCH /api/reviews/recommendations/{id}': { allowed: SECRETARIAT, make: async (c) => ({ url: `/api/reviews/recommendations/${await draftRecommendation(c)}`, body: { text: 'Corrected text.' } }) },
  'POST /api/reviews/recommendations/{id}/merge': {
    allowed: SECRETARIAT,
    make: async (c) => {
      const documentId = await buildDocument(c.s.t.db, { state: 'draft' });
      const a = await buildRecommendation(c.s.t.db, { documentId, ref: '1', state: 'draft' });
      const b = await buildRecommendation(c.s.t.db, { documentId, ref: '2', state: 'draft' });
      return { url: `/api/reviews/recommendations/${a}/merge`, body: { with: b } };
    },
  },
  'POST /api/reviews/recommendations/{id}/split': { allowed: SECRETARIAT, make: async (c) => ({ url: `/api/reviews/recommendations/${await draftRecommendation(c)}/split`, body: { at: 10 } }) },
  'POST /api/reviews/recommendations/{id}/discard': { allowed: SECRETARIAT, make: async (c) => ({ url: `/api/reviews/recommendations/${await draftRecommendation(c)}/discard` }) },
  'POST /api/reviews/recommendations/{id}/restore': { allowed: SECRETARIAT, make: async (c) => ({ url: `/api/reviews/recommendations/${await draftRecommendation(c)}/restore` }) },
  'POST /api/cases': { allowed: SECRETARIAT, make: async (c) => ({ url: '/api/cases', body: { label: `C.${c.n()}`, identity: 'A confidential name', categories: ['journalist'] } }) },
  'PATCH /api/cases/{id}': { allowed: SECRETARIAT, make: async (c) => ({ url: `/api/cases/${await newCase(c)}`, body: { version: 1, summary: 'Held since May.' } }) },
  'POST /api/cases/{id}/events': { allowed: SECRETARIAT, make: async (c) => ({ url: `/api/cases/${await newCase(c)}/events`, body: { kind: 'arrest', occurredOn: '2023-05-01', source: 'monitor notes' } }) },
  'POST /api/cases/{id}/links': { allowed: SECRETARIAT, make: async (c) => ({ url: `/api/cases/${await newCase(c)}/links`, body: { benchmarkIds: [c.benchmarkId] } }) },
  'POST /api/trials': { allowed: SECRETARIAT, make: async (c) => ({ url: '/api/trials', body: { title: `Trial ${c.n()}`, verdictOn: '2022-06-14', defendantCount: 51 } }) },
  'POST /api/trials/{id}/links': {
    allowed: SECRETARIAT,
    make: async (c) => {
      const t = await createTrial(c.s.t.db, SYSTEM, { title: `Trial ${c.n()}`, court: null, charges: '', articles: [], verdictOn: null, judgment: '', defendantCount: null, documentId: null, paragraphRef: null, benchmarkIds: [], recommendationIds: [] });
      return { url: `/api/trials/${t.id}/links`, body: { benchmarkIds: [c.benchmarkId] } };
    },
  },
  'POST /api/reviews/{id}/publish': { allowed: SECRETARIAT, make: async (c) => ({ url: `/api/reviews/${await buildDocument(c.s.t.db, { state: 'draft' })}/publish` }) },
  'POST /api/benchmarks': { allowed: SECRETARIAT, make: async (c) => ({ url: '/api/benchmarks', body: { monitorName: 'National Human Rights Commission', code: `N-${c.n()}`, title: 'Establish a national preventive mechanism' } }) },
  'PATCH /api/benchmarks/{id}': {
    allowed: SECRETARIAT,
    make: async (c) => {
      const b = await newBenchmark(c);
      return { url: `/api/benchmarks/${b.id}`, body: { version: b.version, timeframe: '2025–2026', state: 'published' } };
    },
  },
  'POST /api/benchmarks/{id}/sources': {
    allowed: SECRETARIAT,
    make: async (c) => ({ url: `/api/benchmarks/${(await newBenchmark(c)).id}/sources`, body: { recommendationId: await buildRecommendation(c.s.t.db) } }),
  },
  'DELETE /api/benchmarks/{id}/sources/{recommendationId}': {
    allowed: SECRETARIAT,
    make: async (c) => {
      const b = await newBenchmark(c);
      const recommendationId = await buildRecommendation(c.s.t.db);
      await addSourceToBenchmark(c.s.t.db, SYSTEM, b.id, recommendationId);
      return { url: `/api/benchmarks/${b.id}/sources/${recommendationId}` };
    },
  },
};

async function newBenchmark(c: Ctx) {
  return createBenchmark(c.s.t.db, SYSTEM, { monitorName: 'National Human Rights Commission', code: `N-${c.n()}`, number: null, title: 'Establish a national preventive mechanism', timeframe: null, state: 'draft' });
}

async function draftRecommendation(c: Ctx): Promise<string> {
  return buildRecommendation(c.s.t.db, { documentId: await buildDocument(c.s.t.db, { state: 'draft' }), state: 'draft' });
}

async function newCase(c: Ctx): Promise<string> {
  const created = await createCase(c.s.t.db, SYSTEM, { label: `C.${c.n()}`, identity: null, personCount: 1, sex: 'unknown', categories: [], trialId: null, summary: '', benchmarkIds: [], recommendationIds: [] }, { on: '2024-01-01', rules: { pretrialLimitDays: 180, releaseFraction: 0.5 } });
  return created.id;
}

async function newIndicator(c: Ctx, caseCount: CaseCountDefinition | null = null) {
  return createIndicator(c.s.t.db, SYSTEM, { name: `Indicator ${c.n()}`, kind: 'outcome', unit: null, baseline: null, baselineOn: null, target: null, targetOn: null, description: '', caseCount, benchmarkIds: [c.benchmarkId], recommendationIds: [] });
}
async function newCall(c: Ctx) {
  return openCall(c.s.t.db, SYSTEM, { title: `Call ${c.n()}`, description: '', deadline: future(), benchmarkIds: [] });
}
async function actorOf(c: Ctx, role: Role): Promise<Actor> {
  const row = await c.s.t.db.selectFrom('users').select(['id', 'email', 'organisation_id', 'institution_id']).where('id', '=', c.users[role].id).executeTakeFirstOrThrow();
  return { kind: 'user', id: row.id, email: row.email, role, organisationId: row.organisation_id, institutionId: row.institution_id, language: 'en', sessionId: 'test' };
}

interface OpenApi {
  paths: Record<string, Record<string, { security?: unknown[] }>>;
}

describe('permission matrix', () => {
  let ctx: Ctx;
  let doc: OpenApi;
  const clients = new Map<Role, Client>();

  beforeAll(async () => {
    const s = await createTestServer();
    const db = s.t.db;
    const ministry = (await buildInstitution(db, 'Ministry of Justice')).id;
    const monitorId = await buildOrganisation(db, 'Special Rapporteur');
    const benchmarkId = await buildBenchmark(db, { monitorId });
    await assignInstitution(db, SYSTEM, { itemType: 'benchmark', itemId: benchmarkId, institutionId: ministry, role: 'lead' });
    const periodId = await buildPeriod(db, { monitorId, label: '2022-2023', startsOn: '2022-06-01', endsOn: '2023-06-30' });
    const organisationOf: Record<Role, string> = {
      admin: await buildOrganisation(db, 'Secretariat'),
      coordinator: await buildOrganisation(db, 'Secretariat'),
      'focal-point': await buildOrganisation(db, 'Royal Government'),
      contributor: await buildOrganisation(db, 'A civil-society organisation'),
      viewer: await buildOrganisation(db, 'Readers'),
    };
    const users = {} as Ctx['users'];
    for (const role of ROLES) {
      users[role] = await buildUser(db, role, { organisationId: organisationOf[role], ...(role === 'focal-point' ? { institutionId: ministry } : {}) });
      clients.set(role, await signIn(s.app, users[role].email, users[role].password));
    }
    let counter = 0;
    ctx = { s, ministry, benchmarkId, periodId, users, n: () => ++counter };
    doc = (await anonymous(s.app).request('GET', '/api/openapi.json')).json<OpenApi>();
  });
  afterAll(async () => ctx.s.close());

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ method: method.toUpperCase(), path, public: Array.isArray(op.security) && op.security.length === 0 })));

  it('lists every mutating operation of the OpenAPI document, and no other', () => {
    const mutating = operations().filter((o) => o.method !== 'GET').map((o) => `${o.method} ${o.path}`).sort();
    expect(Object.keys(MATRIX).sort()).toEqual(mutating);
  });

  for (const role of ROLES) {
    it(`${role}: each mutating operation is allowed or refused as the matrix says`, async () => {
      const outcomes: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const [key, entry] of Object.entries(MATRIX)) {
        const method = key.split(' ')[0] as Method;
        const call = await entry.make(ctx, role);
        const client = call.freshSession ? await signIn(ctx.s.app, ctx.users[role].email, ctx.users[role].password) : clients.get(role)!;
        const res = await client.request(method, call.url, call.body, call.headers);
        outcomes[key] = res.statusCode < 300 ? 'allowed' : res.statusCode === 403 ? 'refused' : `${res.statusCode} ${res.body.slice(0, 200)}`;
        expected[key] = entry.allowed[role] ? 'allowed' : 'refused';
      }
      expect(outcomes).toEqual(expected);
    });
  }

  it('answers 401 to an anonymous caller on every operation not marked public', async () => {
    const guarded = operations().filter((o) => !o.public);
    expect(guarded.length).toBeGreaterThan(20);
    const anon = anonymous(ctx.s.app);
    for (const op of guarded) {
      const url = op.path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      const res = await anon.request(op.method as 'GET' | Method, url, op.method === 'GET' ? undefined : {});
      expect(`${op.method} ${op.path} → ${res.statusCode}`).toBe(`${op.method} ${op.path} → 401`);
    }
  });

  it('keeps the policy pure: resource conditions decide for focal points and contributors', () => {
    const fp: Actor = { kind: 'user', id: 'u', email: 'e', role: 'focal-point', organisationId: 'gov', institutionId: 'moj', language: 'en', sessionId: 's' };
    expect(can(fp, 'action.edit', { institutionIds: ['moj'] })).toBe(true);
    expect(can(fp, 'action.edit', { institutionIds: ['moi'] })).toBe(false);
    expect(can(fp, 'assessment.record', { institutionIds: ['moj'], organisationId: 'ngo' })).toBe(false);
    expect(can({ ...fp, role: 'contributor' }, 'assessment.record', { organisationId: 'gov' })).toBe(true);
    expect(can({ kind: 'anonymous' }, 'submission.create')).toBe(true);
    expect(can({ kind: 'anonymous' }, 'internal.read')).toBe(false);
    expect(can(SYSTEM, 'user.manage')).toBe(true);
  });
});
