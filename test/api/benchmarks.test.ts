// Benchmarks a monitor derives itself, through the API on the real database (PGlite, or
// PostgreSQL with DATABASE_URL): creating one, changing it under its version, adding and
// removing the recommendations it rests on, refusals that name the field and store
// nothing, the audit trail, who sees drafts, and its own title wherever benchmarks show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchmarkRecord, BenchmarkSource } from '../../contracts/benchmarks.ts';
import type { Dashboard } from '../../contracts/dashboard.ts';
import type { BenchmarkDetail, BenchmarkSummary, RecommendationDetail } from '../../contracts/records.ts';
import type { RelatedRecommendation } from '../../contracts/tagging.ts';
import { buildScorecard } from '../../server/services/build-scorecard.ts';
import { collectPublicRecord, toCsv } from '../../server/services/export-public-record.ts';
import { onPostgres } from '../db.ts';
import { buildAssessment, buildBenchmark, buildDocument, buildOrganisation, buildPeriod, buildRecommendation, buildUser } from '../factories.ts';
import { anonymous, createTestServer, signIn, type Client, type TestServer } from '../server.ts';

interface ErrorBody {
  error: { code: string; message: string; field?: string; details?: { currentVersion?: number; current?: BenchmarkRecord } };
}

const TITLE = 'Establish an independent national preventive mechanism against torture';

