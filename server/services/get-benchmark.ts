// A benchmark: its wording in each report, its sources, its grades per period with the
// evidence, and the cases and trials linked to it. Published ones for everyone, drafts for
// signed-in readers; throws not-found for the rest. Confidential evidence only for cleared
// readers, and each such read is audited.
import type { Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import type { BenchmarkDetail } from '../../contracts/records.ts';
import { can } from '../policies/can.ts';
import { audienceOf } from '../presenters/audience.ts';
import { presentAssessments, presentIndicators } from '../presenters/record-assessment.presenter.ts';
import { presentBenchmark } from '../presenters/record.presenter.ts';
import { findAssessmentsOf, findEvidence, findIndicatorsOf } from '../repositories/assessment-read.repository.ts';
import { findBenchmarkInStates, findSources, findWordings } from '../repositories/benchmark-read.repository.ts';
import type { Actor } from './actor.ts';
import { benchmarkCaseEvidence } from './read-case-evidence.ts';
import { audit } from './audit.ts';

export async function getBenchmark(db: Db, actor: Actor, id: string): Promise<BenchmarkDetail> {
  const row = await findBenchmarkInStates(db, id, can(actor, 'internal.read') ? ['published', 'draft'] : ['published']);
  if (!row) throw new AppError('not-found', `no published benchmark ${id}`);
  const assessments = await findAssessmentsOf(db, { benchmarkId: id });
  const evidence = await findEvidence(db, assessments.map((a) => a.id));
  const { views, confidentialShown } = presentAssessments(assessments, evidence, audienceOf(actor));
  if (confidentialShown) await audit(db, actor, 'read-confidential', 'benchmark', id);
  return presentBenchmark(row, await findWordings(db, id), await findSources(db, id), views, presentIndicators(await findIndicatorsOf(db, { benchmarkId: id })), await benchmarkCaseEvidence(db, actor, id));
}
