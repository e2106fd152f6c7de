import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CompiledQuery, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, anonymous, type TestServer } from '../server.ts';
import { buildAssessment, buildDocument, buildOrganisation, buildPeriod, buildRecommendation } from '../factories.ts';
import { onPostgres } from '../db.ts';
import { DATA_DIR } from '../shared.ts';
import { systemActor } from '../../server/services/actor.ts';
import { importDocument } from '../../server/services/import-document.ts';
import { parseSearchText } from '../../server/services/parse-search-text.ts';
import { countFacetsAndPage } from '../../server/repositories/search.repository.ts';
import type { FacetName, SearchResult } from '../../contracts/search.ts';

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

describe(`GET /api/search with prefixes, matched as written (${onPostgres ? 'postgres' : 'pglite'})`, () => {
  let s: TestServer;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    s = await createTestServer();
    const db = s.t.db;
    const upr = await buildDocument(db, { symbol: 'A/HRC/41/17', mechanism: 'upr', title: 'Report of the Working Group on the Universal Periodic Review' });
    const sr = await buildDocument(db, { symbol: 'A/HRC/53/27', title: 'Report of the Special Rapporteur on the right to education' });
    const texts: Record<string, string> = {
      education: 'Guarantee freedom of expression and the right to education for all children.',
      educational: 'Make educational materials available in minority languages, and ﬁnance them.',
      educate: 'Educate law enforcement officials, educate judges and educate prosecutors on the rights of women.',
      unrelated: 'Ensure freedom of expression and decriminalize defamation.',
      french: 'Garantir l’Éducation des filles et la co-opération régionale.',
      torture: 'Prevent torture in places of detention and train staff at police schools.',
      tortureEducation: 'Provide education on the prohibition of torture.',
      school: 'Build a school in every village.',
    };
    for (const [key, text] of Object.entries(texts)) ids[key] = await buildRecommendation(db, { documentId: key === 'french' ? sr : upr, text });
  });
  afterAll(async () => s.close());

  const search = async (q: string, more = '') => {
    const res = await anonymous(s.app).request('GET', `/api/search?q=${encodeURIComponent(q)}${more}`);
    expect(res.statusCode, `${q}: ${res.body}`).toBe(200);
    return res.json<SearchResult>();
  };
  const found = async (q: string, more = '') => {
    const byId = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
    return (await search(q, more)).items.map((i) => byId.get(i.id)).sort();
  };

  it('finds every word that begins so, whatever the English stem, with accents and case folded', async () => {
    // The English stems are 'educ' (education, educational, educate): 'educat' begins none of them.
    expect(await found('educat*')).toEqual(['educate', 'education', 'educational', 'french', 'tortureEducation']);
    expect(await found('ÉDUCAT*')).toEqual(['educate', 'education', 'educational', 'french', 'tortureEducation']);
    expect(await found('educati*')).toEqual(['education', 'educational', 'french', 'tortureEducation']);
    expect(await found('educational*')).toEqual(['educational']);
    expect(await found('decrimin*')).toEqual(['unrelated']);
    // A ligature (as PDFs give them) is its letters.
    expect(await found('financ*')).toEqual(['educational']);
    expect((await search('educat*')).total).toBe(5);
  });

  it('ranks prefix-only matches by relevance: the word three times first', async () => {
    const r = await search('educat*', '&sort=relevance');
    expect(r.items[0]?.id).toBe(ids['educate']);
    expect(r.items).toHaveLength(5);
  });

  it('combines words and phrases (stemmed) with prefixes (as written)', async () => {
    expect(await found('"freedom of expression" educat*')).toEqual(['education']);
    expect(await found('expressions educat*')).toEqual(['education']);
    expect(await found('"freedom of expression" educat*', '&sort=newest')).toEqual(['education']);
    expect(await found('"freedom of expression" -educat*')).toEqual(['unrelated']);
    expect(await found('educat* -educational*')).toEqual(['educate', 'education', 'french', 'tortureEducation']);
    // Stop words alone find nothing; beside a prefix they are left out.
    expect((await search('of')).total).toBe(0);
    expect(await found('of educat*')).toEqual(['educate', 'education', 'educational', 'french', 'tortureEducation']);
    expect(await found('women educat*', '&mechanism=upr')).toEqual(['educate']);
  });

  it('reads `or` between prefixes and other terms as websearch_to_tsquery does', async () => {
    const educat = ['educate', 'education', 'educational', 'french', 'tortureEducation'];
    expect(await found('educat* or school*')).toEqual([...educat, 'school', 'torture'].sort());
    expect(await found('torture or educat*')).toEqual([...educat, 'torture'].sort());
    expect(await found('torture educat*')).toEqual(['tortureEducation']);
    expect(await found('-educat* torture')).toEqual(['torture']);
    expect(await found('"freedom of expression" or educat*')).toEqual([...educat, 'unrelated'].sort());
    // `or` binds looser than terms side by side: (torture and educat*) or school*.
    expect(await found('torture educat* or school*')).toEqual(['school', 'torture', 'tortureEducation']);
    expect(await found('torture -school* or judges')).toEqual(['educate', 'tortureEducation']);
    // A dangling `or`, or one beside stop words only, is left out.
    expect(await found('or educat* or')).toEqual(educat);
    expect(await found('the or school*')).toEqual(['school', 'torture']);
    // Counted, ranked and sorted the same way, and the documents too.
    const r = await search('torture or educat*', '&sort=relevance');
    expect(r.total).toBe(6);
    expect(r.items[0]?.id).toBe(ids['tortureEducation']);
    expect((await search('torture or educat*', '&sort=newest')).total).toBe(6);
    expect((await search('torture or educat*', '&mechanism=upr')).total).toBe(5);
    expect((await search('torture or educat*')).documents.map((d) => d.symbol)).toEqual(['A/HRC/53/27']);
  });

  it('splits a prefix the way the text is split', async () => {
    expect(await found("l'educ*")).toEqual(['french']);
    expect(await found('l’éduc*')).toEqual(['french']);
    expect(await found('co-op*')).toEqual(['french']);
    expect(await found('coop*')).toEqual([]);
  });

  it('answers any prefix, however odd, without an error', async () => {
    for (const q of ["it's\\* ok&!:*", "'*", '\\*', '(*)', '-*', '!!:*', '<->*', '＇educ*', '＼educ*', ':**', 'a*', '*', '"educat*', '&|*', '²²*']) await search(q);
    expect((await search('*')).total).toBe(8);
    // One letter is searched as the word: "a" is an English stop word.
    expect((await search('a*')).total).toBe(0);
  });

  it('finds documents by a prefix of their title or symbol', async () => {
    expect((await search('educat*')).documents.map((d) => d.symbol)).toEqual(['A/HRC/53/27']);
    expect((await search('universal period*')).documents.map((d) => d.symbol)).toEqual(['A/HRC/41/17']);
    expect((await search('A/HRC/41*')).documents.map((d) => d.symbol)).toEqual(['A/HRC/41/17']);
    expect((await search('rapporteur -educat*')).documents).toEqual([]);
  });
});

