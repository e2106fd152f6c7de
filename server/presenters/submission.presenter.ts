// Submissions to calls for input. The submitter's identity is confidential by default: it
// reaches cleared roles only (and the caller audits that read); the public sees none.
import type { SubmissionRow } from '../repositories/call.repository.ts';

export interface SubmissionView {
  id: string;
  callId: string;
  organisationId: string | null;
  submitterName: string | null;
  submitterEmail: string | null;
  identityConfidential: boolean;
  text: string;
  state: SubmissionRow['state'];
  createdAt: string;
}

export function presentSubmission(s: SubmissionRow, showIdentity: boolean): SubmissionView {
  const identity = showIdentity || !s.identityConfidential;
  return {
    id: s.id,
    callId: s.callId,
    organisationId: identity ? s.organisationId : null,
    submitterName: identity ? s.submitterName : null,
    submitterEmail: identity ? s.submitterEmail : null,
    identityConfidential: s.identityConfidential,
    text: s.text,
    state: s.state,
    createdAt: s.createdAt.toISOString(),
  };
}
