// gather-recommendations: the recommendations addressed to a State with everything the
// mid-term report and the matrix print about them, as the audience may see it.
import { GRADES, SCALES, type Grade } from '../../contracts/enums.ts';
import type { Language } from '../../contracts/languages.ts';
import type { LatestAssessment, MidtermAction, MidtermIndicator } from '../../contracts/reports.ts';
import type { Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { resolveState } from '../importers/countries.ts';
import { inBrief, publishedOnly, type ReportAudience } from '../presenters/evidence.presenter.ts';
import { findStateNames } from '../repositories/country.repository.ts';
import {
  findMainCountry,
  listActionsOf,
  listInstitutionsOf,
  listLatestAssessmentsOf,
  listLatestIndicatorValuesOf,
  listScopedRecommendations,
  listStatesOf,
  listTagsOf,
  type LatestAssessmentRow,
  type ReportRecommendationRow,
} from '../repositories/recommendation-report.repository.ts';

export interface GatheredRecommendation extends ReportRecommendationRow {
  recommendingStates: string[];
  themes: string[];
  sdgs: string[];
  affectedPersons: string[];
  institutions: string[];
  actions: MidtermAction[];
  indicators: MidtermIndicator[];
  latestAssessment: LatestAssessment | null;
}

export interface GatherScope {
  /** ISO3 code or name of the State; the State most recommendations address when absent. */
  country?: string | undefined;
  cycle?: number | null | undefined;
  mechanism?: string | null | undefined;
  /** The recommendations to every State (`country` is then ignored). */
  everyState?: boolean;
}

const THEME_TAXONOMIES = new Set(['upr-info', 'uhri-theme']);

/** The ISO3 code of the State a report is about. Throws not-found when there is none. */
export async function resolveCountry(db: Db, country: string | undefined): Promise<string> {
  if (country !== undefined) {
    const code = resolveState(country);
    if (!code) throw new AppError('bad-input', `unknown State "${country}"`);
    return code;
  }
  const main = await findMainCountry(db);
  if (!main) throw new AppError('not-found', 'no recommendations yet: import some first');
  return main;
}

function groupBy<T extends { recommendationId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.recommendationId) ?? [];
    list.push(row);
    map.set(row.recommendationId, list);
  }
  return map;
}

function latest(row: LatestAssessmentRow | undefined): LatestAssessment | null {
  const grade = GRADES.find((g): g is Grade => g === row?.grade);
  const scale = SCALES.find((s) => s === row?.scale);
  if (!row || !grade || !scale) return null;
  return { scale, grade, periodLabel: row.periodLabel, assessor: row.assessor, comment: row.narrative.trim() === '' ? null : inBrief(row.narrative) };
}

/** Keeps the documents in the database's order, and each document's references in reading order (`2` before `10`). */
function inReadingOrder(rows: readonly ReportRecommendationRow[]): ReportRecommendationRow[] {
  const documentOrder = new Map<string, number>();
  for (const r of rows) if (!documentOrder.has(r.documentLabel ?? '')) documentOrder.set(r.documentLabel ?? '', documentOrder.size);
  const rank = (r: ReportRecommendationRow): number => documentOrder.get(r.documentLabel ?? '') ?? 0;
  return [...rows].sort((a, b) => rank(a) - rank(b) || (a.session ?? 0) - (b.session ?? 0) || a.ref.localeCompare(b.ref, 'en', { numeric: true }));
}

/** Gathers the recommendations of the scope, States and tags named in `language`. Throws bad-input for an unknown State. */
export async function gatherRecommendations(db: Db, audience: ReportAudience, scope: GatherScope, language: Language): Promise<{ country: string | null; stateName: string; recommendations: GatheredRecommendation[] }> {
  const country = scope.everyState === true ? null : await resolveCountry(db, scope.country);
  const found = await listScopedRecommendations(db, { country, cycle: scope.cycle ?? null, mechanism: scope.mechanism ?? null, publishedOnly: publishedOnly(audience) });
  const rows = inReadingOrder(found);
  const ids = rows.map((r) => r.id);
  const [states, tags, institutions, actions, indicators, assessments] = await Promise.all([
    listStatesOf(db, ids).then(groupBy),
    listTagsOf(db, ids, language).then(groupBy),
    listInstitutionsOf(db, ids).then(groupBy),
    listActionsOf(db, ids).then(groupBy),
    listLatestIndicatorValuesOf(db, ids).then(groupBy),
    listLatestAssessmentsOf(db, ids).then(groupBy),
  ]);
  const names = await findStateNames(db, [...(country === null ? [] : [country]), ...[...states.values()].flat().map((s) => s.state.trim())], language);
  const stateName = (code: string): string => names.get(code) ?? code;
  const tagsOf = (id: string, keep: (taxonomy: string) => boolean): string[] =>
    [...new Set((tags.get(id) ?? []).filter((t) => keep(t.taxonomy)).map((t) => t.label))];
  const recommendations = rows.map((r): GatheredRecommendation => ({
    ...r,
    recommendingStates: (states.get(r.id) ?? []).map((s) => stateName(s.state.trim())),
    themes: tagsOf(r.id, (t) => THEME_TAXONOMIES.has(t)),
    sdgs: tagsOf(r.id, (t) => t === 'sdg'),
    affectedPersons: tagsOf(r.id, (t) => t === 'uhri-affected'),
    institutions: (institutions.get(r.id) ?? []).map((i) => i.name),
    actions: (actions.get(r.id) ?? []).map((a) => ({
      description: a.description.trim() === '' ? a.title : `${a.title}: ${a.description}`,
      institution: a.institution,
      due: a.dueOn,
      status: a.status,
    })),
    indicators: (indicators.get(r.id) ?? []).map((v) => ({ name: v.name, value: v.value, unit: v.unit ?? '', date: v.observedOn, source: v.source })),
    latestAssessment: latest(assessments.get(r.id)?.[0]),
  }));
  return { country, stateName: country === null ? '' : stateName(country), recommendations };
}
