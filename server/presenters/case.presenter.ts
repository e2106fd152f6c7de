// Cases and trials → what an audience may see. The identity of the people in a case leaves
// the server only for the cleared audience (the caller audits that read); others learn
// only that one is on file. Status, days in pretrial detention and flags are computed on
// the evaluation date.
import type { CaseDetail, CaseEvidence, CaseEventView, CaseSummary, TrialView } from '../../contracts/cases.ts';
import { countCasesOn } from '../cases/counts.ts';
import { caseFlagsOn, type FlagRules } from '../cases/flags.ts';
import type { CaseEventRow, CaseRow } from '../repositories/case.repository.ts';
import type { TrialRow } from '../repositories/trial.repository.ts';
import type { Audience } from './audience.ts';

export interface CaseEvaluation {
  on: string;
  rules: FlagRules;
}

export function presentCaseEvent(e: CaseEventRow): CaseEventView {
  return {
    id: e.id,
    kind: e.kind,
    occurredOn: e.occurredOn,
    verdict: e.verdict,
    articles: e.articles,
    sentenceMonths: e.sentenceMonths,
    suspendedMonths: e.suspendedMonths,
    fine: e.fine,
    currency: e.currency,
    note: e.note,
    documentId: e.documentId,
    documentSymbol: e.documentSymbol,
    paragraphRef: e.paragraphRef,
    source: e.source,
  };
}

function present(c: CaseRow, events: readonly CaseEventRow[], audience: Audience, evaluation: CaseEvaluation): { summary: CaseSummary; own: CaseEventRow[]; servedOn: string | null } {
  const own = events.filter((e) => e.caseId === c.id);
  const { state, flags } = caseFlagsOn(own, evaluation.on, evaluation.rules);
  const summary: CaseSummary = {
    id: c.id,
    label: c.label,
    hasIdentity: c.identity !== null && c.identity !== '',
    personCount: c.personCount,
    sex: c.sex,
    categories: c.categories,
    trialId: c.trialId,
    summary: c.summary,
    benchmarkIds: c.benchmarkIds,
    recommendationIds: c.recommendationIds,
    on: evaluation.on,
    status: state.status,
    pretrialDays: state.pretrialDays,
    flags,
    version: c.version,
  };
  if (audience === 'cleared') summary.identity = c.identity;
  return { summary, own, servedOn: state.servedOn };
}

/** One case with its timeline as `audience` may see it, evaluated on `evaluation.on`. */
export function presentCase(c: CaseRow, events: readonly CaseEventRow[], audience: Audience, evaluation: CaseEvaluation): CaseDetail {
  const { summary, own, servedOn } = present(c, events, audience, evaluation);
  return { ...summary, events: own.map(presentCaseEvent), servedOn };
}

/** A case without its timeline, for lists. */
export function presentCaseSummary(c: CaseRow, events: readonly CaseEventRow[], audience: Audience, evaluation: CaseEvaluation): CaseSummary {
  return present(c, events, audience, evaluation).summary;
}

/** Whether presenting these cases to `audience` shows a confidential identity (a read to audit). */
export function showsIdentity(cases: readonly CaseRow[], audience: Audience): boolean {
  return audience === 'cleared' && cases.some((c) => c.identity !== null && c.identity !== '');
}

export function presentTrial(t: TrialRow): TrialView {
  return {
    id: t.id,
    title: t.title,
    court: t.court,
    charges: t.charges,
    articles: t.articles,
    verdictOn: t.verdictOn,
    judgment: t.judgment,
    defendantCount: t.defendantCount,
    documentId: t.documentId,
    documentSymbol: t.documentSymbol,
    paragraphRef: t.paragraphRef,
    benchmarkIds: t.benchmarkIds,
    recommendationIds: t.recommendationIds,
    caseCount: t.caseCount,
    version: t.version,
  };
}

/**
 * Cases and trials as evidence on a benchmark: counts for everyone; the lists (labels,
 * never identities) for signed-in readers.
 */
export function presentCaseEvidence(cases: readonly CaseRow[], events: readonly CaseEventRow[], trials: readonly TrialRow[], audience: Audience, evaluation: CaseEvaluation): CaseEvidence {
  const { total } = countCasesOn(cases.map((c) => ({ ...c, events: events.filter((e) => e.caseId === c.id) })), evaluation.on);
  const evidence: CaseEvidence = {
    caseCount: cases.length,
    personCount: total.persons,
    detained: total.detained,
    convicted: total.convicted,
    trialCount: trials.length,
    defendantCount: trials.reduce((n, t) => n + (t.defendantCount ?? t.caseCount), 0),
  };
  if (audience !== 'public') {
    evidence.cases = cases.map((c) => presentCaseSummary(c, events, 'viewer', evaluation));
    evidence.trials = trials.map(presentTrial);
  }
  return evidence;
}
