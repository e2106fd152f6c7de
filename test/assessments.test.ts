// Assessments over the API: four grades kept side by side and as a trend, corrections as
// new versions, moderation of contributors, and bad input refused with nothing stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_EVIDENCE_BYTES } from '../contracts/tracking.ts';
import { buildBenchmark, buildOrganisation, buildPeriod, buildUser } from './factories.ts';
import { anonymous, createTestServer, signIn, type Client, type TestServer } from './server.ts';

interface Grid {
  periods: { label: string; grades: { assessorName: string; grade: string; assessmentId: string }[] }[];
  trend: { assessorName: string; points: { label: string; grade: string }[] }[];
}

describe('assessments', () => {
  let s: TestServer;
  let coordinator: Client;
  let benchmarkId: string;
  let monitorId: string;
  let p1: string;
  let p2: string;

  const count = async (table: 'assessments' | 'evidence' | 'organisations') =>
    (await s.t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

  beforeAll(async () => {
    s = await createTestServer();
    monitorId = await buildOrganisation(s.t.db, 'Special Rapporteur on the situation of human rights in Cambodia');
    benchmarkId = await buildBenchmark(s.t.db, { monitorId, code: 'F', title: 'Free and fair elections' });
    p1 = await buildPeriod(s.t.db, { monitorId, label: '2022-2023', startsOn: '2022-06-01', endsOn: '2023-06-30' });
    p2 = await buildPeriod(s.t.db, { monitorId, label: '2024', startsOn: '2023-07-01', endsOn: '2024-06-30' });
    const user = await buildUser(s.t.db, 'coordinator');
    coordinator = await signIn(s.app, user.email, user.password);
  });
  afterAll(async () => s.close());

  it('keeps four grades (two periods × two assessors), side by side per period and as a trend', async () => {
    const grades = [
      { periodId: p1, assessorName: 'Special Rapporteur on the situation of human rights in Cambodia', grade: 'off-target' },
      { periodId: p1, assessorName: 'Cambodian Human Rights Committee', grade: 'variable' },
      { periodId: p2, assessorName: 'Special Rapporteur on the situation of human rights in Cambodia', grade: 'variable' },
      { periodId: p2, assessorName: 'Cambodian Human Rights Committee', grade: 'on-target' },
    ];
    for (const g of grades) {
      const res = await coordinator.request('POST', '/api/assessments', { itemType: 'benchmark', itemId: benchmarkId, ...g, narrative: 'Reasons.' });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json<{ state: string }>().state).toBe('published');
    }
    const grid = (await anonymous(s.app).request('GET', `/api/assessments/grid?itemType=benchmark&itemId=${benchmarkId}`)).json<Grid>();
    expect(grid.periods.map((p) => p.label)).toEqual(['2022-2023', '2024']);
    const side = (label: string) =>
      Object.fromEntries(grid.periods.find((p) => p.label === label)!.grades.map((g) => [g.assessorName, g.grade]));
    expect(side('2022-2023')).toEqual({ 'Special Rapporteur on the situation of human rights in Cambodia': 'off-target', 'Cambodian Human Rights Committee': 'variable' });
    expect(side('2024')).toEqual({ 'Special Rapporteur on the situation of human rights in Cambodia': 'variable', 'Cambodian Human Rights Committee': 'on-target' });
    const trend = Object.fromEntries(grid.trend.map((t) => [t.assessorName, t.points.map((p) => `${p.label}:${p.grade}`)]));
    expect(trend).toEqual({
      'Special Rapporteur on the situation of human rights in Cambodia': ['2022-2023:off-target', '2024:variable'],
      'Cambodian Human Rights Committee': ['2022-2023:variable', '2024:on-target'],
    });
    const all = await coordinator.request('GET', `/api/assessments?benchmarkId=${benchmarkId}`);
    expect(all.json<unknown[]>()).toHaveLength(4);
  });

  it('corrects by appending a new version that points at the old one', async () => {
    const grid = (await coordinator.request('GET', `/api/assessments/grid?itemType=benchmark&itemId=${benchmarkId}`)).json<Grid>();
    const old = grid.periods[1]!.grades.find((g) => g.assessorName === 'Cambodian Human Rights Committee')!;
    const fix = await coordinator.request('POST', '/api/assessments', {
      itemType: 'benchmark', itemId: benchmarkId, periodId: p2, assessorName: 'Cambodian Human Rights Committee', grade: 'variable', supersedesId: old.assessmentId,
    });
    expect(fix.statusCode, fix.body).toBe(201);
    const detail = (await coordinator.request('GET', `/api/assessments/${fix.json<{ id: string }>().id}`)).json<{ grade: string; history: { id: string; grade: string }[] }>();
    expect(detail.grade).toBe('variable');
    expect(detail.history.map((h) => [h.id, h.grade])).toEqual([[old.assessmentId, 'on-target']]);
    const oldDetail = (await coordinator.request('GET', `/api/assessments/${old.assessmentId}`)).json<{ supersededBy: string }>();
    expect(oldDetail.supersededBy).toBe(fix.json<{ id: string }>().id);
    const again = await coordinator.request('POST', '/api/assessments', {
      itemType: 'benchmark', itemId: benchmarkId, periodId: p2, assessorName: 'Cambodian Human Rights Committee', grade: 'off-target', supersedesId: old.assessmentId,
    });
    expect(again.statusCode).toBe(409);
    const after = (await anonymous(s.app).request('GET', `/api/assessments/grid?itemType=benchmark&itemId=${benchmarkId}`)).json<Grid>();
    expect(after.periods[1]!.grades.map((g) => g.grade).sort()).toEqual(['variable', 'variable']);
    expect(await count('assessments')).toBe(5);
  });

  it('keeps contributors pending until moderated, unless their organisation is trusted', async () => {
    const ngo = await buildOrganisation(s.t.db, 'LICADHO');
    const trustedOrg = await buildOrganisation(s.t.db, 'ADHOC', { trusted: true });
    const c1 = await buildUser(s.t.db, 'contributor', { organisationId: ngo });
    const c2 = await buildUser(s.t.db, 'contributor', { organisationId: trustedOrg });
    const pending = await (await signIn(s.app, c1.email, c1.password)).request('POST', '/api/assessments', { itemType: 'benchmark', itemId: benchmarkId, periodId: p2, grade: 'off-target' });
    expect(pending.json<{ state: string; assessorName: string }>()).toMatchObject({ state: 'pending', assessorName: 'LICADHO' });
    const trusted = await (await signIn(s.app, c2.email, c2.password)).request('POST', '/api/assessments', { itemType: 'benchmark', itemId: benchmarkId, periodId: p2, grade: 'variable' });
    expect(trusted.json<{ state: string }>().state).toBe('published');
    const foreign = await (await signIn(s.app, c1.email, c1.password)).request('POST', '/api/assessments', { itemType: 'benchmark', itemId: benchmarkId, periodId: p2, grade: 'variable', assessorId: trustedOrg });
    expect(foreign.statusCode).toBe(403);
    const id = pending.json<{ id: string }>().id;
    expect((await anonymous(s.app).request('GET', `/api/assessments/${id}`)).statusCode).toBe(404);
    const moderated = await coordinator.request('POST', `/api/assessments/${id}/moderation`, { decision: 'approve' });
    expect(moderated.json<{ state: string }>().state).toBe('published');
    expect((await anonymous(s.app).request('GET', `/api/assessments/${id}`)).statusCode).toBe(200);
    expect((await coordinator.request('POST', `/api/assessments/${id}/moderation`, { decision: 'reject' })).statusCode).toBe(409);
  });

  it('refuses bad input naming the field, and stores nothing', async () => {
    const before = { assessments: await count('assessments'), evidence: await count('evidence'), organisations: await count('organisations') };
    const base = { itemType: 'benchmark', itemId: benchmarkId, periodId: p1, assessorName: 'A New Assessor', grade: 'variable' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, grade: 'excellent' }, 'grade'],
      [{ ...base, grade: 'implemented' }, 'grade'],
      [{ ...base, periodId: '00000000-0000-4000-8000-000000000000' }, 'periodId'],
      [{ ...base, periodId: undefined, periodLabel: '1999' }, 'period'],
      [{ ...base, evidence: [{ kind: 'text', text: 'x'.repeat(MAX_EVIDENCE_BYTES + 1) }] }, 'evidence.0.text'],
      [{ ...base, evidence: [{ kind: 'text', text: 'fine' }, { kind: 'text', text: 'é'.repeat(MAX_EVIDENCE_BYTES / 2 + 1), confidential: true }] }, 'evidence.1.text'],
      [{ ...base, itemId: '00000000-0000-4000-8000-000000000000' }, 'itemId'],
      [{ ...base, evidence: [{ kind: 'url' }] }, 'evidence.0.url'],
    ];
    for (const [body, field] of cases) {
      const res = await coordinator.request('POST', '/api/assessments', body);
      expect(res.statusCode, `${field}: ${res.body.slice(0, 300)}`).toBe(400);
      const error = res.json<{ error: { field: string; message: string } }>().error;
      expect(error.field).toBe(field);
      expect(error.message).toContain(field);
    }
    expect({ assessments: await count('assessments'), evidence: await count('evidence'), organisations: await count('organisations') }).toEqual(before);
  });

  it('stores markup and script in text fields as text, byte for byte', async () => {
    const markup = '<script>alert("x")</script><img src=x onerror=alert(1)> & <b>bold</b>';
    const res = await coordinator.request('POST', '/api/assessments', {
      itemType: 'benchmark', itemId: benchmarkId, periodId: p1, assessorName: 'Markup Tester', grade: 'variable', narrative: markup, evidence: [{ kind: 'text', text: markup }],
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const got = (await anonymous(s.app).request('GET', `/api/assessments/${res.json<{ id: string }>().id}`)).json<{ narrative: string; evidence: { text: string }[] }>();
    expect(got.narrative).toBe(markup);
    expect(got.evidence[0]!.text).toBe(markup);
  });

  it('lists periods publicly and adds one, refusing an end before the start', async () => {
    const periods = (await anonymous(s.app).request('GET', '/api/periods')).json<{ label: string }[]>();
    expect(periods.map((p) => p.label)).toEqual(['2022-2023', '2024']);
    const bad = await coordinator.request('POST', '/api/periods', { label: '2025', startsOn: '2025-07-01', endsOn: '2024-06-30', monitorId });
    expect(bad.json<{ error: { field: string } }>().error.field).toBe('endsOn');
    const ok = await coordinator.request('POST', '/api/periods', { label: '2025', startsOn: '2024-07-01', endsOn: '2025-06-30', monitorId });
    expect(ok.statusCode).toBe(201);
    expect((await coordinator.request('POST', '/api/periods', { label: '2025', startsOn: '2024-07-01', endsOn: '2025-06-30', monitorId })).statusCode).toBe(409);
  });
});
