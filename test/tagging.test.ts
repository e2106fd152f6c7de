// Issue 7 in the database and API: suggested tags after an import, a person's decisions
// kept across suggestion runs, POST /api/classify, and related recommendations (benchmark
// A of the Special Rapporteur rests on the same asks as UPR and High Commissioner
// recommendations on freedom of expression and association). PGlite and PostgreSQL.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../server/passwords.ts';
import { insertUser } from '../server/repositories/user.repository.ts';
import { systemActor } from '../server/services/actor.ts';
import { exportConfirmedTags } from '../server/services/export-confirmed-tags.ts';
import { enqueueImport } from '../server/services/import-files.ts';
import { runJobNow } from '../server/services/run-job-now.ts';
import { findSuggestJobsOf, suggestTags } from '../server/services/suggest-tags.ts';
import { onPostgres } from './db.ts';
import { anonymous, createTestServer, signIn, type Client, type TestServer } from './server.ts';
import { DATA_DIR, seedPath } from './shared.ts';

const file = (path: string) => ({ name: path.split('/').pop() ?? path, bytes: new Uint8Array(readFileSync(path)) });

interface Related {
  id: string;
  score: number;
  ref: string;
  text: string;
  mechanism: string | null;
  isSource?: boolean;
}

describe(`tagging and related recommendations (${onPostgres ? 'postgres' : 'pglite'})`, () => {
  let s: TestServer;
  let coordinator: Client;
  let viewer: Client;
  let anon: Client;
  const docs: Record<string, string> = {};

  async function one<T>(query: ReturnType<typeof sql<T>>): Promise<T> {
    const { rows } = await query.execute(s.t.db);
    return rows[0]!;
  }

  beforeAll(async () => {
    s = await createTestServer();
    const passwordHash = await hashPassword('correct horse battery');
    await insertUser(s.t.db, { email: 'coord@example.org', name: 'Coordinator', role: 'coordinator', passwordHash, organisationId: null, institutionId: null });
    await insertUser(s.t.db, { email: 'viewer@example.org', name: 'Viewer', role: 'viewer', passwordHash, organisationId: null, institutionId: null });
    coordinator = await signIn(s.app, 'coord@example.org', 'correct horse battery');
    viewer = await signIn(s.app, 'viewer@example.org', 'correct horse battery');
    anon = anonymous(s.app);
    const files = [seedPath('000'), seedPath('003'), resolve(DATA_DIR, 'upr-info/upr-info-cambodia-session-18.csv')].map(file);
    const job = await enqueueImport(s.t.db, systemActor('test'), files, { publish: true });
    const run = await runJobNow(s.t.db, job, () => undefined);
    expect(run.error).toBeNull();
    const suggestJobs = await findSuggestJobsOf(s.t.db, job);
    expect(suggestJobs).toHaveLength(1);
    const suggested = await runJobNow(s.t.db, suggestJobs[0]!, () => undefined);
    expect(suggested.error).toBeNull();
    const { rows } = await sql<{ kind: string; id: string }>`select kind, id from documents where kind in ('hc-upr-letter', 'upr-info-csv', 'sr-benchmarks')`.execute(s.t.db);
    for (const r of rows) docs[r.kind] = r.id;
  });
  afterAll(async () => s.close());

  it('suggests UPR Info, UHRI and SDG tags with their confidence for every imported recommendation with text', async () => {
    const { rows } = await sql<{ taxonomy: string; recs: number; low: number }>`
      select tt.taxonomy, count(distinct t.recommendation_id)::int as recs, min(t.confidence)::float as low
      from recommendation_tags t join taxonomy_terms tt on tt.id = t.term_id where t.origin = 'suggested' group by tt.taxonomy order by tt.taxonomy`.execute(s.t.db);
    const by = Object.fromEntries(rows.map((r) => [r.taxonomy, r]));
    // UPR Info's own issues came with its export (origin imported); a suggestion of the same term is not stored.
    expect(by['upr-info']?.recs).toBeGreaterThan(47 + 20);
    const issues = await one(sql<{ n: number }>`
      select count(distinct t.recommendation_id)::int as n from recommendation_tags t join taxonomy_terms tt on tt.id = t.term_id
      where tt.taxonomy = 'upr-info' and t.origin in ('suggested', 'imported')`);
    expect(issues.n).toBe(205 + 47 + 20);
    expect(by.sdg?.recs).toBe(205 + 47 + 20);
    expect(by['uhri-theme']?.recs).toBeGreaterThan(200);
    expect(by['uhri-affected']?.recs).toBeGreaterThan(50);
    for (const r of rows) expect(r.low).toBeGreaterThan(0);
  });

  it('proposes for benchmark A (draconian laws) the UPR and High Commissioner recommendations on freedom of expression and association', async () => {
    const a = await one(sql<{ id: string }>`select id from benchmarks where code = 'A'`);
    const res = await anon.request('GET', `/api/benchmarks/${a.id}/related?k=15`);
    expect(res.statusCode).toBe(200);
    const related = res.json<{ code: string; related: Related[] }>().related;
    const refs = (mechanism: string) => related.filter((r) => r.mechanism === mechanism).map((r) => r.ref);
    // UPR, second cycle (UPR Info, session 18).
    expect(refs('UPR')).toEqual(expect.arrayContaining(['102', '108', '111']));
    const upr = (ref: string) => related.find((r) => r.mechanism === 'UPR' && r.ref === ref)?.text;
    expect(upr('108')).toMatch(/^Actively protect the rights to freedom of expression and to peaceful assembly/);
    expect(upr('111')).toMatch(/^Ensure full respect, in law and in practice, for the freedom of peaceful assembly and of association/);
    expect(upr('102')).toMatch(/defamation .* freedom of expression/);
    // The High Commissioner's letter of 2019, annex: fundamental freedoms.
    expect(refs('high-commissioner')).toEqual(expect.arrayContaining(['annex ¶20', 'annex ¶22']));
    const hc = (ref: string) => related.find((r) => r.mechanism === 'high-commissioner' && r.ref === ref)?.text;
    expect(hc('annex ¶20')).toMatch(/^Repealing and\/or amending relevant provisions of the Constitution, the Criminal Code/);
    expect(hc('annex ¶22')).toMatch(/^Releasing immediately from custody any individual detained for their peaceful exercise of freedom of expression and assembly/);
    expect(related.every((r) => r.score >= 0.1)).toBe(true);
  });

  it('finds the same ask across mechanisms for a recommendation, and only published ones for anonymous callers', async () => {
    const hc22 = await one(sql<{ id: string }>`select id from recommendations where document_id = ${docs['hc-upr-letter']!} and ref = 'annex ¶22'`);
    const res = await anon.request('GET', `/api/recommendations/${hc22.id}/related?mechanisms=other`);
    expect(res.statusCode).toBe(200);
    const related = res.json<{ related: Related[] }>().related;
    expect(related.length).toBeGreaterThan(0);
    expect(related.some((r) => r.mechanism === 'UPR' && /freedom of expression/i.test(r.text))).toBe(true);
    expect(related.every((r) => r.mechanism !== 'high-commissioner' && r.id !== hc22.id)).toBe(true);
    // The treaty-body paragraphs cited by the benchmarks are drafts: not shown, not answerable anonymously.
    const draft = await one(sql<{ id: string }>`select id from recommendations where state = 'draft' limit 1`);
    expect((await anon.request('GET', `/api/recommendations/${draft.id}/related`)).statusCode).toBe(404);
    const ids = related.map((r) => r.id);
    const states = await sql<{ state: string }>`select distinct state from recommendations where id in (${sql.join(ids.map((id) => sql`${id}::uuid`))})`.execute(s.t.db);
    expect(states.rows).toEqual([{ state: 'published' }]);
  });

  it('never lets suggested tags overwrite a confirmed or rejected one', async () => {
    const rec = await one(sql<{ id: string; code: string; other: string }>`
      select r.id, tt.code, (select t2.code from recommendation_tags x join taxonomy_terms t2 on t2.id = x.term_id where x.recommendation_id = r.id and t2.taxonomy = 'sdg' and x.origin = 'suggested' order by t2.code limit 1) as other
      from recommendations r join recommendation_tags t on t.recommendation_id = r.id join taxonomy_terms tt on tt.id = t.term_id
      where r.document_id = ${docs['hc-upr-letter']!} and r.ref = 'annex ¶22' and tt.taxonomy = 'upr-info' and t.origin = 'suggested' order by t.confidence desc limit 1`);
    const confirm = await coordinator.request('POST', `/api/recommendations/${rec.id}/tags`, { taxonomy: 'upr-info', code: rec.code, action: 'confirm' });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.json<{ origin: string; confidence: number }>()).toMatchObject({ origin: 'confirmed', code: rec.code });
    const reject = await coordinator.request('POST', `/api/recommendations/${rec.id}/tags`, { taxonomy: 'sdg', code: rec.other, action: 'reject' });
    expect(reject.json<{ origin: string }>().origin).toBe('rejected');
    expect((await viewer.request('POST', `/api/recommendations/${rec.id}/tags`, { taxonomy: 'sdg', code: '16', action: 'confirm' })).statusCode).toBe(403);
    expect((await anon.request('POST', `/api/recommendations/${rec.id}/tags`, { taxonomy: 'sdg', code: '16', action: 'confirm' })).statusCode).toBe(401);

    const again = await suggestTags(s.t.db, [docs['hc-upr-letter']!]);
    expect(again.recommendations).toBe(47);
    const { rows } = await sql<{ taxonomy: string; code: string; origin: string }>`
      select tt.taxonomy, tt.code, t.origin from recommendation_tags t join taxonomy_terms tt on tt.id = t.term_id
      where t.recommendation_id = ${rec.id} and ((tt.taxonomy = 'upr-info' and tt.code = ${rec.code}) or (tt.taxonomy = 'sdg' and tt.code = ${rec.other})) order by tt.taxonomy`.execute(s.t.db);
    expect(rows).toEqual([
      { taxonomy: 'sdg', code: rec.other, origin: 'rejected' },
      { taxonomy: 'upr-info', code: rec.code, origin: 'confirmed' },
    ]);
    const audits = await sql<{ action: string }>`select action from audit_events where entity = 'recommendation' and entity_id = ${rec.id} order by action`.execute(s.t.db);
    expect(audits.rows.map((a) => a.action)).toEqual(['confirm-tag', 'reject-tag']);
    // Confirmed tags are kept apart for retraining.
    const forTraining = await exportConfirmedTags(s.t.db, systemActor('test'), 'upr-info');
    expect(forTraining).toEqual([expect.objectContaining({ labels: [rec.code], rejected: [] })]);
    const sdgDecided = await exportConfirmedTags(s.t.db, systemActor('test'), 'sdg');
    expect(sdgDecided.map((e) => e.rejected)).toEqual([[rec.other]]);
  });

  it('classifies texts through POST /api/classify with labels spelled as the taxonomy spells them', async () => {
    const texts = ['Take further measures to combat violence against women and girls, including domestic violence', 'Guarantee freedom of expression and public access to information, and protect journalists'];
    const upr = await viewer.request('POST', '/api/classify', { texts, taxonomy: 'upr-info' });
    expect(upr.statusCode).toBe(200);
    const uprOut = upr.json<{ labels: string[]; scores: Record<string, number> }[]>();
    expect(uprOut).toHaveLength(2);
    expect(uprOut[0]!.labels).toContain("Women's rights");
    expect(uprOut[1]!.labels).toContain('Freedom of opinion and expression');
    const sdg = (await viewer.request('POST', '/api/classify', { texts, taxonomy: 'sdg' })).json<{ labels: string[] }[]>();
    expect(sdg[1]!.labels).toEqual(expect.arrayContaining(['16', '16.10']));
    const uhri = (await viewer.request('POST', '/api/classify', { texts, taxonomy: 'uhri' })).json<{ labels: string[] }[]>();
    // Every label is a stored term's code in the taxonomy it belongs to.
    for (const [taxonomies, out] of [[['upr-info'], uprOut], [['sdg'], sdg], [['uhri-theme', 'uhri-affected'], uhri]] as const) {
      const labels = [...new Set(out.flatMap((p) => p.labels))];
      const { rows } = await sql<{ code: string }>`select distinct code from taxonomy_terms where taxonomy in (${sql.join(taxonomies.map((t) => sql`${t}`))}) and code in (${sql.join(labels.map((l) => sql`${l}`))})`.execute(s.t.db);
      expect(rows.map((r) => r.code).sort()).toEqual(labels.sort());
    }
    expect((await anon.request('POST', '/api/classify', { texts, taxonomy: 'sdg' })).statusCode).toBe(401);
    expect((await viewer.request('POST', '/api/classify', { texts, taxonomy: 'nope' })).statusCode).toBe(400);
  });
});