describe(`benchmarks a monitor derives (${onPostgres ? 'postgres' : 'pglite'})`, () => {
  let s: TestServer;
  let coordinator: Client;
  let admin: Client;
  let viewer: Client;
  let contributor: Client;
  let coordinatorEmail = '';
  let nhri = '';
  let torture = '';
  let prisons = '';
  let unrelated = '';
  let draftRec = '';

  const benchmarkCount = async () => Number((await s.t.db.selectFrom('benchmarks').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const auditOf = async (id: string) =>
    s.t.db.selectFrom('audit_events').select(['action', 'actor_label as actor', 'before', 'after']).where('entity', '=', 'benchmark').where('entity_id', '=', id).orderBy('id').execute();
  const create = async (client: Client, body: Record<string, unknown>) => client.request('POST', '/api/benchmarks', { monitorId: nhri, ...body });

  beforeAll(async () => {
    s = await createTestServer();
    const db = s.t.db;
    nhri = await buildOrganisation(db, 'National Human Rights Commission');
    const cat = await buildDocument(db, { symbol: 'CAT/C/KHM/CO/3', mechanism: 'treaty-body', body: 'CAT' });
    torture = await buildRecommendation(db, { documentId: cat, ref: '12', text: 'Establish an independent national preventive mechanism with the resources to visit every place of detention and prevent torture.' });
    prisons = await buildRecommendation(db, { documentId: cat, ref: '20', text: 'Ensure that the national preventive mechanism against torture is independent and visits prisons without notice.' });
    unrelated = await buildRecommendation(db, { ref: '55', text: 'Increase the budget share of primary education in rural provinces.' });
    draftRec = await buildRecommendation(db, { documentId: await buildDocument(db, { state: 'draft' }), state: 'draft', text: 'A recommendation still in review.' });
    const coordinatorUser = await buildUser(db, 'coordinator');
    coordinatorEmail = coordinatorUser.email;
    coordinator = await signIn(s.app, coordinatorUser.email, coordinatorUser.password);
    const adminUser = await buildUser(db, 'admin');
    admin = await signIn(s.app, adminUser.email, adminUser.password);
    const viewerUser = await buildUser(db, 'viewer');
    viewer = await signIn(s.app, viewerUser.email, viewerUser.password);
    const contributorUser = await buildUser(db, 'contributor');
    contributor = await signIn(s.app, contributorUser.email, contributorUser.password);
  });
  afterAll(async () => s.close());

  it('creates a draft benchmark of a monitor named by id or by name, audited, seen by signed-in readers only', async () => {
    const res = await create(coordinator, { code: 'NPM', number: 1, title: `  ${TITLE} `, timeframe: '2025–2026' });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json<BenchmarkRecord>();
    expect(created).toMatchObject({ monitor: { id: nhri, name: 'National Human Rights Commission' }, code: 'NPM', number: 1, title: TITLE, timeframe: '2025–2026', state: 'draft', version: 1 });
    expect(await auditOf(created.id)).toEqual([{ action: 'create', actor: coordinatorEmail, before: null, after: created }]);

    expect((await anonymous(s.app).request('GET', `/api/benchmarks/${created.id}`)).statusCode).toBe(404);
    expect((await anonymous(s.app).request('GET', '/api/benchmarks')).json<{ items: BenchmarkSummary[] }>().items.map((b) => b.id)).not.toContain(created.id);
    expect((await anonymous(s.app).request('GET', '/api/benchmarks?state=draft')).statusCode).toBe(401);
    expect((await anonymous(s.app).request('GET', '/api/benchmarks/export?format=json&state=draft')).statusCode).toBe(401);
    const seen = await viewer.request('GET', `/api/benchmarks/${created.id}`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json<BenchmarkDetail>()).toMatchObject({ title: TITLE, ownTitle: TITLE, timeframe: '2025–2026', state: 'draft', version: 1, wordings: [], sources: [] });
    expect((await viewer.request('GET', '/api/benchmarks?state=draft')).json<{ items: BenchmarkSummary[] }>().items.map((b) => [b.code, b.title])).toEqual([['NPM', TITLE]]);

    const byName = await create(admin, { monitorId: undefined, monitorName: 'Coalition of Cambodian NGOs', code: 'C-1', title: 'Repeal the law on associations', state: 'published' });
    expect(byName.statusCode, byName.body).toBe(201);
    expect(byName.json<BenchmarkRecord>()).toMatchObject({ monitor: { name: 'Coalition of Cambodian NGOs' }, code: 'C-1', number: null, timeframe: null, state: 'published' });
    expect((await anonymous(s.app).request('GET', `/api/benchmarks/${byName.json<BenchmarkRecord>().id}`)).json<BenchmarkDetail>().title).toBe('Repeal the law on associations');
  });

  it('refuses bad input with the field named, and stores nothing', async () => {
    const before = await benchmarkCount();
    const events = await s.t.db.selectFrom('audit_events').select('id').execute();
    const refusal = async (body: Record<string, unknown>, client = coordinator) => {
      const res = await create(client, body);
      const e = res.json<ErrorBody>().error;
      return [res.statusCode, e.code, e.field];
    };
    expect(await refusal({ code: 'npm', title: 'Another wording' })).toEqual([409, 'conflict', 'code']);
    expect(await refusal({ code: 'NPM-2', number: 1, title: 'Another wording' })).toEqual([409, 'conflict', 'number']);
    expect(await refusal({ code: 'X', title: '   ' })).toEqual([400, 'bad-input', 'title']);
    expect(await refusal({ code: 'X', title: '' })).toEqual([400, 'bad-input', 'title']);
    expect(await refusal({ code: ' ', title: 'A title' })).toEqual([400, 'bad-input', 'code']);
    expect(await refusal({ title: 'A title' })).toEqual([400, 'bad-input', 'code']);
    expect(await refusal({ monitorId: '00000000-0000-4000-8000-000000000000', code: 'X', title: 'A title' })).toEqual([400, 'bad-input', 'monitorId']);
    expect(await refusal({ monitorId: undefined, code: 'X', title: 'A title' })).toEqual([400, 'bad-input', 'monitorId']);
    expect(await refusal({ code: 'X', title: 'A title', state: 'discarded' })).toEqual([400, 'bad-input', 'state']);
    expect((await create(contributor, { code: 'X', title: 'A title' })).statusCode).toBe(403);
    expect((await create(anonymous(s.app), { code: 'X', title: 'A title' })).statusCode).toBe(401);
    expect(await benchmarkCount()).toBe(before);
    expect(await s.t.db.selectFrom('audit_events').select('id').execute()).toHaveLength(events.length);
    const message = (await create(coordinator, { code: 'npm', title: 'Another wording' })).json<ErrorBody>().error.message;
    expect(message).toBe('code: this monitor already has a benchmark "npm"');
  });

  it('changes its own fields under its version: 409 with the current version when stale, the field named on a clash', async () => {
    const id = (await create(coordinator, { code: 'VISITS', title: 'Open prisons to independent visits' })).json<BenchmarkRecord>().id;
    const changed = await coordinator.request('PATCH', `/api/benchmarks/${id}`, { version: 1, title: 'Open every place of detention to independent visits', timeframe: 'By 2026', state: 'published' });
    expect(changed.statusCode, changed.body).toBe(200);
    const after = changed.json<BenchmarkRecord>();
    expect(after).toMatchObject({ title: 'Open every place of detention to independent visits', timeframe: 'By 2026', state: 'published', version: 2 });
    const trail = await auditOf(id);
    expect(trail.map((e) => e.action)).toEqual(['create', 'update']);
    expect(trail[1]).toMatchObject({ before: { title: 'Open prisons to independent visits', version: 1 }, after });

    const stale = await coordinator.request('PATCH', `/api/benchmarks/${id}`, { version: 1, timeframe: 'By 2030' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorBody>().error).toMatchObject({ code: 'conflict', field: 'version', details: { currentVersion: 2, current: { timeframe: 'By 2026' } } });
    const clash = await coordinator.request('PATCH', `/api/benchmarks/${id}`, { version: 2, code: 'Npm' });
    expect(clash.json<ErrorBody>().error).toMatchObject({ code: 'conflict', field: 'code' });
    const noTitle = await coordinator.request('PATCH', `/api/benchmarks/${id}`, { version: 2, title: null });
    expect([noTitle.statusCode, noTitle.json<ErrorBody>().error.field]).toEqual([400, 'title']);
    const blank = await coordinator.request('PATCH', `/api/benchmarks/${id}`, { version: 2, title: ' ' });
    expect([blank.statusCode, blank.json<ErrorBody>().error.field]).toEqual([400, 'title']);
    expect((await coordinator.request('PATCH', '/api/benchmarks/00000000-0000-4000-8000-000000000000', { version: 1, title: 'x' })).statusCode).toBe(404);
    expect((await viewer.request('PATCH', `/api/benchmarks/${id}`, { version: 2, title: 'x' })).statusCode).toBe(403);
    // Nothing of the refused changes was stored.
    expect((await anonymous(s.app).request('GET', `/api/benchmarks/${id}`)).json<BenchmarkDetail>()).toMatchObject({ code: 'VISITS', title: 'Open every place of detention to independent visits', timeframe: 'By 2026', version: 2 });
    expect((await auditOf(id)).map((e) => e.action)).toEqual(['create', 'update']);
    // Keeping one's own code is no clash.
    expect((await coordinator.request('PATCH', `/api/benchmarks/${id}`, { version: 2, code: 'visits' })).json<BenchmarkRecord>()).toMatchObject({ code: 'visits', version: 3 });
  });

  it('proposes recommendations by its own title, and adds and removes them as sources (origin manual), audited', async () => {
    const id = (await create(coordinator, { code: 'NPM-P', title: TITLE, state: 'published' })).json<BenchmarkRecord>().id;
    const proposed = (await anonymous(s.app).request('GET', `/api/benchmarks/${id}/related`)).json<{ related: (RelatedRecommendation & { isSource: boolean })[] }>().related;
    expect(proposed.slice(0, 2).map((r) => r.id).sort()).toEqual([torture, prisons].sort());
    expect(proposed.map((r) => r.id)).not.toContain(unrelated);
    expect(proposed.every((r) => !r.isSource)).toBe(true);

    for (const rec of [torture, prisons]) {
      const added = await coordinator.request('POST', `/api/benchmarks/${id}/sources`, { recommendationId: rec });
      expect(added.statusCode, added.body).toBe(201);
      expect(added.json<BenchmarkSource>()).toEqual({ benchmarkId: id, recommendationId: rec, origin: 'manual' });
    }
    const detail = (await anonymous(s.app).request('GET', `/api/benchmarks/${id}`)).json<BenchmarkDetail>();
    expect(detail.sources.map((x) => [x.ref, x.origin]).sort()).toEqual([['12', 'manual'], ['20', 'manual']]);
    expect(detail.sourceCount).toBe(2);
    const flagged = (await anonymous(s.app).request('GET', `/api/benchmarks/${id}/related`)).json<{ related: { id: string; isSource: boolean }[] }>().related;
    expect(flagged.filter((r) => r.isSource).map((r) => r.id).sort()).toEqual([torture, prisons].sort());
    const onRecommendation = (await anonymous(s.app).request('GET', `/api/recommendations/${torture}`)).json<RecommendationDetail>();
    expect(onRecommendation.benchmarks).toContainEqual({ id, code: 'NPM-P', number: null, title: TITLE });

    const twice = await coordinator.request('POST', `/api/benchmarks/${id}/sources`, { recommendationId: torture });
    expect([twice.statusCode, twice.json<ErrorBody>().error.field]).toEqual([409, 'recommendationId']);
    const unknown = await coordinator.request('POST', `/api/benchmarks/${id}/sources`, { recommendationId: '00000000-0000-4000-8000-000000000000' });
    expect([unknown.statusCode, unknown.json<ErrorBody>().error.field]).toEqual([400, 'recommendationId']);
    const inReview = await coordinator.request('POST', `/api/benchmarks/${id}/sources`, { recommendationId: draftRec });
    expect([inReview.statusCode, inReview.json<ErrorBody>().error.field]).toEqual([400, 'recommendationId']);
    expect((await coordinator.request('POST', '/api/benchmarks/00000000-0000-4000-8000-000000000000/sources', { recommendationId: torture })).statusCode).toBe(404);
    expect((await contributor.request('POST', `/api/benchmarks/${id}/sources`, { recommendationId: unrelated })).statusCode).toBe(403);

    const removed = await coordinator.request('DELETE', `/api/benchmarks/${id}/sources/${prisons}`);
    expect(removed.statusCode, removed.body).toBe(204);
    const again = await coordinator.request('DELETE', `/api/benchmarks/${id}/sources/${prisons}`);
    expect([again.statusCode, again.json<ErrorBody>().error.field]).toEqual([404, 'recommendationId']);
    expect((await viewer.request('DELETE', `/api/benchmarks/${id}/sources/${torture}`)).statusCode).toBe(403);
    expect((await anonymous(s.app).request('GET', `/api/benchmarks/${id}`)).json<BenchmarkDetail>().sources.map((x) => x.id)).toEqual([torture]);

    const trail = await auditOf(id);
    expect(trail.map((e) => e.action)).toEqual(['create', 'add-source', 'add-source', 'remove-source']);
    expect(trail[3]).toMatchObject({ before: { benchmarkId: id, recommendationId: prisons, origin: 'manual' }, after: null });
  });

  it('removes a source a report cited, and keeps the report\'s wording before an own title', async () => {
    const monitor = await buildOrganisation(db(), 'Special Rapporteur on Cambodia');
    const report = await buildDocument(db(), { symbol: 'A/HRC/51/66', mechanism: 'special-procedure' });
    const id = await buildBenchmark(db(), { monitorId: monitor, code: 'G', number: 7, title: 'Prevent torture in custody', documentId: report, sources: [torture] });
    const before = (await coordinator.request('GET', `/api/benchmarks/${id}`)).json<BenchmarkDetail>();
    expect(before.sources.map((x) => x.origin)).toEqual(['imported']);
    const renamed = await coordinator.request('PATCH', `/api/benchmarks/${id}`, { version: before.version, title: 'Our own wording of G' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const after = (await anonymous(s.app).request('GET', `/api/benchmarks/${id}`)).json<BenchmarkDetail>();
    expect([after.title, after.ownTitle]).toEqual(['Prevent torture in custody', 'Our own wording of G']);
    // A benchmark a report words may drop its own title.
    expect((await coordinator.request('PATCH', `/api/benchmarks/${id}`, { version: after.version, title: null })).json<BenchmarkRecord>().title).toBeNull();
    expect((await coordinator.request('DELETE', `/api/benchmarks/${id}/sources/${torture}`)).statusCode).toBe(204);
    expect((await anonymous(s.app).request('GET', `/api/benchmarks/${id}`)).json<BenchmarkDetail>().sources).toEqual([]);
  });

  it('shows its own title on the dashboard, in the scorecard report and in the public export', async () => {
    const created = (await create(coordinator, { code: 'R', number: 3, title: 'Guarantee the independence of the judiciary', timeframe: '2024–2025', state: 'published' })).json<BenchmarkRecord>();
    const period = await buildPeriod(db(), { monitorId: nhri, label: '2024-2025', startsOn: '2024-01-01', endsOn: '2025-12-31' });
    await buildAssessment(db(), { benchmarkId: created.id, periodId: period, assessorId: nhri, grade: 'variable' });

    const dashboard = (await anonymous(s.app).request('GET', '/api/dashboard')).json<Dashboard>();
    const card = dashboard.scorecards.find((c) => c.monitor.id === nhri);
    expect(card?.rows.map((r) => [r.code, r.title])).toEqual([['R', 'Guarantee the independence of the judiciary']]);

    const { report } = await buildScorecard(db(), 'public', { monitor: 'National Human Rights Commission' });
    expect(report.benchmarks.map((b) => [b.code, b.title, b.timeframe])).toContainEqual(['R', 'Guarantee the independence of the judiciary', '2024–2025']);
    // Drafts stay out of the public report.
    expect(report.benchmarks.map((b) => b.code)).not.toContain('NPM');

    const record = await collectPublicRecord(db());
    expect(record.benchmarks.find((b) => b.id === created.id)?.title).toBe('Guarantee the independence of the judiciary');
    expect(record.benchmarks.map((b) => b.code)).not.toContain('NPM');
    expect(toCsv(record)).toContain(',R,Guarantee the independence of the judiciary,');
  });

  const db = () => s.t.db;
});
