// build-matrix: the thematic matrix (OHCHR layout) of the recommendations addressed to a
// State, optionally one UPR cycle's, as the audience may see it.
import type { MatrixReport, ReportLang } from '../../contracts/reports.ts';
import type { Db } from '../db/handle.ts';
import type { ReportAudience } from '../presenters/evidence.presenter.ts';
import { reportTexts } from '../reports/i18n.ts';
import { gatherRecommendations } from './gather-recommendations.ts';
import type { BuiltReport } from './build-scorecard.ts';

export interface MatrixOptions {
  country?: string | undefined;
  /** Only the UPR recommendations of this cycle. */
  cycle?: number | undefined;
  /** Language of the title's fixed words and of the names of States and tags; English when absent. */
  lang?: ReportLang | undefined;
}

/** Builds the matrix. Throws bad-input for an unknown State, not-found when there are no recommendations. */
export async function buildMatrix(db: Db, audience: ReportAudience, opts: MatrixOptions = {}): Promise<BuiltReport<MatrixReport>> {
  const scope = opts.cycle === undefined ? { country: opts.country } : { country: opts.country, cycle: opts.cycle, mechanism: 'upr' };
  const gathered = await gatherRecommendations(db, audience, scope, opts.lang ?? 'en');
  const title = opts.cycle === undefined ? gathered.stateName : `${gathered.stateName}, UPR ${reportTexts(opts.lang ?? 'en').cycle.toLocaleLowerCase()} ${opts.cycle}`;
  return {
    report: {
      title,
      stateName: gathered.stateName,
      rows: gathered.recommendations.map((r) => ({
        reference: r.ref,
        recommendation: r.text,
        recommendingStates: r.recommendingStates,
        position: r.position,
        positionSource: r.position ? r.positionSource : null,
        themes: r.themes,
        sdgs: r.sdgs,
        affectedPersons: r.affectedPersons,
        responsibleInstitutions: r.institutions,
        assessment: r.latestAssessment,
      })),
    },
    confidentialItems: 0,
  };
}
