// Recording an assessment: who grades which item, for which period, on which scale, with
// what evidence. Append-only: a correction is a new assessment whose `supersedesId` points
// at the version it corrects. Contributors' assessments wait for moderation unless their
// organisation is trusted.
import type { AssessableItem } from '../../contracts/tracking.ts';
import { withTransaction, type Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { requirePermission, requireRole } from '../policies/require.ts';
import { auditedEvidence, presentAssessment, type AssessmentView } from '../presenters/assessment.presenter.ts';
import { findAssessmentById, insertAssessment, listEvidence, supersededAmong } from '../repositories/assessment.repository.ts';
import { institutionsAssignedTo } from '../repositories/assignment.repository.ts';
import { findOrganisationById } from '../repositories/organisation.repository.ts';
import { actorUserId, type Actor } from './actor.ts';
import { checkGrade, checkSize, defaultScale, resolveAssessor, resolveEvidence, resolveItem, resolvePeriod, type EvidenceItemInput } from './assessment-input.ts';
import { audit } from './audit.ts';

export interface RecordAssessmentInput {
  itemType: AssessableItem;
  /** A benchmark or recommendation id, or the key of a cluster or theme. */
  itemId: string;
  periodId?: string | undefined;
  periodLabel?: string | undefined;
  assessorId?: string | undefined;
  assessorName?: string | undefined;
  scale?: string | undefined;
  grade: string;
  narrative?: string | undefined;
  evidence?: EvidenceItemInput[] | undefined;
  /** The assessment this one corrects (same item, period and assessor). */
  supersedesId?: string | undefined;
}

function pendingForActor(actor: Actor, trusted: boolean): boolean {
  return actor.kind === 'user' && actor.role === 'contributor' && !trusted;
}

/** Throws bad-input naming the field (grade, period, evidence…), conflict (correcting a corrected version) or forbidden. */
export async function recordAssessment(db: Db, actor: Actor, input: RecordAssessmentInput): Promise<AssessmentView> {
  requireRole(actor, 'assessment.record');
  const narrative = input.narrative ?? '';
  checkSize('narrative', narrative);
  return withTransaction(db, async (trx) => {
    const item = await resolveItem(trx, input.itemType, input.itemId);
    const assessorId = await resolveAssessor(trx, actor, { id: input.assessorId, name: input.assessorName });
    const institutionIds = await institutionsAssignedTo(trx, {
      benchmarkIds: item.benchmarkId ? [item.benchmarkId] : [],
      recommendationIds: item.recommendationId ? [item.recommendationId] : [],
      itemKeys: item.itemKey ? [item.itemKey] : [],
    });
    requirePermission(actor, 'assessment.record', { institutionIds, organisationId: assessorId });
    const period = await resolvePeriod(trx, { id: input.periodId, label: input.periodLabel });
    const scale = input.scale ?? defaultScale(input.itemType);
    await checkGrade(trx, scale, input.grade);
    const evidence = await resolveEvidence(trx, input.evidence ?? []);
    if (input.supersedesId) {
      const old = await findAssessmentById(trx, input.supersedesId);
      const sameItem = old && old.benchmarkId === item.benchmarkId && old.recommendationId === item.recommendationId && old.itemKey === item.itemKey;
      if (!old || !sameItem || old.periodId !== period.id || old.assessorId !== assessorId) {
        throw new AppError('bad-input', 'supersedesId: a correction must point at an assessment of the same item, period and assessor', { place: { field: 'supersedesId' } });
      }
      if ((await supersededAmong(trx, [old.id])).size > 0) {
        throw new AppError('conflict', 'supersedesId: this version was already corrected; correct the latest version instead', { place: { field: 'supersedesId' } });
      }
    }
    const trusted = (await findOrganisationById(trx, assessorId))?.trusted ?? false;
    const id = await insertAssessment(
      trx,
      {
        itemType: input.itemType,
        ...item,
        periodId: period.id,
        assessorId,
        scale,
        grade: input.grade,
        narrative,
        recommendationCount: null,
        state: pendingForActor(actor, trusted) ? 'pending' : 'published',
        supersedesId: input.supersedesId ?? null,
        documentId: null,
        createdBy: actorUserId(actor),
      },
      evidence,
    );
    const row = (await findAssessmentById(trx, id))!;
    await audit(trx, actor, input.supersedesId ? 'correct' : 'create', 'assessment', id, {
      ...(input.supersedesId ? { before: { id: input.supersedesId } } : {}),
      after: { ...row, evidence: auditedEvidence(evidence) },
    });
    return presentAssessment(row, await listEvidence(trx, [id]), false);
  });
}
