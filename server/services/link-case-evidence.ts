// Linking a case or a trial to the benchmarks and recommendations it is evidence for.
import { withTransaction, type Db } from '../db/handle.ts';
import { requirePermission } from '../policies/require.ts';
import { addLinks, findLinks, type ItemLinks, type LinkOwner } from '../repositories/case-links.repository.ts';
import { findCaseById } from '../repositories/case.repository.ts';
import { findTrialById } from '../repositories/trial.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { requireItems } from './item-checks.ts';
import { found } from './stale-version.ts';

/** Adds links (existing ones kept) and returns them all. Throws forbidden, not-found or bad-input naming the field. */
export async function linkCaseEvidence(db: Db, actor: Actor, owner: LinkOwner, id: string, links: ItemLinks): Promise<ItemLinks> {
  requirePermission(actor, 'case.edit');
  return withTransaction(db, async (trx) => {
    found(owner === 'case' ? await findCaseById(trx, id) : await findTrialById(trx, id), owner, id);
    await requireItems(trx, links, { benchmark: 'benchmarkIds.#', recommendation: 'recommendationIds.#' });
    await addLinks(trx, owner, id, links);
    const all = (await findLinks(trx, owner, [id])).get(id) ?? { benchmarkIds: [], recommendationIds: [] };
    await audit(trx, actor, 'link', owner, id, { after: { added: links } });
    return all;
  });
}
