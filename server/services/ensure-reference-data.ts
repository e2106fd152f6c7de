// Reference data every instance needs, loaded at start and idempotent: the scales and
// their grades (held in code), the States (held in code), and the taxonomies and the
// States' names in other languages from ../shared/data/taxonomies when found beside the
// repo (skipped when already loaded).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/handle.ts';
import { STATE_CODES, stateName } from '../importers/countries.ts';
import { countCountries, upsertCountries } from '../repositories/country.repository.ts';
import { upsertScales } from '../repositories/scale.repository.ts';
import { systemActor } from './actor.ts';
import { importTaxonomies, readTaxonomyDir, taxonomiesLoaded } from './import-taxonomies.ts';
import { SCALE_DEFINITIONS } from './scales.ts';

/** Where the taxonomy lists are under the shared directory. */
export function sharedTaxonomyDir(sharedDir: string): string {
  return join(sharedDir, 'data', 'taxonomies');
}

export async function ensureReferenceData(db: Db, sharedDir: string): Promise<void> {
  await upsertScales(db, SCALE_DEFINITIONS);
  if ((await countCountries(db)) < STATE_CODES.length) {
    await upsertCountries(db, STATE_CODES.map((code) => ({ code, name: stateName(code) })));
  }
  const dir = sharedTaxonomyDir(sharedDir);
  if (!existsSync(dir)) return;
  const lists = readTaxonomyDir(dir);
  if (await taxonomiesLoaded(db, lists)) return;
  await importTaxonomies(db, systemActor('startup'), dir, lists);
}
