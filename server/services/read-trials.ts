// Reading trials (signed-in readers): lists with filters, one trial with its cases.
import type { TrialDetail, TrialView } from '../../contracts/cases.ts';
import { withTransaction, type Db } from '../db/handle.ts';
import { requirePermission } from '../policies/require.ts';
import { audienceOf } from '../presenters/audience.ts';
import { presentCaseSummary, presentTrial, showsIdentity, type CaseEvaluation } from '../presenters/case.presenter.ts';
import { listCaseEvents, listCases } from '../repositories/case.repository.ts';
import { findTrialById, listTrials, type TrialFilter } from '../repositories/trial.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { found } from './stale-version.ts';

export async function readTrials(db: Db, actor: Actor, filter: TrialFilter): Promise<TrialView[]> {
  requirePermission(actor, 'case.read');
  return (await listTrials(db, filter)).map(presentTrial);
}

/** One trial with the cases it groups. Throws not-found. */
export async function readTrial(db: Db, actor: Actor, id: string, evaluation: CaseEvaluation): Promise<TrialDetail> {
  requirePermission(actor, 'case.read');
  const trial = found(await findTrialById(db, id), 'trial', id);
  const cases = await listCases(db, { trialId: id });
  const events = await listCaseEvents(db, cases.map((c) => c.id));
  const audience = audienceOf(actor);
  if (showsIdentity(cases, audience)) {
    await withTransaction(db, (trx) => audit(trx, actor, 'read-confidential', 'trial', id, { after: { caseIds: cases.filter((c) => c.identity).map((c) => c.id) } }));
  }
  return { ...presentTrial(trial), cases: cases.map((c) => presentCaseSummary(c, events, audience, evaluation)) };
}
