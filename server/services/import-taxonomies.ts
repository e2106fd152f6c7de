// import-taxonomies: loads the reference lists of a taxonomy directory into taxonomy_terms,
// idempotently (terms are keyed by taxonomy and code; a second run updates labels in place).
import { withTransaction, type Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { readReferenceTaxonomies, REFERENCE_TAXONOMIES, type ReferenceTaxonomy, type ReferenceTerm } from '../importers/taxonomies/reference-taxonomies.ts';
import { requirePermission } from '../policies/require.ts';
import { countStoredTerms, upsertTerms } from '../repositories/taxonomy.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';

export interface TaxonomyImportOutcome {
  dir: string;
  /** Terms read per taxonomy. */
  terms: Record<ReferenceTaxonomy, number>;
  /** Terms that were not stored before this run. */
  added: number;
}

/** Reads the lists; a missing or malformed file is bad input naming it. */
export function readTaxonomyDir(dir: string): ReferenceTerm[] {
  try {
    return readReferenceTaxonomies(dir);
  } catch (err) {
    throw new AppError('bad-input', (err as Error).message, { cause: err });
  }
}

/** Whether every term of `terms` is already stored. */
export async function taxonomiesLoaded(db: Db, terms: readonly ReferenceTerm[]): Promise<boolean> {
  return (await countStoredTerms(db, terms)) === terms.length;
}

/** Loads the taxonomy lists of `dir`. Throws forbidden (not an admin) or bad-input (a list missing or malformed). */
export async function importTaxonomies(db: Db, actor: Actor, dir: string, preread?: readonly ReferenceTerm[]): Promise<TaxonomyImportOutcome> {
  requirePermission(actor, 'taxonomy.manage');
  const terms = preread ?? readTaxonomyDir(dir);
  const counts = Object.fromEntries(REFERENCE_TAXONOMIES.map((t) => [t, terms.filter((x) => x.taxonomy === t).length])) as Record<ReferenceTaxonomy, number>;
  return withTransaction(db, async (trx) => {
    const before = await countStoredTerms(trx, terms);
    await upsertTerms(trx, terms);
    const outcome = { dir, terms: counts, added: terms.length - before };
    await audit(trx, actor, 'import', 'taxonomy', null, { after: outcome });
    return outcome;
  });
}
