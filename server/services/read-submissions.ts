// Reading a call's submissions: readers see approved ones without the submitter's identity
// when it is confidential; cleared roles see all of them with identities, and that read is
// audited.
import type { SubmissionState } from '../../contracts/tracking.ts';
import { withTransaction, type Db } from '../db/handle.ts';
import { requirePermission } from '../policies/require.ts';
import { audienceOf } from '../presenters/audience.ts';
import { presentSubmission, type SubmissionView } from '../presenters/submission.presenter.ts';
import { findCallById, listSubmissions } from '../repositories/call.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { found } from './stale-version.ts';

/** Throws not-found (call) or unauthenticated/forbidden. */
export async function readSubmissions(db: Db, actor: Actor, callId: string): Promise<SubmissionView[]> {
  requirePermission(actor, 'internal.read');
  found(await findCallById(db, callId), 'call for input', callId);
  const cleared = audienceOf(actor) === 'cleared';
  const states: SubmissionState[] = cleared ? ['pending', 'approved', 'rejected'] : ['approved'];
  const rows = await listSubmissions(db, callId, states);
  const confidential = cleared ? rows.filter((r) => r.identityConfidential) : [];
  if (confidential.length > 0) {
    await withTransaction(db, (trx) => audit(trx, actor, 'read-confidential', 'submission', callId, { after: { submissionIds: confidential.map((r) => r.id) } }));
  }
  return rows.map((r) => presentSubmission(r, cleared));
}
