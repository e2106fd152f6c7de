// Recording a trial that groups cases: court, charges, verdict date, judgment, source.
import type { TrialView } from '../../contracts/cases.ts';
import { withTransaction, type Db } from '../db/handle.ts';
import { presentTrial } from '../presenters/case.presenter.ts';
import { requirePermission } from '../policies/require.ts';
import { addLinks } from '../repositories/case-links.repository.ts';
import { findTrialById, insertTrial, type TrialFields } from '../repositories/trial.repository.ts';
import { actorUserId, type Actor } from './actor.ts';
import { audit } from './audit.ts';
import { requireDocument } from './case-checks.ts';
import { requireItems } from './item-checks.ts';

export type NewTrialInput = TrialFields & { benchmarkIds: string[]; recommendationIds: string[] };

/** Throws forbidden or bad-input naming the field (unknown document, benchmark or recommendation). */
export async function createTrial(db: Db, actor: Actor, input: NewTrialInput): Promise<TrialView> {
  requirePermission(actor, 'case.edit');
  return withTransaction(db, async (trx) => {
    await requireDocument(trx, input.documentId);
    const links = { benchmarkIds: input.benchmarkIds, recommendationIds: input.recommendationIds };
    await requireItems(trx, links, { benchmark: 'benchmarkIds.#', recommendation: 'recommendationIds.#' });
    const id = await insertTrial(trx, input, actorUserId(actor));
    await addLinks(trx, 'trial', id, links);
    const row = (await findTrialById(trx, id))!;
    await audit(trx, actor, 'create', 'trial', id, { after: row });
    return presentTrial(row);
  });
}
