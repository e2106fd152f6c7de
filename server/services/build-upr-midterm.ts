// build-upr-midterm: the voluntary UPR mid-term report of a State for one cycle, from the
// database, as the audience may see it.
import type { ReportLang, UprMidtermReport } from '../../contracts/reports.ts';
import type { Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import type { ReportAudience } from '../presenters/evidence.presenter.ts';
import { findLatestCycle } from '../repositories/recommendation-report.repository.ts';
import type { BuiltReport } from './build-scorecard.ts';
import { gatherRecommendations, resolveCountry } from './gather-recommendations.ts';

export interface MidtermOptions {
  country?: string | undefined;
  /** The UPR cycle; the latest with recommendations to the State when absent. */
  cycle?: number | undefined;
  /** The label printed as the report's period; the current year when absent. */
  period?: string | undefined;
  preparedBy: string;
  /** Language of the names of States and tags; English when absent. */
  lang?: ReportLang | undefined;
}

/** Builds the mid-term report. Throws not-found when the State has no UPR recommendations. */
export async function buildUprMidterm(db: Db, audience: ReportAudience, opts: MidtermOptions): Promise<BuiltReport<UprMidtermReport>> {
  const country = await resolveCountry(db, opts.country);
  const cycle = opts.cycle ?? (await findLatestCycle(db, country));
  if (cycle === null) throw new AppError('not-found', `no UPR recommendations to ${country} yet: give --cycle or import a UPR report`);
  const gathered = await gatherRecommendations(db, audience, { country, cycle, mechanism: 'upr' }, opts.lang ?? 'en');
  if (gathered.recommendations.length === 0) throw new AppError('not-found', `no recommendations of UPR cycle ${cycle} to ${gathered.stateName}`);
  const clustered = gathered.recommendations.some((r) => r.cluster !== null && r.cluster !== '');
  return {
    report: {
      stateName: gathered.stateName,
      cycle,
      periodLabel: opts.period ?? String(new Date().getUTCFullYear()),
      preparedBy: opts.preparedBy,
      groupBy: clustered ? 'cluster' : 'theme',
      recommendations: gathered.recommendations.map((r) => ({
        reference: r.ref,
        text: r.text,
        recommendingStates: r.recommendingStates,
        position: r.position,
        positionSource: r.position ? r.positionSource : null,
        themes: r.themes,
        cluster: r.cluster,
        responsibleInstitutions: r.institutions,
        actions: r.actions,
        indicators: r.indicators,
        latestAssessment: r.latestAssessment,
      })),
    },
    confidentialItems: 0,
  };
}
