// Names of States, SDG goals and targets, themes and groups in the reader's language
// (`lang`, else Accept-Language, else English), wherever the API shows them, after the
// reference import of ../shared/data/taxonomies. PGlite and PostgreSQL.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../contracts/dashboard.ts';
import type { RecommendationDetail } from '../../contracts/records.ts';
import type { ReviewDocument } from '../../contracts/review.ts';
import type { SearchResult } from '../../contracts/search.ts';
import type { Tag } from '../../contracts/tagging.ts';
import { ensureReferenceData } from '../../server/services/ensure-reference-data.ts';
import { gatherRecommendations } from '../../server/services/gather-recommendations.ts';
import { onPostgres } from '../db.ts';
import { buildDocument, buildRecommendation } from '../factories.ts';
import { anonymous, createTestServer, signInNewUser, type TestServer } from '../server.ts';
import { SHARED_DIR } from '../shared.ts';

const THEME = 'Freedom of opinion and expression & access to information';
const SDG_16_10_FR = /^Garantir l’accès public à l’information/;
const SDG_16_10_EN = /^Ensure public access to information/;
/** Khmer script. */
const KHMER = /^[\u1780-\u17ff\s]+$/;

describe(`names in the reader's language (${onPostgres ? 'postgres' : 'pglite'})`, () => {
  let s: TestServer;
  let rec: string;

  beforeAll(async () => {
    s = await createTestServer();
    const upr = await buildDocument(s.t.db, { symbol: 'A/HRC/41/17', mechanism: 'upr', session: 32, date: '2019-04-03' });
    rec = await buildRecommendation(s.t.db, {
      documentId: upr,
      ref: '110.1',
      text: 'Guarantee freedom of the press.',
      position: 'supported',
      states: ['DZA', 'DEU'],
      tags: [{ taxonomy: 'sdg', label: '16.10' }, { taxonomy: 'uhri-theme', label: THEME }],
    });
    await buildRecommendation(s.t.db, { documentId: upr, ref: '110.2', text: 'Guarantee freedom of assembly.', states: ['FRA'], tags: [{ taxonomy: 'sdg', label: '16.10' }] });
  });
  afterAll(async () => s.close());

  const get = (url: string, headers?: Record<string, string>) => anonymous(s.app).request('GET', url, undefined, headers);
  const search = async (url: string, headers?: Record<string, string>) => {
    const res = await get(url, headers);
    expect(res.statusCode, res.body).toBe(200);
    return { result: res.json<SearchResult>(), headers: res.headers };
  };
  const label = (r: SearchResult, facet: 'state' | 'sdg' | 'theme', value: string) => r.facets[facet].find((b) => b.value === value)?.label;

  it('gives a French reader French State names and SDG titles in the facets and hits; facet values stay codes and ids', async () => {
    const fr = await search('/api/search?q=freedom', { 'accept-language': 'fr-CH, fr;q=0.9, en;q=0.5' });
    const en = await search('/api/search?q=freedom');
    expect(fr.headers['content-language']).toBe('fr');
    expect(fr.headers.vary).toContain('Accept-Language');
    expect([label(fr.result, 'state', 'DZA'), label(fr.result, 'state', 'DEU'), label(fr.result, 'state', 'FRA')]).toEqual(['Algérie', 'Allemagne', 'France']);
    expect([label(en.result, 'state', 'DZA'), label(en.result, 'state', 'DEU')]).toEqual(['Algeria', 'Germany']);
    const sdg = fr.result.facets.sdg[0]!;
    expect(sdg.label).toMatch(SDG_16_10_FR);
    expect(en.result.facets.sdg[0]?.label).toMatch(SDG_16_10_EN);
    // UHRI themes are English only in the sources.
    expect(fr.result.facets.theme.map((b) => b.label)).toEqual([THEME]);
    for (const facet of ['state', 'sdg', 'theme'] as const) {
      expect(fr.result.facets[facet].map((b) => b.value).sort()).toEqual(en.result.facets[facet].map((b) => b.value).sort());
    }
    expect(fr.result.items.find((h) => h.id === rec)?.states).toEqual([{ code: 'DZA', name: 'Algérie' }, { code: 'DEU', name: 'Allemagne' }]);
    // A shared URL narrows the same way in every language.
    const narrowed = await search(`/api/search?sdg=${sdg.value}&state=DZA&lang=fr`);
    expect(narrowed.result.items.map((h) => h.id)).toEqual([rec]);
  });

  it('takes `lang` before Accept-Language, answers English to a language Landmark does not speak, and refuses an unknown `lang`', async () => {
    const es = await search('/api/search?q=freedom&lang=es', { 'accept-language': 'fr' });
    expect(es.headers['content-language']).toBe('es');
    expect(label(es.result, 'state', 'DZA')).toBe('Argelia');
    const de = await search('/api/search?q=freedom', { 'accept-language': 'de-DE, de;q=0.9' });
    expect(de.headers['content-language']).toBe('en');
    expect(label(de.result, 'state', 'DZA')).toBe('Algeria');
    const refused = await get('/api/search?q=freedom&lang=de');
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ error: { code: string; field: string } }>().error).toMatchObject({ code: 'bad-input', field: 'lang' });
  });

  it('names a State in Khmer through Intl, since the list gives no Khmer names, and keeps the terms in English', async () => {
    const km = await search('/api/search?q=freedom&lang=km');
    const algeria = label(km.result, 'state', 'DZA');
    expect(algeria).toBe(new Intl.DisplayNames('km', { type: 'region' }).of('DZ'));
    expect(algeria).toMatch(KHMER);
    expect(km.result.items.find((h) => h.id === rec)?.states.map((st) => st.name)).toEqual([algeria, new Intl.DisplayNames('km', { type: 'region' }).of('DE')]);
    expect(km.result.facets.sdg[0]?.label).toMatch(SDG_16_10_EN);
  });

  it('exports the result set with the States named in the language of the request', async () => {
    const json = await get('/api/search/export?format=json&q=freedom&lang=fr');
    expect(json.statusCode, json.body).toBe(200);
    expect(json.json<{ paragraph: string; states: string[] }[]>().find((r) => r.paragraph === '110.1')?.states).toEqual(['Algérie', 'Allemagne']);
    const csv = await get('/api/search/export?format=csv&q=freedom', { 'accept-language': 'es' });
    expect(csv.body).toContain('Argelia; Alemania');
    expect((await get('/api/search/export?format=csv&lang=xx')).statusCode).toBe(400);
  });

  it('names States and tags on the record page, and the themes and SDGs of the dashboard totals, in French', async () => {
    const record = await get(`/api/recommendations/${rec}?lang=fr`);
    expect(record.statusCode, record.body).toBe(200);
    const r = record.json<RecommendationDetail>();
    expect(r.states).toEqual([{ code: 'DZA', name: 'Algérie' }, { code: 'DEU', name: 'Allemagne' }]);
    const sdg = r.tags.find((t) => t.taxonomy === 'sdg');
    expect(sdg?.code).toBe('16.10');
    expect(sdg?.label).toMatch(SDG_16_10_FR);
    expect(r.tags.find((t) => t.taxonomy === 'uhri-theme')?.label).toBe(THEME);
    const dashboard = (await get('/api/dashboard', { 'accept-language': 'fr' })).json<Dashboard>();
    expect(dashboard.bySdg.map((c) => c.count)).toEqual([2]);
    expect(dashboard.bySdg[0]?.label).toMatch(SDG_16_10_FR);
    expect(dashboard.byTheme.map((c) => c.label)).toEqual([THEME]);
    expect((await get('/api/dashboard?lang=zz')).statusCode).toBe(400);
  });

  it('answers a tag decision with the label in the reader\'s language, and audits it in English', async () => {
    const coordinator = await signInNewUser(s, 'coordinator');
    const res = await coordinator.request('POST', `/api/recommendations/${rec}/tags?lang=fr`, { taxonomy: 'sdg', code: '16.10', action: 'confirm' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Tag>().label).toMatch(SDG_16_10_FR);
    const { rows } = await sql<{ after: { label: string } }>`select after from audit_events where action = 'confirm-tag' and entity_id = ${rec}`.execute(s.t.db);
    expect(rows.map((a) => a.after.label)).toEqual([expect.stringMatching(SDG_16_10_EN)]);
  });

  it('names the State, the recommending States and the tags of the reports in their language', async () => {
    const gathered = await gatherRecommendations(s.t.db, 'public', { country: 'KHM' }, 'fr');
    expect(gathered.stateName).toBe('Cambodge');
    const first = gathered.recommendations.find((r) => r.id === rec);
    expect(first?.recommendingStates).toEqual(['Algérie', 'Allemagne']);
    expect(first?.sdgs).toEqual([expect.stringMatching(SDG_16_10_FR)]);
    expect(first?.themes).toEqual([THEME]);
  });

  it('documents `lang` in the OpenAPI description of the routes that name things', async () => {
    type Operation = { parameters?: { name: string; in: string; schema?: { enum?: string[] } }[] };
    const doc = (await get('/api/openapi.json')).json<{ paths: Record<string, { get?: Operation; post?: Operation }> }>();
    for (const [path, method] of [['/api/search', 'get'], ['/api/search/export', 'get'], ['/api/recommendations/{id}', 'get'], ['/api/dashboard', 'get'], ['/api/recommendations/{id}/tags', 'post']] as const) {
      const lang = doc.paths[path]?.[method]?.parameters?.find((p) => p.name === 'lang');
      expect(lang, path).toMatchObject({ in: 'query', schema: { enum: ['en', 'fr', 'es', 'km'] } });
    }
  });

  it('names the recommending States of a document in review in the reader\'s language', async () => {
    const draft = await buildDocument(s.t.db, { mechanism: 'upr', state: 'draft' });
    await buildRecommendation(s.t.db, { documentId: draft, ref: '1', text: 'Ratify the Convention.', state: 'draft', states: ['DZA', 'DEU'] });
    const coordinator = await signInNewUser(s, 'coordinator');
    const read = async (lang: string) => {
      const res = await coordinator.request('GET', `/api/reviews/${draft}?lang=${lang}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<ReviewDocument>().items[0]!.states;
    };
    expect(await read('fr')).toEqual([{ code: 'DZA', name: 'Algérie' }, { code: 'DEU', name: 'Allemagne' }]);
    expect(await read('en')).toEqual([{ code: 'DZA', name: 'Algeria' }, { code: 'DEU', name: 'Germany' }]);
    expect((await coordinator.request('GET', `/api/reviews/${draft}?lang=de`)).statusCode).toBe(400);
  });

  it('falls back to English when the reference list has not named a State', async () => {
    await sql`update countries set alpha2 = null, labels = '{}' where code = 'DZA'`.execute(s.t.db);
    const fr = await search('/api/search?q=freedom&lang=fr');
    expect([label(fr.result, 'state', 'DZA'), label(fr.result, 'state', 'DEU')]).toEqual(['Algeria', 'Allemagne']);
    expect(label((await search('/api/search?q=freedom&lang=km')).result, 'state', 'DZA')).toBe('Algeria');
    await ensureReferenceData(s.t.db, SHARED_DIR);
    expect(label((await search('/api/search?q=freedom&lang=fr')).result, 'state', 'DZA')).toBe('Algérie');
  });
});