describe(`GET /api/search with prefixes over the UPR Info export (${onPostgres ? 'postgres' : 'pglite'})`, () => {
  let s: TestServer;
  const noFilters = {} as Record<FacetName, string[]>;
  const UPR_INFO = ['01-05', '06-09', '10-13', '14-16'].map((sessions) => resolve(DATA_DIR, `upr-info/upr-info-sessions-${sessions}.csv`));

  beforeAll(async () => {
    s = await createTestServer();
    for (const path of UPR_INFO) {
      await importDocument(s.t.db, systemActor('test'), { name: path.split('/').pop() ?? path, bytes: new Uint8Array(readFileSync(path)) }, { publish: true });
    }
  }, 300_000);
  afterAll(async () => s.close());

  /** Published recommendations with a word that begins so: `\m` is the start of a word. */
  const byRegex = async (prefix: string): Promise<number> => {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from recommendations where state = 'published' and text ~* ${`\\m${prefix}`}`.execute(s.t.db);
    return rows[0]!.n;
  };

  it('finds as many recommendations as have a word that begins so', async () => {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from recommendations where state = 'published'`.execute(s.t.db);
    expect(rows[0]!.n).toBe(30_259);
    for (const prefix of ['educat', 'discriminat', 'disabilit']) {
      const expected = await byRegex(prefix);
      expect(expected).toBeGreaterThan(100);
      const res = await anonymous(s.app).request('GET', `/api/search?q=${prefix}*&pageSize=1`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<SearchResult>().total, prefix).toBe(expected);
    }
  });

  it('finds the texts with either prefix for `educat* or school*`', async () => {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from recommendations where state = 'published' and (text ~* '\\meducat' or text ~* '\\mschool')`.execute(s.t.db);
    expect(rows[0]!.n).toBeGreaterThan(await byRegex('educat'));
    const res = await anonymous(s.app).request('GET', `/api/search?q=${encodeURIComponent('educat* or school*')}&pageSize=1`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<SearchResult>().total).toBe(rows[0]!.n);
  });

  // Without statistics (PGlite has no autovacuum) the plan depends on the statement alone;
  // PostgreSQL, with statistics, may rightly read a large share of rows sequentially.
  it.skipIf(onPostgres)('takes the candidates of `or` queries from the GIN indexes, not a sequential scan', async () => {
    for (const q of ['educat* or school*', 'torture or educat*', 'torture -school* or judge educat*']) {
      const text = parseSearchText(q);
      const statements: CompiledQuery[] = [];
      const spy = s.t.db.withPlugin({
        transformQuery: (args) => {
          statements.push(s.t.db.getExecutor().compileQuery(args.node, args.queryId));
          return args.node;
        },
        transformResult: async (args) => args.result,
      });
      await countFacetsAndPage(spy, { text, filters: noFilters }, 'relevance', 20, 0);
      const statement = statements[0]!;
      const plan = await s.t.db.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`explain ${statement.sql}`, [...statement.parameters]));
      const lines = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(lines, q).not.toMatch(/Seq Scan on recommendations/);
      expect(lines, q).toMatch(/Bitmap Index Scan on recommendations_search_simple/);
      if (q.startsWith('torture')) expect(lines, q).toMatch(/Bitmap Index Scan on recommendations_search\b/);
    }
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
    const prefixed = await anonymous(s.app).request('GET', `/api/search/export?format=csv&q=${encodeURIComponent('entire* -"freedom of expression"')}`);
    expect(prefixed.body.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1)).toEqual([expect.stringContaining(',36,Something else entirely.,')]);
  });

  it('writes XLSX', async () => {
    const res = await anonymous(s.app).request('GET', '/api/search/export?format=xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
