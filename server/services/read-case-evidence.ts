// The cases and trials linked to a benchmark, as evidence on its page and in the
// scorecard: counts for everyone; on the page the lists (labels, never identities) for
// signed-in readers; in the scorecard each trial for cleared readers.
import { DEFAULT_PRETRIAL_LIMIT_DAYS, DEFAULT_RELEASE_FRACTION, type CaseEvidence } from '../../contracts/cases.ts';
import type { ScorecardCases } from '../../contracts/reports.ts';
import type { Db } from '../db/handle.ts';
import { today } from '../cases/calendar.ts';
import { audienceOf, type Audience } from '../presenters/audience.ts';
import { presentCaseEvidence } from '../presenters/case.presenter.ts';
import { listCaseEvents, listCases } from '../repositories/case.repository.ts';
import { listTrials } from '../repositories/trial.repository.ts';
import type { Actor } from './actor.ts';

async function caseEvidence(db: Db, audience: Audience, benchmarkId: string, on: string): Promise<CaseEvidence> {
  const cases = await listCases(db, { benchmarkId });
  const events = await listCaseEvents(db, cases.map((c) => c.id));
  const trials = await listTrials(db, { benchmarkId });
  return presentCaseEvidence(cases, events, trials, audience, { on, rules: { pretrialLimitDays: DEFAULT_PRETRIAL_LIMIT_DAYS, releaseFraction: DEFAULT_RELEASE_FRACTION } });
}

/** Evidence from cases and trials on `benchmarkId`, counted on `on` (default today). */
export async function benchmarkCaseEvidence(db: Db, actor: Actor, benchmarkId: string, on: string = today()): Promise<CaseEvidence> {
  return caseEvidence(db, audienceOf(actor), benchmarkId, on);
}

/** The scorecard's line of cases and trials for a benchmark, counted on `on`; the trials only for cleared readers. */
export async function scorecardCases(db: Db, audience: Audience, benchmarkId: string, on: string): Promise<ScorecardCases> {
  const e = await caseEvidence(db, audience, benchmarkId, on);
  const counts: ScorecardCases = { caseCount: e.caseCount, personCount: e.personCount, detained: e.detained, convicted: e.convicted, trialCount: e.trialCount, defendantCount: e.defendantCount };
  if (audience === 'cleared') {
    counts.trials = (e.trials ?? []).map((t) => ({
      verdictOn: t.verdictOn,
      court: t.court,
      charges: t.charges,
      defendantCount: t.defendantCount,
      source: [t.documentSymbol, t.paragraphRef].filter((x): x is string => x !== null).join(', ') || null,
    }));
  }
  return counts;
}
