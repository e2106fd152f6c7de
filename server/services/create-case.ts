// Opening a case: people named by initials or a pseudonym, their confidential identity,
// categories and sex, optionally in a trial and linked to benchmarks and recommendations.
import type { CaseDetail } from '../../contracts/cases.ts';
import { withTransaction, type Db } from '../db/handle.ts';
import { requirePermission } from '../policies/require.ts';
import { audienceOf } from '../presenters/audience.ts';
import { presentCase, type CaseEvaluation } from '../presenters/case.presenter.ts';
import { addLinks } from '../repositories/case-links.repository.ts';
import { findCaseById, insertCase, type CaseFields, type CaseRow } from '../repositories/case.repository.ts';
import { actorUserId, type Actor } from './actor.ts';
import { audit } from './audit.ts';
import { requireTrial } from './case-checks.ts';
import { requireItems } from './item-checks.ts';

export type NewCaseInput = CaseFields & { benchmarkIds: string[]; recommendationIds: string[] };

/** What an audit event may say of a case: never the identity, only whether one is on file. */
export function auditedCase(c: CaseRow): Omit<CaseRow, 'identity'> & { identityOnFile: boolean } {
  const { identity, ...rest } = c;
  return { ...rest, identityOnFile: identity !== null && identity !== '' };
}

/** Throws forbidden, or bad-input naming the field (unknown trial, benchmark or recommendation). */
export async function createCase(db: Db, actor: Actor, input: NewCaseInput, evaluation: CaseEvaluation): Promise<CaseDetail> {
  requirePermission(actor, 'case.edit');
  return withTransaction(db, async (trx) => {
    await requireTrial(trx, input.trialId);
    const links = { benchmarkIds: input.benchmarkIds, recommendationIds: input.recommendationIds };
    await requireItems(trx, links, { benchmark: 'benchmarkIds.#', recommendation: 'recommendationIds.#' });
    const id = await insertCase(trx, input, actorUserId(actor));
    await addLinks(trx, 'case', id, links);
    const row = (await findCaseById(trx, id))!;
    await audit(trx, actor, 'create', 'case', id, { after: auditedCase(row) });
    return presentCase(row, [], audienceOf(actor), evaluation);
  });
}
