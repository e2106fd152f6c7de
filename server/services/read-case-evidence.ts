// The cases and trials linked to a benchmark, as evidence on its page, in the scorecard
// and in the public export: counts for everyone; on the page the lists (labels, never
// identities) for signed-in readers; in the scorecard each trial for cleared readers.
import { DEFAULT_PRETRIAL_LIMIT_DAYS, DEFAULT_RELEASE_FRACTION, type CaseEvidence } from '../../contracts/cases.ts';
import type { ScorecardCases } from '../../contracts/reports.ts';
import type { Db } from '../db/handle.ts';
import { today } from '../cases/calendar.ts';
import { audienceOf, type Audience } from '../presenters/audience.ts';
import { presentCaseEvidence } from '../presenters/case.presenter.ts';
import { listCaseEvents, listCases } from '../repositories/case.repository.ts';
import { listTrials } from '../repositories/trial.repository.ts';
import type { Actor } from './actor.ts';

const RULES = { pretrialLimitDays: DEFAULT_PRETRIAL_LIMIT_DAYS, releaseFraction: DEFAULT_RELEASE_FRACTION };

/** Evidence from cases and trials on `benchmarkId`, counted on `on` (default today). */
export async function benchmarkCaseEvidence(db: Db, actor: Actor, benchmarkId: string, on: string = today()): Promise<CaseEvidence> {
  const cases = await listCases(db, { benchmarkId });
  const events = await listCaseEvents(db, cases.map((c) => c.id));
  const trials = await listTrials(db, { benchmarkId });
  return presentCaseEvidence(cases, events, trials, audienceOf(actor), { on, rules: RULES });
}

/**
 * The cases and trials of each benchmark (the scorecard's, the public export's), counted
 * on `on`; the trials only for cleared readers. Three queries whatever the number of benchmarks.
 */
export async function caseCountsByBenchmark(db: Db, audience: Audience, benchmarkIds: readonly string[], on: string): Promise<Map<string, ScorecardCases>> {
  const out = new Map<string, ScorecardCases>();
  if (benchmarkIds.length === 0) return out;
  const cases = await listCases(db, { benchmarkIds });
  const events = await listCaseEvents(db, cases.map((c) => c.id));
  const trials = await listTrials(db, { benchmarkIds });
  for (const id of benchmarkIds) {
    const e = presentCaseEvidence(cases.filter((c) => c.benchmarkIds.includes(id)), events, trials.filter((t) => t.benchmarkIds.includes(id)), audience, { on, rules: RULES });
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
    out.set(id, counts);
  }
  return out;
}
