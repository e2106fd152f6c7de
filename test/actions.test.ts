// Actions and indicators over the API: optimistic concurrency (one 409, nothing lost),
// dates checked, overdue computed, focal points limited to their institution, and
// indicator values over time with their sources.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, today } from '../server/presenters/action.presenter.ts';
import { buildBenchmark, buildInstitution, buildRecommendation, buildUser } from './factories.ts';
import { createTestServer, signIn, type Client, type TestServer } from './server.ts';

interface Action {
  id: string;
  title: string;
  description: string;
  status: string;
  version: number;
  overdue: boolean;
  dueSoon: boolean;
}

describe('actions and indicators', () => {
  let s: TestServer;
  let coordinator: Client;
  let ministry: string;
  let recommendationId: string;

  beforeAll(async () => {
    s = await createTestServer();
    ministry = (await buildInstitution(s.t.db, 'Ministry of Justice')).id;
    recommendationId = await buildRecommendation(s.t.db);
    const user = await buildUser(s.t.db, 'coordinator');
    coordinator = await signIn(s.app, user.email, user.password);
  });
  afterAll(async () => s.close());

  it('lets one of two concurrent editors win; the other gets 409 with the current version, and nothing is lost', async () => {
    const created = await coordinator.request('POST', '/api/actions', { title: 'Reduce pre-trial detention', institutionId: ministry, startsOn: '2024-01-01', dueOn: '2024-12-31', recommendationIds: [recommendationId] });
    expect(created.statusCode, created.body).toBe(201);
    const action = created.json<Action>();
    const other = await buildUser(s.t.db, 'coordinator');
    const second = await signIn(s.app, other.email, other.password);
    const [a, b] = await Promise.all([
      coordinator.request('PATCH', `/api/actions/${action.id}`, { version: action.version, status: 'in-progress' }),
      second.request('PATCH', `/api/actions/${action.id}`, { version: action.version, description: 'Bail hearings within 48 hours.' }),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    const loserClient = a.statusCode === 409 ? coordinator : second;
    const loserChange = a.statusCode === 409 ? { status: 'in-progress' } : { description: 'Bail hearings within 48 hours.' };
    const error = loser.json<{ error: { code: string; details: { currentVersion: number; current: Action } } }>().error;
    expect(error.code).toBe('conflict');
    expect(error.details.currentVersion).toBe(action.version + 1);
    const retry = await loserClient.request('PATCH', `/api/actions/${action.id}`, { version: error.details.currentVersion, ...loserChange });
    expect(retry.statusCode).toBe(200);
    const final = (await coordinator.request('GET', `/api/actions/${action.id}`)).json<Action>();
    expect(final).toMatchObject({ status: 'in-progress', description: 'Bail hearings within 48 hours.', version: action.version + 2 });
  });

  it('refuses a due date before the start date, naming the field, and stores nothing', async () => {
    const before = (await coordinator.request('GET', '/api/actions')).json<Action[]>().length;
    const res = await coordinator.request('POST', '/api/actions', { title: 'Backwards', institutionId: ministry, startsOn: '2024-06-01', dueOn: '2024-05-01' });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { field: string; message: string } }>().error).toMatchObject({ field: 'dueOn' });
    const created = (await coordinator.request('POST', '/api/actions', { title: 'Forwards', institutionId: ministry, startsOn: '2024-06-01', dueOn: '2024-07-01' })).json<Action>();
    const patch = await coordinator.request('PATCH', `/api/actions/${created.id}`, { version: created.version, dueOn: '2024-01-01' });
    expect(patch.json<{ error: { field: string } }>().error.field).toBe('dueOn');
    expect((await coordinator.request('GET', '/api/actions')).json<Action[]>().length).toBe(before + 1);
  });

  it('computes overdue and due soon from today', async () => {
    const t = today();
    const make = async (title: string, dueOn: string, status = 'planned') =>
      (await coordinator.request('POST', '/api/actions', { title, institutionId: ministry, dueOn, status })).json<Action>();
    expect(await make('Late', addDays(t, -3))).toMatchObject({ overdue: true, dueSoon: false });
    expect(await make('Soon', addDays(t, 10))).toMatchObject({ overdue: false, dueSoon: true });
    expect(await make('Later', addDays(t, 90))).toMatchObject({ overdue: false, dueSoon: false });
    expect(await make('Done', addDays(t, -3), 'completed')).toMatchObject({ overdue: false, dueSoon: false });
    const due = (await coordinator.request('GET', '/api/actions?dueWithinDays=30')).json<Action[]>().map((a) => a.title);
    expect(due).toContain('Late');
    expect(due).toContain('Soon');
    expect(due).not.toContain('Later');
    expect(due).not.toContain('Done');
  });

  it('lets a focal point edit its own institution\u2019s actions and indicators only', async () => {
    const interior = (await buildInstitution(s.t.db, 'Ministry of Interior')).id;
    const fp = await buildUser(s.t.db, 'focal-point', { institutionId: ministry });
    const focal = await signIn(s.app, fp.email, fp.password);
    expect((await focal.request('POST', '/api/actions', { title: 'Own', institutionId: ministry })).statusCode).toBe(201);
    expect((await focal.request('POST', '/api/actions', { title: 'Not own', institutionId: interior })).statusCode).toBe(403);
    const benchmarkId = await buildBenchmark(s.t.db);
    expect((await focal.request('POST', '/api/indicators', { name: 'Unassigned', kind: 'outcome', benchmarkIds: [benchmarkId] })).statusCode).toBe(403);
    await coordinator.request('POST', '/api/assignments', { itemType: 'benchmark', itemId: benchmarkId, institutionId: ministry, role: 'lead' });
    expect((await focal.request('POST', '/api/indicators', { name: 'Assigned', kind: 'outcome', benchmarkIds: [benchmarkId] })).statusCode).toBe(201);
  });

  it('keeps indicator values over time, each with its date and source', async () => {
    const benchmarkId = await buildBenchmark(s.t.db);
    const prison = (await coordinator.request('POST', '/api/indicators', { name: 'Prison population against capacity', kind: 'outcome', unit: 'persons', target: 8800, benchmarkIds: [benchmarkId] })).json<{ id: string; version: number }>();
    const v = await coordinator.request('POST', `/api/indicators/${prison.id}/values`, { value: 38944, observedOn: '2023-12-31', sourceText: 'Special Rapporteur, A/HRC/54/75' });
    expect(v.statusCode).toBe(201);
    const women = (await coordinator.request('POST', '/api/indicators', { name: 'Women commune councillors', kind: 'outcome', unit: '%' })).json<{ id: string }>();
    await coordinator.request('POST', `/api/indicators/${women.id}/values`, { value: 22.04, observedOn: '2022-06-05', sourceText: 'NEC, commune elections 2022' });
    await coordinator.request('POST', `/api/indicators/${women.id}/values`, { value: 16.9, observedOn: '2017-06-04', sourceText: 'NEC, commune elections 2017' });
    const got = (await coordinator.request('GET', `/api/indicators/${women.id}`)).json<{ values: { value: number; observedOn: string }[] }>();
    expect(got.values.map((x) => [x.observedOn, x.value])).toEqual([['2017-06-04', 16.9], ['2022-06-05', 22.04]]);
    const list = (await coordinator.request('GET', `/api/indicators?benchmarkId=${benchmarkId}`)).json<{ name: string; target: number; values: { value: number }[] }[]>();
    expect(list).toEqual([expect.objectContaining({ name: 'Prison population against capacity', target: 8800, values: [expect.objectContaining({ value: 38944 })] })]);
    const stale = await coordinator.request('PATCH', `/api/indicators/${prison.id}`, { version: prison.version + 5, target: 9000 });
    expect(stale.statusCode).toBe(409);
  });
});
