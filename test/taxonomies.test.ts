// Reference taxonomies and States loaded at start (and by `landmark taxonomy import`), on
// PGlite and on a PostgreSQL server.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../server/errors.ts';
import { systemActor } from '../server/services/actor.ts';
import { ensureReferenceData, sharedTaxonomyDir } from '../server/services/ensure-reference-data.ts';
import { importTaxonomies } from '../server/services/import-taxonomies.ts';
import { STATE_CODES } from '../server/importers/countries.ts';
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
    // Stored composed (the list writes the accents as combining marks).
    expect(rows[1]?.fr).toBe(rows[1]?.fr?.normalize('NFC'));
    expect(rows[1]?.fr).toMatch(/^Garantir l’accès public à l’information/);
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

  const named = async () =>
    (await sql<{ code: string; alpha2: string | null; labels: Record<string, string> }>`select code, alpha2, labels from countries where code in ('DZA', 'KHM') order by code`.execute(t.db)).rows;

  it('names every State in French and Spanish, with its alpha-2 code, from un-m49-countries.csv', async () => {
    expect(await named()).toEqual([
      { code: 'DZA', alpha2: 'DZ', labels: { fr: 'Algérie', es: 'Argelia' } },
      { code: 'KHM', alpha2: 'KH', labels: { fr: 'Cambodge', es: 'Camboya' } },
    ]);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from countries where alpha2 is not null and labels ? 'fr' and labels ? 'es'`.execute(t.db);
    expect(rows[0]?.n).toBe(STATE_CODES.length);
    // The English names stay Landmark's own, which importers resolve documents against.
    expect((await sql<{ name: string }>`select name from countries where code = 'CIV'`.execute(t.db)).rows).toEqual([{ name: "Côte d'Ivoire" }]);
  });

  it('loads the names at start into a database that had the taxonomies already', async () => {
    await sql`update countries set alpha2 = null, labels = '{}'`.execute(t.db);
    await ensureReferenceData(t.db, SHARED_DIR);
    expect((await named()).map((r) => r.labels.fr)).toEqual(['Algérie', 'Cambodge']);
  });

  it('refuses a bad row of un-m49-countries.csv, naming the file, line and field, and stores nothing of the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'landmark-taxonomies-'));
    try {
      const shared = sharedTaxonomyDir(SHARED_DIR);
      for (const file of readdirSync(shared).filter((f) => f.endsWith('.csv'))) copyFileSync(join(shared, file), join(dir, file));
      const lines = readFileSync(join(shared, 'un-m49-countries.csv'), 'utf8').split('\n');
      lines[4] = lines[4]!.replace(/^([^,]*),[A-Z]{2},/, '$1,M4,');
      writeFileSync(join(dir, 'un-m49-countries.csv'), lines.join('\n'));
      await sql`update countries set labels = '{}' where code = 'DZA'`.execute(t.db);
      const err = await importTaxonomies(t.db, systemActor('test'), dir).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('bad-input');
      expect((err as AppError).message).toBe(`${join(dir, 'un-m49-countries.csv')}, line 5, field "iso_alpha2": "M4" is not an ISO 3166-1 alpha-2 code (2 capital letters)`);
      expect((await named())[0]?.labels).toEqual({});
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is idempotent, and refuses a folder without the lists', async () => {
    const again = await importTaxonomies(t.db, systemActor('test'), sharedTaxonomyDir(SHARED_DIR));
    expect(again.added).toBe(0);
    expect(again.states).toBe(STATE_CODES.length);
    expect(again.terms['upr-info']).toBe(54);
    const err = await importTaxonomies(t.db, systemActor('test'), SHARED_DIR).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toContain('sdg-goals.csv');
  });
});
