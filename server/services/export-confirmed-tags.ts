// export-confirmed-tags: the recommendations a person has decided tags on, with the labels
// to learn from, for retraining (`npm run train:classify -- --with-confirmed FILE`). The
// labels are the confirmed and imported tags; rejected ones are listed apart, and machine
// suggestions nobody decided on are left out.
import type { Taxonomy } from '../classify/classifier.ts';
import type { Db } from '../db/handle.ts';
import { requirePermission } from '../policies/require.ts';
import { findDecidedTags } from '../repositories/recommendation-tag.repository.ts';
import type { Actor } from './actor.ts';

export interface ConfirmedExample {
  text: string;
  labels: string[];
  rejected: string[];
}

/** Where a classifier taxonomy's tags are stored. */
const STORED_AS: Record<Taxonomy, readonly string[]> = { 'upr-info': ['upr-info'], uhri: ['uhri-theme', 'uhri-affected'], sdg: ['sdg'] };

/** Throws forbidden unless a coordinator, an admin or the command line asks. */
export async function exportConfirmedTags(db: Db, actor: Actor, taxonomy: Taxonomy): Promise<ConfirmedExample[]> {
  requirePermission(actor, 'tag.decide');
  const byRec = new Map<string, ConfirmedExample>();
  for (const stored of STORED_AS[taxonomy]) {
    for (const row of await findDecidedTags(db, stored)) {
      let ex = byRec.get(row.recommendationId);
      if (!ex) byRec.set(row.recommendationId, (ex = { text: row.text, labels: [], rejected: [] }));
      if (row.origin === 'confirmed' || row.origin === 'imported') ex.labels.push(row.code);
      else if (row.origin === 'rejected') ex.rejected.push(row.code);
    }
  }
  return [...byRec.values()];
}
