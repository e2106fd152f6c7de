// build-brief: progress and regression by theme for a period, with the counts, from the
// published theme assessments on the progress scale of one assessor.
import type { BriefReport, BriefTheme } from '../../contracts/reports.ts';
import type { Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { publishedOnly, type ReportAudience } from '../presenters/evidence.presenter.ts';
import { countCyclePositions, listBriefSources, listStatedPositionCounts, listThemeGrades } from '../repositories/brief-read.repository.ts';
import { findMainCountry } from '../repositories/recommendation-report.repository.ts';
import type { BuiltReport } from './build-scorecard.ts';

export interface BriefOptions {
  /** The period's label; the latest period with progress grades when absent. */
  period?: string | undefined;
  /** The assessor's name; the one with the most grades in the period when absent. */
  assessor?: string | undefined;
  /** The UPR cycle whose received recommendations are counted; the brief's document's when absent. */
  cycle?: number | undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Builds the brief. Throws not-found when no period or assessor matches. */
export async function buildBrief(db: Db, audience: ReportAudience, opts: BriefOptions = {}): Promise<BuiltReport<BriefReport>> {
  const sources = await listBriefSources(db);
  const source = sources.find(
    (s) => (opts.period === undefined || s.periodLabel === opts.period) && (opts.assessor === undefined || s.assessor.toLocaleLowerCase() === opts.assessor.toLocaleLowerCase()),
  );
  if (!source) {
    const known = [...new Set(sources.map((s) => s.periodLabel))].join(', ') || 'none';
    throw new AppError('not-found', `no progress assessments by theme${opts.period ? ` for period "${opts.period}"` : ''}${opts.assessor ? ` by "${opts.assessor}"` : ''} (periods: ${known})`);
  }
  const grades = await listThemeGrades(db, source.periodId, source.assessorId);
  const theme = (g: (typeof grades)[number]): BriefTheme => ({ theme: capitalise(g.theme), recommendations: g.count ?? 0, summary: g.narrative });

  let received: BriefReport['received'] = null;
  const cycle = opts.cycle ?? source.cycle;
  const country = cycle === null ? null : await findMainCountry(db);
  if (cycle !== null && country !== null) {
    const counted = await countCyclePositions(db, country, cycle, publishedOnly(audience));
    if (counted.total > 0) received = counted;
  }
  if (!received) {
    const stated = new Map((await listStatedPositionCounts(db, source.periodId, source.assessorId)).map((f) => [f.label, f.value]));
    const total = stated.get('recommendations received');
    if (total !== undefined) {
      received = { total, supported: stated.get('recommendations accepted') ?? stated.get('recommendations supported') ?? 0, noted: stated.get('recommendations noted') ?? 0 };
    }
  }
  return {
    report: {
      title: source.documentTitle ?? source.assessor,
      periodLabel: source.periodLabel,
      author: source.assessor,
      received,
      progress: grades.filter((g) => g.grade === 'progress').map(theme),
      regression: grades.filter((g) => g.grade === 'regression').map(theme),
    },
    confidentialItems: 0,
  };
}
