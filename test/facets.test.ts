// The search facets stay exact after every kind of write (migrations 2026-11-25-0041 and 2026-11-28-0001): each
// recommendation's keys equal what its rows say, the counts of the published set equal a
// recount, and searches by facet find what the writes made. PGlite and PostgreSQL.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../server/db/handle.ts';
import { systemActor } from '../server/services/actor.ts';
import { assignInstitution } from '../server/services/assign-institution.ts';
import { citedRecommendation } from '../server/services/cite-recommendation.ts';
import { decideRecommendationTag } from '../server/services/decide-tag.ts';
import { ensureReferenceData } from '../server/services/ensure-reference-data.ts';
import { importDocument } from '../server/services/import-document.ts';
import { enqueueImport } from '../server/services/import-files.ts';
import { runJobNow } from '../server/services/run-job-now.ts';
import { upsertRecommendations, type RecommendationInput } from '../server/repositories/recommendation.repository.ts';
import { facetQueuePages } from '../server/repositories/search.repository.ts';
import { createInstitution } from '../server/services/manage-institution.ts';
import { searchRecommendations } from '../server/services/search-recommendations.ts';
import { normaliseSearchQuery, type SearchQueryInput } from '../contracts/search.ts';
import { createTestDb, onPostgres, type TestDb } from './db.ts';
import { buildAssessment, buildDocument, buildOrganisation, buildPeriod } from './factories.ts';
import { DATA_DIR, SHARED_DIR, seedPath } from './shared.ts';

const file = (path: string) => ({ name: path.split('/').pop() ?? path, bytes: new Uint8Array(readFileSync(path)) });
const actor = systemActor('test');

