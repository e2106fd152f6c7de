// Reference taxonomies and States loaded at start (and by `landmark taxonomy import`), on
// PGlite and on a PostgreSQL server.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../server/errors.ts';
import { systemActor } from '../server/services/actor.ts';
import { ensureReferenceData, sharedTaxonomyDir } from '../server/services/ensure-reference-data.ts';
import { importTaxonomies } from '../server/services/import-taxonomies.ts';
import { createTestDb, onPostgres, type TestDb } from './db.ts';
import { SHARED_DIR } from './shared.ts';

describe(`reference taxonomies (${onPostgres ? 'postgres' : 'pglite'})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    await ensureReferenceData(t.db, SHARED_DIR);
  });
  afterAll(async () => t.close());

  it('loads SDG goals, targets and indicators with parents and three languages', async () => {
    const { rows } = await sql<{ code: string; parent_code: string | null; fr: string | null }>`
      select code, parent_code, labels->>'fr' as fr from taxonomy_terms where taxonomy = 'sdg' and code in ('16', '16.10', '16.10.1') order by code`.execute(t.db);
    expect(rows.map((r) => [r.code, r.parent_code])).toEqual([['16', null], ['16.10', '16'], ['16.10.1', '16.10']]);
    expect(rows[0]?.fr).toMatch(/pacifiques/);
    expect(rows[1]?.fr).toMatch(/information/);
    expect(rows[2]?.fr).toBeNull();
    const counts = await sql<{ taxonomy: string; n: number }>`select taxonomy, count(*)::int as n from taxonomy_terms group by taxonomy order by taxonomy`.execute(t.db);
    expect(counts.rows).toEqual([
      { taxonomy: 'sdg', n: 17 + 169 + 248 },
      { taxonomy: 'uhri-affected', n: 34 },
      { taxonomy: 'uhri-theme', n: 99 + 5 },
      { taxonomy: 'upr-info', n: 54 },
    ]);
  });

  it('keeps UHRI themes under their heading and cluster', async () => {
    const { rows } = await sql<{ parent_code: string | null; cluster: string | null }>`
      select parent_code, cluster from taxonomy_terms where taxonomy = 'uhri-theme' and code = 'Freedom of opinion and expression & access to information'`.execute(t.db);
    expect(rows).toEqual([{ parent_code: 'Civil & political rights', cluster: 'B. Civil and political rights' }]);
  });

  it('fills the States', async () => {
    const { rows } = await sql<{ name: string }>`select name from countries where code = 'KHM'`.execute(t.db);
    expect(rows).toEqual([{ name: 'Cambodia' }]);
  });

  it('is idempotent, and refuses a folder without the lists', async () => {
    const again = await importTaxonomies(t.db, systemActor('test'), sharedTaxonomyDir(SHARED_DIR));
    expect(again.added).toBe(0);
    expect(again.terms['upr-info']).toBe(54);
    const err = await importTaxonomies(t.db, systemActor('test'), SHARED_DIR).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toContain('sdg-goals.csv');
  });
});
