// Searches read no pending index entries (migration 2026-11-27-0001): a commit that wrote
// recommendations or documents leaves the pending lists of their GIN indexes empty, also
// when the facet refresh rewrites rows at commit. PGlite and PostgreSQL.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../server/db/handle.ts';
import { systemActor } from '../server/services/actor.ts';
import { decideRecommendationTag } from '../server/services/decide-tag.ts';
import { ensureReferenceData } from '../server/services/ensure-reference-data.ts';
import { importDocument } from '../server/services/import-document.ts';
import { createTestDb, onPostgres, type TestDb } from './db.ts';
import { DATA_DIR, SHARED_DIR } from './shared.ts';

const INDEXES = ['recommendations_search', 'recommendations_facet_keys', 'documents_search'];
const actor = systemActor('test');

describe(`search indexes keep no pending entries (${onPostgres ? 'postgres' : 'pglite'})`, () => {
  let t: TestDb;

  /** Pages each index had pending (moving them into the index: a check only tests use). */
  const pending = async (): Promise<Record<string, number>> => {
    const { rows } = await sql<{ index: string; pages: number }>`
      select i as index, gin_clean_pending_list(i::regclass)::int as pages from unnest(${INDEXES}::text[]) i`.execute(t.db);
    return Object.fromEntries(rows.map((r) => [r.index, r.pages]));
  };
  const none = Object.fromEntries(INDEXES.map((i) => [i, 0]));
  const someRecommendation = async (): Promise<{ id: string; term: string }> => {
    const { rows } = await sql<{ id: string; term: string }>`
      select g.recommendation_id as id, g.term_id as term from recommendation_tags g order by g.recommendation_id, g.term_id limit 1`.execute(t.db);
    return rows[0]!;
  };

  beforeAll(async () => {
    t = await createTestDb();
    await ensureReferenceData(t.db, SHARED_DIR);
  });
  afterAll(async () => t.close());

  it('after an import', async () => {
    const csv = resolve(DATA_DIR, 'upr-info/upr-info-cambodia-session-18.csv');
    await importDocument(t.db, actor, { name: 'session-18.csv', bytes: new Uint8Array(readFileSync(csv)) }, { publish: true });
    expect(await pending()).toEqual(none);
  });

  it('after a small write and after the facet refresh at commit', async () => {
    const { id, term } = await someRecommendation();
    await t.db.updateTable('recommendations').set({ text: 'Guarantee the independence of the judiciary.' }).where('id', '=', id).execute();
    expect(await pending()).toEqual(none);
    // The tag decision changes the keys, which the refresh at commit writes after the statement.
    await decideRecommendationTag(t.db, actor, id, { termId: term, action: 'reject' }, 'en');
    expect(await pending()).toEqual(none);
  });

  it('only because of the flush at commit: without it the entries wait', async () => {
    const { id } = await someRecommendation();
    await withTransaction(t.db, async (trx) => {
      await sql`alter table recommendations disable trigger recommendations_search_index_flush`.execute(trx);
      await trx.updateTable('recommendations').set({ text: 'Protect human rights defenders and journalists.' }).where('id', '=', id).execute();
      await sql`alter table recommendations enable trigger recommendations_search_index_flush`.execute(trx);
    });
    expect((await pending())['recommendations_search']).toBeGreaterThan(0);
  });
});