describe(`search facets follow every write (${onPostgres ? 'postgres' : 'pglite'})`, () => {
  let t: TestDb;
  let csvRec: string;

  const keysOf = async (id: string): Promise<string[]> => {
    const row = await t.db.selectFrom('recommendations').select('facet_keys').where('id', '=', id).executeTakeFirstOrThrow();
    return [...row.facet_keys].sort();
  };
  const search = (input: SearchQueryInput) => searchRecommendations(t.db, normaliseSearchQuery(input), 'en');

  /** Stored keys equal keys computed afresh from the rows; stored counts equal a recount; nothing left queued. */
  async function expectFacetsExact(): Promise<void> {
    const { rows: stale } = await sql<{ id: string }>`
      select r.id from recommendations r join facet_keys_of(array(select id from recommendations)) k on k.id = r.id
      where not (r.facet_keys @> k.keys and r.facet_keys <@ k.keys) or cardinality(r.facet_keys) <> cardinality(k.keys)`.execute(t.db);
    expect(stale).toEqual([]);
    const { rows: stored } = await sql<{ key: string; count: number }>`select key, count from facet_key_counts where count <> 0 order by key collate "C"`.execute(t.db);
    const { rows: recount } = await sql<{ key: string; count: number }>`
      select k as key, count(*)::int as count from recommendations, unnest('_total'::text || facet_keys) k
      where state = 'published' group by k order by k collate "C"`.execute(t.db);
    expect(stored).toEqual(recount);
    const { rows: queued } = await sql<{ n: number }>`select (select count(*) from facet_refresh_queue)::int + (select count(*) from facet_refresh_pending)::int as n`.execute(t.db);
    expect(queued[0]!.n).toBe(0);
  }

  beforeAll(async () => {
    t = await createTestDb();
    await ensureReferenceData(t.db, SHARED_DIR);
    for (const path of [seedPath('000'), seedPath('001'), resolve(DATA_DIR, 'upr-info/upr-info-cambodia-session-18.csv')]) {
      await importDocument(t.db, actor, file(path), { publish: true });
    }
    const { rows } = await sql<{ id: string }>`
      select r.id from recommendations r join documents d on d.id = r.document_id
      where d.kind = 'upr-info-csv' and exists (select 1 from recommendation_states s where s.recommendation_id = r.id and s.state = 'FRA')
        and exists (select 1 from recommendation_tags g where g.recommendation_id = r.id)
      order by r.ref limit 1`.execute(t.db);
    csvRec = rows[0]!.id;
  });
  afterAll(async () => t.close());

  it('gives imported recommendations their keys at once, exactly', async () => {
    await expectFacetsExact();
    const keys = await keysOf(csvRec);
    expect(keys).toContain('mechanism:upr');
    const { position } = await t.db.selectFrom('recommendations').select('position').where('id', '=', csvRec).executeTakeFirstOrThrow();
    expect(keys).toContain(`position:${position ?? ''}`);
    expect(keys).toContain('state:FRA');
    expect(keys.filter((k) => k.startsWith('theme:')).length).toBeGreaterThan(0);
    const { rows } = await sql<{ n: number }>`
      select count(distinct r.id)::int as n from recommendations r join recommendation_states s on s.recommendation_id = r.id
      where r.state = 'published' and s.state = 'FRA'`.execute(t.db);
    expect((await search({ state: 'FRA' })).total).toBe(rows[0]!.n);
  });

  it('follows tag decisions', async () => {
    const theme = (await keysOf(csvRec)).find((k) => k.startsWith('theme:'))!;
    const termId = theme.slice('theme:'.length);
    const before = (await search({ theme: termId })).total;
    await decideRecommendationTag(t.db, actor, csvRec, { termId, action: 'reject' }, 'en');
    expect(await keysOf(csvRec)).not.toContain(theme);
    expect((await search({ theme: termId })).total).toBe(before - 1);
    await expectFacetsExact();
    await decideRecommendationTag(t.db, actor, csvRec, { termId, action: 'confirm' }, 'en');
    expect(await keysOf(csvRec)).toContain(theme);
    expect((await search({ theme: termId })).total).toBe(before);
    await expectFacetsExact();
  });

  it('follows assignments and assessments, with the latest published grade', async () => {
    const ministry = await createInstitution(t.db, actor, { name: 'Ministry of Justice', acronym: 'MoJ', kind: 'ministry', parentId: null });
    await assignInstitution(t.db, actor, { itemType: 'recommendation', itemId: csvRec, institutionId: ministry.id, role: 'lead' });
    expect(await keysOf(csvRec)).toContain(`institution:${ministry.id}`);
    const found = await search({ institution: ministry.id });
    expect(found.items.map((i) => i.id)).toEqual([csvRec]);
    expect(found.facets.institution).toEqual([{ value: ministry.id, label: 'Ministry of Justice', count: 1 }]);

    const monitor = await buildOrganisation(t.db, 'Facet monitor');
    const first = await buildPeriod(t.db, { monitorId: monitor, label: '2022', startsOn: '2022-01-01', endsOn: '2022-12-31' });
    const second = await buildPeriod(t.db, { monitorId: monitor, label: '2023', startsOn: '2023-01-01', endsOn: '2023-12-31' });
    await buildAssessment(t.db, { recommendationId: csvRec, periodId: first, assessorId: monitor, scale: 'sr-benchmark', grade: 'off-target' });
    expect(await keysOf(csvRec)).toEqual(expect.arrayContaining([`assessor:${monitor}`, 'grade:off-target']));
    const later = await buildAssessment(t.db, { recommendationId: csvRec, periodId: second, assessorId: monitor, scale: 'sr-benchmark', grade: 'on-target', state: 'pending' });
    expect(await keysOf(csvRec)).toContain('grade:off-target');
    await t.db.updateTable('assessments').set({ state: 'published' }).where('id', '=', later).execute();
    const keys = await keysOf(csvRec);
    expect(keys).toContain('grade:on-target');
    expect(keys).not.toContain('grade:off-target');
    expect(keys.filter((k) => k === `assessor:${monitor}`)).toHaveLength(1);
    expect((await search({ grade: 'on-target' })).items.map((i) => i.id)).toEqual([csvRec]);
    await expectFacetsExact();

    await t.db.deleteFrom('assignments').where('institution_id', '=', ministry.id).execute();
    expect(await keysOf(csvRec)).not.toContain(`institution:${ministry.id}`);
    await expectFacetsExact();
  });

  it('follows a placeholder document filled in later, and recommendations moved or deleted', async () => {
    const cited = await citedRecommendation(t.db, 'A/HRC/99/12', '101.5');
    await t.db.updateTable('recommendations').set({ state: 'published', text: 'Ratify the Optional Protocol.' }).where('id', '=', cited.recommendationId).execute();
    const placeholderKeys = await keysOf(cited.recommendationId);
    await t.db.updateTable('documents').set({ mechanism: 'upr', session: 40 }).where('id', '=', cited.documentId).execute();
    const keys = await keysOf(cited.recommendationId);
    expect(keys).toEqual(expect.arrayContaining(['mechanism:upr', 'session:40', `document:${cited.documentId}`]));
    expect(keys).not.toEqual(placeholderKeys);
    expect((await search({ session: '40' })).items.map((i) => i.id)).toEqual([cited.recommendationId]);
    await t.db.updateTable('recommendations').set({ position: 'noted', session: 41 }).where('id', '=', cited.recommendationId).execute();
    expect(await keysOf(cited.recommendationId)).toEqual(expect.arrayContaining(['position:noted', 'session:41']));
    await expectFacetsExact();
    await t.db.deleteFrom('recommendations').where('id', '=', cited.recommendationId).execute();
    expect((await search({ session: '41' })).total).toBe(0);
    await expectFacetsExact();
  });

  it('refreshes once at commit, and a rolled-back change leaves nothing queued', async () => {
    const before = await keysOf(csvRec);
    await withTransaction(t.db, async (trx) => {
      await trx.insertInto('recommendation_states').values({ recommendation_id: csvRec, state: 'NOR', ordinal: 9 }).execute();
      // Inside the transaction the keys wait for the commit.
      const inside = await trx.selectFrom('recommendations').select('facet_keys').where('id', '=', csvRec).executeTakeFirstOrThrow();
      expect(inside.facet_keys).not.toContain('state:NOR');
    });
    expect(await keysOf(csvRec)).toContain('state:NOR');
    await expect(
      withTransaction(t.db, async (trx) => {
        await trx.insertInto('recommendation_states').values({ recommendation_id: csvRec, state: 'SWE', ordinal: 10 }).execute();
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await keysOf(csvRec)).toEqual([...before, 'state:NOR'].sort());
    await expectFacetsExact();
  });

  it('writes a new recommendation once with its States, tags and keys, and queues an updated one', async () => {
    const documentId = await buildDocument(t.db);
    const { rows: terms } = await sql<{ id: string; taxonomy: string }>`
      select distinct on (taxonomy) id, taxonomy from taxonomy_terms where taxonomy in ('sdg', 'uhri-affected') order by taxonomy, code`.execute(t.db);
    const [sdg, persons] = [terms.find((r) => r.taxonomy === 'sdg')!.id, terms.find((r) => r.taxonomy === 'uhri-affected')!.id];
    const rec = (states: string[], termIds: string[]): RecommendationInput => ({
      ref: '12.3', text: 'Ratify the Convention.', paragraphId: null, addressee: null, position: 'supported', positionDocumentId: null,
      cluster: null, subTheme: null, country: 'KHM', cycle: null, session: null, state: 'published', states, termIds,
    });
    const id = await withTransaction(t.db, async (trx) => {
      const [stored] = await upsertRecommendations(trx, documentId, [rec(['FRA', 'FRA', 'NOR'], [sdg, persons, sdg])]);
      const { rows: queued } = await sql<{ n: number }>`select count(*)::int as n from facet_refresh_queue`.execute(trx);
      expect(queued[0]!.n).toBe(0);
      const inside = await trx.selectFrom('recommendations').select('facet_keys').where('id', '=', stored!).executeTakeFirstOrThrow();
      expect([...inside.facet_keys].sort()).toEqual([`document:${documentId}`, 'mechanism:special-procedure', `persons:${persons}`, 'position:supported', `sdg:${sdg}`, 'state:FRA', 'state:NOR'].sort());
      return stored!;
    });
    const states = await t.db.selectFrom('recommendation_states').select(['state', 'ordinal']).where('recommendation_id', '=', id).orderBy('ordinal').execute();
    expect(states).toEqual([{ state: 'FRA', ordinal: 0 }, { state: 'NOR', ordinal: 1 }]);
    await decideRecommendationTag(t.db, actor, id, { termId: persons, action: 'reject' }, 'en');

    // The same identity again: the row is updated, its States replaced, a rejected tag stays rejected.
    expect(await upsertRecommendations(t.db, documentId, [rec(['DEU'], [persons])])).toEqual([id]);
    const keys = await keysOf(id);
    expect(keys).toContain('state:DEU');
    expect(keys).not.toContain('state:FRA');
    expect(keys).not.toContain(`persons:${persons}`);
    expect(keys).toContain(`sdg:${sdg}`);
    await expectFacetsExact();
  });

  it.skipIf(!onPostgres)('keeps both of two concurrent changes to one recommendation', async () => {
    const states = async (id: string) => (await keysOf(id)).filter((k) => k.startsWith('state:'));
    const before = await states(csvRec);
    // A third transaction holds the row, so that both changes are made before either commits.
    const holder = await t.db.startTransaction().execute();
    await sql`select 1 from recommendations where id = ${csvRec} for share`.execute(holder);
    const both = ['NZL', 'CHL'].map(async (state, ordinal) => {
      const trx = await t.db.startTransaction().execute();
      await trx.insertInto('recommendation_states').values({ recommendation_id: csvRec, state, ordinal: 20 + ordinal }).execute();
      await trx.commit().execute();
    });
    for (let waiting = 0; waiting < 2; ) {
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(t.db);
      waiting = rows[0]!.n;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await holder.rollback().execute();
    await Promise.all(both);
    expect(await states(csvRec)).toEqual([...before, 'state:CHL', 'state:NZL'].sort());
    await expectFacetsExact();
  });

  it('gives back the space of the queue after each job, so that PGlite does not grow with every import', async () => {
    const csv = resolve(DATA_DIR, 'upr-info/upr-info-sessions-14-16.csv');
    const job = await enqueueImport(t.db, actor, [file(csv)], { publish: false });
    const ran = await runJobNow(t.db, job, () => undefined);
    expect(ran.error).toBeNull();
    expect(await facetQueuePages(t.db)).toBe(0);
    await expectFacetsExact();
  });
});
