// import-taxonomies: loads the reference lists of a taxonomy directory, idempotently: the
// terms into taxonomy_terms (keyed by taxonomy and code; a second run updates labels in
// place), and each known State's alpha-2 code and names in other languages into countries.
import { withTransaction, type Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { readReferenceTaxonomies, REFERENCE_TAXONOMIES, type ReferenceTaxonomy, type ReferenceTerm } from '../importers/taxonomies/reference-taxonomies.ts';
import { readM49Countries, type ReferenceState } from '../importers/taxonomies/un-m49-countries.ts';
import { requirePermission } from '../policies/require.ts';
import { countNamedCountries, nameCountries } from '../repositories/country.repository.ts';
import { countStoredTerms, upsertTerms } from '../repositories/taxonomy.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';

export interface TaxonomyImportOutcome {
  dir: string;
  /** Terms read per taxonomy. */
  terms: Record<ReferenceTaxonomy, number>;
  /** Terms that were not stored before this run. */
  added: number;
  /** States Landmark knows that the list names (alpha-2 code and names in other languages). */
  states: number;
}

/** What a taxonomy directory holds. */
export interface ReferenceLists {
  terms: ReferenceTerm[];
  states: ReferenceState[];
}

/** Reads the lists; a missing or malformed file is bad input naming it. */
export function readTaxonomyDir(dir: string): ReferenceLists {
  try {
    return { terms: readReferenceTaxonomies(dir), states: readM49Countries(dir) };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('bad-input', (err as Error).message, { cause: err });
  }
}

/** Whether every term and every State name of `lists` is already stored as the lists give it. */
export async function taxonomiesLoaded(db: Db, lists: ReferenceLists): Promise<boolean> {
  if ((await countStoredTerms(db, lists.terms)) !== lists.terms.length) return false;
  const { known, named } = await countNamedCountries(db, lists.states);
  return known === named;
}

/** Loads the taxonomy lists of `dir`. Throws forbidden (not an admin) or bad-input (a list missing or malformed). */
export async function importTaxonomies(db: Db, actor: Actor, dir: string, preread?: ReferenceLists): Promise<TaxonomyImportOutcome> {
  requirePermission(actor, 'taxonomy.manage');
  const { terms, states } = preread ?? readTaxonomyDir(dir);
  const counts = Object.fromEntries(REFERENCE_TAXONOMIES.map((t) => [t, terms.filter((x) => x.taxonomy === t).length])) as Record<ReferenceTaxonomy, number>;
  return withTransaction(db, async (trx) => {
    const before = await countStoredTerms(trx, terms);
    await upsertTerms(trx, terms);
    const named = await nameCountries(trx, states);
    const outcome = { dir, terms: counts, added: terms.length - before, states: named };
    await audit(trx, actor, 'import', 'taxonomy', null, { after: outcome });
    return outcome;
  });
}
