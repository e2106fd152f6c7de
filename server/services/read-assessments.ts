// Reading assessments. Lists never carry confidential evidence; one assessment read by a
// cleared role does, and that read is written to the audit log.
import type { AssessableItem } from '../../contracts/tracking.ts';
import { withTransaction, type Db } from '../db/handle.ts';
import { audienceOf } from '../presenters/audience.ts';
import { presentAssessment, visibleStates, type AssessmentView } from '../presenters/assessment.presenter.ts';
import { findAssessmentById, listAssessments, listEvidence } from '../repositories/assessment.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { found } from './stale-version.ts';

export interface AssessmentQuery {
  itemType?: AssessableItem | undefined;
  benchmarkId?: string | undefined;
  recommendationId?: string | undefined;
  itemKey?: string | undefined;
  periodId?: string | undefined;
  assessorId?: string | undefined;
  state?: 'pending' | 'published' | 'rejected' | undefined;
}

export async function readAssessments(db: Db, actor: Actor, q: AssessmentQuery): Promise<AssessmentView[]> {
  const states = visibleStates(audienceOf(actor)).filter((s) => q.state === undefined || s === q.state);
  const rows = await listAssessments(db, { ...q, states, publishedItemsOnly: audienceOf(actor) === 'public' });
  const evidence = await listEvidence(db, rows.map((r) => r.id));
  return rows.map((r) => presentAssessment(r, evidence, false));
}

export interface AssessmentDetail extends AssessmentView {
  /** Earlier versions this one corrects, newest first. */
  history: AssessmentView[];
  /** The id of the version that corrects this one, when there is one the reader may see. */
  supersededBy: string | null;
}

/** Throws not-found when the assessment does not exist or the reader may not see it. */
export async function readAssessment(db: Db, actor: Actor, id: string): Promise<AssessmentDetail> {
  const audience = audienceOf(actor);
  const states = visibleStates(audience);
  const cleared = audience === 'cleared';
  const row = await findAssessmentById(db, id);
  const itemPublished = audience !== 'public' || (row !== null && (await listAssessments(db, { periodId: row.periodId, assessorId: row.assessorId, states, publishedItemsOnly: true })).some((a) => a.id === row.id));
  const visible = found(row && states.includes(row.state) && itemPublished ? row : null, 'assessment', id);
  const history = [];
  let previous = visible.supersedesId;
  while (previous && history.length < 100) {
    const older = await findAssessmentById(db, previous);
    if (!older) break;
    if (states.includes(older.state)) history.push(older);
    previous = older.supersedesId;
  }
  const later = (await listAssessments(db, { benchmarkId: visible.benchmarkId ?? undefined, recommendationId: visible.recommendationId ?? undefined, itemKey: visible.itemKey ?? undefined, periodId: visible.periodId, assessorId: visible.assessorId, states }))
    .find((a) => a.supersedesId === visible.id);
  const evidence = await listEvidence(db, [visible.id, ...history.map((h) => h.id)]);
  const confidential = cleared ? evidence.filter((e) => e.confidential) : [];
  if (confidential.length > 0) {
    await withTransaction(db, (trx) => audit(trx, actor, 'read-confidential', 'evidence', visible.id, { after: { evidenceIds: confidential.map((e) => e.id) } }));
  }
  return {
    ...presentAssessment(visible, evidence, cleared),
    history: history.map((h) => presentAssessment(h, evidence, cleared)),
    supersededBy: later?.id ?? null,
  };
}
