// Assessments for each audience. Confidential evidence leaves the server only for cleared
// roles (and the caller audits that read); the public sees published assessments only.
import type { AssessmentState } from '../../contracts/tracking.ts';
import type { AssessmentRow, EvidenceRow } from '../repositories/assessment.repository.ts';
import type { Audience } from './audience.ts';

export interface EvidenceView {
  id: string;
  kind: EvidenceRow['kind'];
  text: string;
  url: string | null;
  documentId: string | null;
  paragraphRef: string | null;
  submissionId: string | null;
  confidential: boolean;
}

export interface AssessmentView extends Omit<AssessmentRow, 'createdAt'> {
  createdAt: string;
  evidence: EvidenceView[];
}

/** Which moderation states an audience may see. */
export function visibleStates(audience: Audience): AssessmentState[] {
  switch (audience) {
    case 'public':
      return ['published'];
    case 'viewer':
      return ['published', 'pending'];
    case 'cleared':
      return ['published', 'pending', 'rejected'];
  }
}

/** Evidence an audience may see; confidential items only when `withConfidential` (cleared detail reads). */
export function presentEvidence(evidence: readonly EvidenceRow[], withConfidential: boolean): EvidenceView[] {
  return evidence
    .filter((e) => withConfidential || !e.confidential)
    .map((e) => ({ id: e.id, kind: e.kind, text: e.text, url: e.url, documentId: e.documentId, paragraphRef: e.paragraphRef, submissionId: e.submissionId, confidential: e.confidential }));
}

export function presentAssessment(row: AssessmentRow, evidence: readonly EvidenceRow[], withConfidential: boolean): AssessmentView {
  return { ...row, createdAt: row.createdAt.toISOString(), evidence: presentEvidence(evidence.filter((e) => e.assessmentId === row.id), withConfidential) };
}

/** The evidence as the audit log keeps it: confidential text replaced by its size. */
export function auditedEvidence(evidence: readonly { kind: string; text: string; url: string | null; confidential: boolean }[]): unknown[] {
  return evidence.map((e) => (e.confidential ? { kind: e.kind, confidential: true, bytes: Buffer.byteLength(e.text) } : e));
}
