import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, anonymous, type TestServer } from '../server.ts';
import { buildAssessment, buildDocument, buildOrganisation, buildPeriod, buildRecommendation } from '../factories.ts';
import type { SearchResult } from '../../contracts/search.ts';

describe('GET /api/search', () => {
  let s: TestServer;
  let ccpr35: string;
  let draft: string;

  beforeAll(async () => {
    s = await createTestServer();
    const db = s.t.db;
    const co = await buildDocument(db, { symbol: 'CCPR/C/KHM/CO/3', mechanism: 'treaty-body', body: 'CCPR', title: 'Concluding observations on the third periodic report of Cambodia' });
    const upr = await buildDocument(db, { symbol: 'A/HRC/41/17', mechanism: 'upr', title: 'Report of the Working Group on the UPR: Cambodia', session: 32, date: '2019-04-03' });
    ccpr35 = await buildRecommendation(db, { documentId: co, ref: '35', text: 'Ensure that everyone can freely exercise the right to freedom of expression, and decriminalize defamation.', tags: [{ taxonomy: 'uhri', label: 'Freedom of opinion and expression' }, { taxonomy: 'sdg', label: '16.10' }] });
    await buildRecommendation(db, { documentId: co, ref: '11', text: 'Review the laws on states of emergency.', tags: [{ taxonomy: 'uhri-affected', label: 'general' }] });
    await buildRecommendation(db, { documentId: upr, ref: '110.1', text: 'Guarantee freedom of the press and expression of journalists.', position: 'supported', states: ['FRA', 'DEU'] });
    await buildRecommendation(db, { documentId: upr, ref: '110.2', text: 'Expression of freedom in all its forms for all.', position: 'noted', states: ['USA'] });
    draft = await buildRecommendation(db, { documentId: upr, ref: '110.3', text: 'A draft about freedom of expression.', state: 'draft' });
    const monitor = await buildOrganisation(db, 'Test monitor');
    const period = await buildPeriod(db, { monitorId: monitor, label: '2022-2023', startsOn: '2022-06-01', endsOn: '2023-06-30' });
    await buildAssessment(db, { recommendationId: ccpr35, periodId: period, assessorId: monitor, scale: 'implementation', grade: 'not-implemented' });
  });
  afterAll(async () => s.close());

  const search = async (qs: string) => {
    const res = await anonymous(s.app).request('GET', `/api/search?${qs}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<SearchResult>();
  };

  it('finds a phrase in quotes, never a draft, with facets counted over the result set', async () => {
    const r = await search(`q=${encodeURIComponent('"freedom of expression"')}`);
    expect(r.items.map((i) => i.id)).toContain(ccpr35);
    expect(r.items.map((i) => i.id)).not.toContain(draft);
    expect(r.items.map((i) => i.ref)).not.toContain('110.2');
    expect(r.facets.mechanism).toEqual([{ value: 'treaty-body', label: 'treaty-body', count: 1 }]);
    expect(r.facets.theme.map((b) => b.label)).toEqual(['Freedom of opinion and expression']);
    // SDG target 16.10, labelled from the reference taxonomy.
    expect(r.facets.sdg.map((b) => b.label)).toEqual([expect.stringMatching(/public access to information/)]);
    expect(r.facets.grade).toEqual([{ value: 'not-implemented', label: 'Not implemented', count: 1 }]);
    expect(r.items[0]?.latestGrade?.label).toBe('Not implemented');
    expect(r.documents).toEqual([]);
  });

  it('stems words, matches prefixes and narrows by facets', async () => {
    expect((await search('q=expressions')).total).toBe(3);
    expect((await search('q=decrimin*')).items.map((i) => i.ref)).toEqual(['35']);
    const byState = await search('q=freedom&state=USA&state=FRA');
    expect(byState.items.map((i) => i.ref).sort()).toEqual(['110.1', '110.2']);
    expect(byState.facets.state.map((b) => `${b.value}:${b.count}`).sort()).toEqual(['DEU:1', 'FRA:1', 'USA:1']);
    const treaty = await search('q=freedom&mechanism=treaty-body');
    expect(treaty.items.map((i) => i.ref)).toEqual(['35']);
    expect((await search('position=noted')).items.map((i) => i.ref)).toEqual(['110.2']);
    expect((await search('session=32')).total).toBe(2);
  });

  it('finds documents by symbol or title, sorts and pages', async () => {
    const r = await search('q=concluding');
    expect(r.documents.map((d) => d.symbol)).toEqual(['CCPR/C/KHM/CO/3']);
    const all = await search('sort=document&pageSize=2&page=2');
    expect(all.total).toBe(4);
    expect(all.items.map((i) => i.ref)).toEqual(['11', '35']);
  });

  it('browses everything from the counts the triggers keep, and they follow changes', async () => {
    const all = await search('');
    expect(all.total).toBe(4);
    expect(all.facets.state.map((b) => `${b.value}:${b.count}`).sort()).toEqual(['DEU:1', 'FRA:1', 'USA:1']);
    expect(all.facets.mechanism.map((b) => `${b.value}:${b.count}`).sort()).toEqual(['treaty-body:2', 'upr:2']);
    await s.t.db.updateTable('recommendations').set({ state: 'draft' }).where('ref', '=', '110.2').execute();
    await s.t.db.insertInto('recommendation_states').values({ recommendation_id: ccpr35, state: 'FRA', ordinal: 0 }).execute();
    const after = await search('');
    expect(after.total).toBe(3);
    expect(after.facets.state.map((b) => `${b.value}:${b.count}`).sort()).toEqual(['DEU:1', 'FRA:2']);
    expect((await search('state=FRA')).total).toBe(2);
    await s.t.db.deleteFrom('recommendation_states').where('recommendation_id', '=', ccpr35).execute();
    await s.t.db.updateTable('recommendations').set({ state: 'published' }).where('ref', '=', '110.2').execute();
    expect((await search('')).facets.state.map((b) => `${b.value}:${b.count}`).sort()).toEqual(['DEU:1', 'FRA:1', 'USA:1']);
  });

  it('rejects malformed parameters with the one error shape', async () => {
    const res = await anonymous(s.app).request('GET', '/api/search?pageSize=1000');
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('bad-input');
  });
});

describe('GET /api/search/export', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await createTestServer();
    const doc = await buildDocument(s.t.db, { symbol: 'CCPR/C/KHM/CO/3', mechanism: 'treaty-body', body: 'CCPR' });
    await buildRecommendation(s.t.db, { documentId: doc, ref: '35', text: 'Guarantee freedom of expression, "always".', states: ['FRA'] });
    await buildRecommendation(s.t.db, { documentId: doc, ref: '36', text: 'Something else entirely.' });
  });
  afterAll(async () => s.close());

  it('writes the result set as CSV with the search filters applied', async () => {
    const res = await anonymous(s.app).request('GET', '/api/search/export?format=csv&q=expression');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('CCPR/C/KHM/CO/3,35,"Guarantee freedom of expression, ""always"".",treaty-body');
  });

  it('writes XLSX', async () => {
    const res = await anonymous(s.app).request('GET', '/api/search/export?format=xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
