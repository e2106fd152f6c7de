// Searches read no pending index entries (migration 2026-11-28-0101, with the indexes of the
// words as written from 2026-11-29-0201): a commit that wrote recommendations or documents
// leaves the pending lists of their GIN indexes empty, also when the facet refresh rewrites
// rows at commit. PGlite and PostgreSQL.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../server/db/handle.ts';
import { migrateToLatest, MIGRATIONS } from '../server/db/migrate.ts';
import { systemActor } from '../server/services/actor.ts';
import { decideRecommendationTag } from '../server/services/decide-tag.ts';
import { ensureReferenceData } from '../server/services/ensure-reference-data.ts';
import { importDocument } from '../server/services/import-document.ts';
import { createTestDb, onPostgres, type TestDb } from './db.ts';
import { DATA_DIR, SHARED_DIR } from './shared.ts';

const INDEXES = ['recommendations_search', 'recommendations_facet_keys', 'documents_search', 'recommendations_search_simple', 'documents_search_simple'];
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
    const waiting = await pending();
    expect(waiting['recommendations_search']).toBeGreaterThan(0);
    expect(waiting['recommendations_search_simple']).toBeGreaterThan(0);
  });
});

const MIGRATION = '2026-11-29-0201-prefix-search';

describe(`the words-as-written migration undone (${onPostgres ? 'postgres' : 'pglite'})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.close());

  const flushed = async (): Promise<string> => {
    const { rows } = await sql<{ body: string }>`select prosrc as body from pg_proc where proname = 'flush_search_indexes'`.execute(t.db);
    return rows[0]!.body;
  };

  it('flushes the indexes of before, and the new ones again when redone', async () => {
    const names = Object.keys(MIGRATIONS).sort();
    const undone = await new Migrator({ db: t.db, provider: { getMigrations: () => Promise.resolve(MIGRATIONS) } }).migrateTo(names[names.indexOf(MIGRATION) - 1]!);
    expect(undone.error).toBeUndefined();
    expect(undone.results?.map((r) => `${r.direction} ${r.migrationName}`)).toContain(`Down ${MIGRATION}`);
    expect(await flushed()).toContain('{recommendations_search,recommendations_facet_keys,documents_search}');
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_attribute where attname = 'search_simple' and not attisdropped`.execute(t.db);
    expect(rows[0]!.n).toBe(0);
    // Writes still commit through the flush of before.
    await t.db.insertInto('documents').values({ kind: 'generic', title: 'Education report' }).execute();
    expect(await migrateToLatest(t.db)).toContain(MIGRATION);
    expect(await flushed()).toContain('documents_search_simple');
    const found = await sql<{ title: string }>`select title from documents where search_simple @@ to_tsquery('simple', 'educat:*')`.execute(t.db);
    expect(found.rows).toEqual([{ title: 'Education report' }]);
  });
});
