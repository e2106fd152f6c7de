// A published recommendation with everything its record page shows. Throws not-found
// for unknown and unpublished ones. Confidential evidence only for cleared readers, and
// each such read is audited.
import type { Db } from '../db/handle.ts';
import type { Language } from '../../contracts/languages.ts';
import { AppError } from '../errors.ts';
import type { RecommendationDetail } from '../../contracts/records.ts';
import { audienceOf } from '../presenters/audience.ts';
import { presentAssessments, presentIndicators } from '../presenters/record-assessment.presenter.ts';
import { presentRecommendation } from '../presenters/record.presenter.ts';
import { findAssessmentsOf, findEvidence, findIndicatorsOf } from '../repositories/assessment-read.repository.ts';
import {
  findActions,
  findAssignments,
  findBenchmarksResting,
  findDocumentRef,
  findLinks,
  findParagraphContext,
  findPublishedRecommendation,
  findStates,
  findTags,
} from '../repositories/recommendation-read.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';

/** Paragraphs shown on each side of the recommendation's own. */
const CONTEXT = 2;

/** States and tags are named in `language`. */
export async function getRecommendation(db: Db, actor: Actor, id: string, language: Language): Promise<RecommendationDetail> {
  const row = await findPublishedRecommendation(db, id);
  if (!row) throw new AppError('not-found', `no published recommendation ${id}`);
  const assessments = await findAssessmentsOf(db, { recommendationId: id });
  const evidence = await findEvidence(db, assessments.map((a) => a.id));
  const { views, confidentialShown } = presentAssessments(assessments, evidence, audienceOf(actor));
  if (confidentialShown) await audit(db, actor, 'read-confidential', 'recommendation', id);
  return presentRecommendation({
    row,
    positionDocument: row.positionDocumentId ? await findDocumentRef(db, row.positionDocumentId) : null,
    paragraphs: row.paragraphId ? await findParagraphContext(db, row.paragraphId, CONTEXT) : [],
    states: await findStates(db, id, language),
    tags: await findTags(db, id, language),
    links: await findLinks(db, id),
    benchmarks: await findBenchmarksResting(db, id),
    assignments: await findAssignments(db, id),
    actions: await findActions(db, id),
    indicators: presentIndicators(await findIndicatorsOf(db, { recommendationId: id })),
    assessments: views,
  });
}
