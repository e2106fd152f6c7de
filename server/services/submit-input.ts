// Answering a call for input: contributors under their organisation, anyone else through
// the public form. The submitter's identity is confidential unless they say otherwise.
import { MAX_EVIDENCE_BYTES } from '../../contracts/tracking.ts';
import { withTransaction, type Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { requirePermission } from '../policies/require.ts';
import { presentSubmission, type SubmissionView } from '../presenters/submission.presenter.ts';
import { findCallById, insertSubmission } from '../repositories/call.repository.ts';
import { actorUserId, type Actor } from './actor.ts';
import { audit } from './audit.ts';
import { found } from './stale-version.ts';

export interface SubmitInput {
  name?: string | undefined;
  email?: string | undefined;
  text: string;
  identityConfidential?: boolean | undefined;
}

/** Throws not-found (call), conflict (call closed or past its deadline) or bad-input naming the field. */
export async function submitInput(db: Db, actor: Actor, callId: string, input: SubmitInput): Promise<SubmissionView> {
  requirePermission(actor, 'submission.create');
  if (!input.text.trim()) throw new AppError('bad-input', 'text: the submission is empty', { place: { field: 'text' } });
  if (Buffer.byteLength(input.text) > MAX_EVIDENCE_BYTES) throw new AppError('bad-input', `text: over the limit of ${MAX_EVIDENCE_BYTES / 1024} KB`, { place: { field: 'text' } });
  return withTransaction(db, async (trx) => {
    const call = found(await findCallById(trx, callId), 'call for input', callId);
    if (call.status !== 'open' || call.deadline.getTime() < Date.now()) throw new AppError('conflict', `this call for input closed on ${call.deadline.toISOString().slice(0, 10)}`);
    const row = await insertSubmission(
      trx,
      {
        callId,
        organisationId: actor.kind === 'user' ? actor.organisationId : null,
        submitterName: input.name?.trim() ?? '',
        submitterEmail: input.email?.trim() ?? (actor.kind === 'user' ? actor.email : ''),
        identityConfidential: input.identityConfidential ?? true,
        text: input.text,
      },
      actorUserId(actor),
    );
    await audit(trx, actor, 'create', 'submission', row.id, { after: { callId, identityConfidential: row.identityConfidential, bytes: Buffer.byteLength(row.text) } });
    return presentSubmission(row, actor.kind !== 'anonymous');
  });
}
