import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, createTestServer, signIn, type TestServer } from '../server.ts';
import { buildAssessment, buildBenchmark, buildDocument, buildOrganisation, buildPeriod, buildRecommendation, buildUser } from '../factories.ts';
import type { BenchmarkDetail, BenchmarkSummary, DocumentDetail, RecommendationDetail } from '../../contracts/records.ts';
import type { Dashboard } from '../../contracts/dashboard.ts';

describe('record pages and dashboard API', () => {
  let s: TestServer;
  let rec: string;
  let bench: string;
  let doc: string;

  beforeAll(async () => {
    s = await createTestServer();
    const db = s.t.db;
    doc = await buildDocument(db, {
      symbol: 'CCPR/C/KHM/CO/3',
      mechanism: 'treaty-body',
      paragraphs: [1, 2, 3, 4, 5, 6, 7].map((n) => ({ ref: String(30 + n), text: `Paragraph ${30 + n} text.` })),
    });
    rec = await buildRecommendation(db, { documentId: doc, ref: '35', paragraphRef: '35', text: 'Guarantee freedom of expression.' });
    const other = await buildRecommendation(db, { ref: '110.4', text: 'Protect journalists.' });
    await db.insertInto('recommendation_links').values({ from_id: rec, to_id: other, kind: 'related', score: 0.8 }).execute();
    const monitor = await buildOrganisation(db, 'Special Rapporteur on Cambodia');
    const report2022 = await buildDocument(db, { symbol: 'A/HRC/51/66', date: '2022-07-01', mechanism: 'special-procedure' });
    const report2023 = await buildDocument(db, { symbol: 'A/HRC/54/75', date: '2023-07-01', mechanism: 'special-procedure' });
    bench = await buildBenchmark(db, { monitorId: monitor, code: 'B', number: 2, title: 'Release detained human rights defenders', documentId: report2022, sources: [rec] });
    await db.insertInto('benchmark_wordings').values({ benchmark_id: bench, document_id: report2023, code: 'B', number: 2, title: 'Release detained human rights defenders (2023 wording)' }).execute();
    const f = await buildBenchmark(db, { monitorId: monitor, code: 'F', number: 6, title: 'Ensure free elections', documentId: report2022 });
    const period = await buildPeriod(db, { monitorId: monitor, label: '2022-2023', startsOn: '2022-06-01', endsOn: '2023-06-30' });
    await buildAssessment(db, {
      benchmarkId: bench, periodId: period, assessorId: monitor, grade: 'off-target',
      evidence: [{ text: 'Paragraph 30 of the report', paragraphRef: '30', documentId: report2023 }, { text: 'Name of a source at risk', confidential: true }],
    });
    await buildAssessment(db, { benchmarkId: f, periodId: period, assessorId: monitor, grade: 'variable' });
  });
  afterAll(async () => s.close());

  it('shows a recommendation with its source paragraph in context, links and benchmarks', async () => {
    const res = await anonymous(s.app).request('GET', `/api/recommendations/${rec}`);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json<RecommendationDetail>();
    expect(r.document.symbol).toBe('CCPR/C/KHM/CO/3');
    expect(r.source?.paragraphRef).toBe('35');
    expect(r.source?.paragraphs.map((p) => p.ref)).toEqual(['33', '34', '35', '36', '37']);
    expect(r.related.map((l) => l.ref)).toEqual(['110.4']);
    expect(r.benchmarks).toEqual([{ id: bench, code: 'B', number: 2, title: 'Release detained human rights defenders (2023 wording)' }]);
  });

  it('answers 404 for unknown ids and 400 for malformed ones', async () => {
    expect((await anonymous(s.app).request('GET', '/api/recommendations/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await anonymous(s.app).request('GET', '/api/benchmarks/nope')).statusCode).toBe(400);
  });

  it('withholds confidential evidence from the public and shows it, audited, to a coordinator', async () => {
    const pub = (await anonymous(s.app).request('GET', `/api/benchmarks/${bench}`)).json<BenchmarkDetail>();
    expect(pub.wordings.map((w) => w.document.symbol)).toEqual(['A/HRC/51/66', 'A/HRC/54/75']);
    expect(pub.sources.map((x) => x.ref)).toEqual(['35']);
    expect(pub.assessments[0]?.evidence.map((e) => e.text)).toEqual(['Paragraph 30 of the report']);
    expect(pub.assessments[0]?.withheld).toBe(1);
    expect(JSON.stringify(pub)).not.toContain('at risk');

    const viewer = await buildUser(s.t.db, 'viewer');
    const asViewer = (await (await signIn(s.app, viewer.email, viewer.password)).request('GET', `/api/benchmarks/${bench}`)).json<BenchmarkDetail>();
    expect(asViewer.assessments[0]?.withheld).toBe(1);

    const coordinator = await buildUser(s.t.db, 'coordinator');
    const cleared = (await (await signIn(s.app, coordinator.email, coordinator.password)).request('GET', `/api/benchmarks/${bench}`)).json<BenchmarkDetail>();
    expect(cleared.assessments[0]?.evidence.map((e) => e.confidential)).toEqual([false, true]);
    const events = await s.t.db.selectFrom('audit_events').select(['action', 'entity_id']).where('action', '=', 'read-confidential').execute();
    expect(events).toEqual([{ action: 'read-confidential', entity_id: bench }]);
  });

  it('lists benchmarks and documents', async () => {
    const list = (await anonymous(s.app).request('GET', '/api/benchmarks')).json<{ items: BenchmarkSummary[] }>();
    expect(list.items.map((b) => `${b.code}:${b.latestGrade?.grade ?? ''}`)).toEqual(['B:off-target', 'F:variable']);
    const docs = (await anonymous(s.app).request('GET', '/api/documents')).json<{ items: { symbol: string }[] }>();
    expect(docs.items.map((d) => d.symbol)).toContain('CCPR/C/KHM/CO/3');
    const detail = (await anonymous(s.app).request('GET', `/api/documents/${doc}`)).json<DocumentDetail>();
    expect(detail.paragraphs).toHaveLength(7);
    expect(detail.recommendations.map((r) => r.paragraphRef)).toEqual(['35']);
  });

  it('builds the scorecard of the latest period with the change since the report that set the benchmarks', async () => {
    const d = (await anonymous(s.app).request('GET', '/api/dashboard')).json<Dashboard>();
    const card = d.scorecards[0]!;
    expect(card.period.label).toBe('2022-2023');
    expect(card.since).toEqual({ label: '2022', document: 'A/HRC/51/66' });
    expect(card.rows.map((r) => `${r.code}:${r.label}:${r.change}`)).toEqual(['B:Off target:first', 'F:Variable:first']);
    expect(card.totals.map((t) => `${t.grade}:${t.count}`)).toEqual(['variable:1', 'off-target:1']);
    expect(card.changes.first).toBe(2);
    expect(d.recommendations).toBe(2);
    expect(d.byStatus).toEqual([{ key: 'none', label: 'none', count: 2 }]);
  });
});
