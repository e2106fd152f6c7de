// The cases and trials linked to a benchmark, as evidence on its page and in reports:
// counts for everyone, the lists (labels, never identities) for signed-in readers.
import { DEFAULT_PRETRIAL_LIMIT_DAYS, DEFAULT_RELEASE_FRACTION, type CaseEvidence } from '../../contracts/cases.ts';
import type { Db } from '../db/handle.ts';
import { today } from '../cases/calendar.ts';
import { audienceOf } from '../presenters/audience.ts';
import { presentCaseEvidence } from '../presenters/case.presenter.ts';
import { listCaseEvents, listCases } from '../repositories/case.repository.ts';
import { listTrials } from '../repositories/trial.repository.ts';
import type { Actor } from './actor.ts';

/** Evidence from cases and trials on `benchmarkId`, counted on `on` (default today). */
export async function benchmarkCaseEvidence(db: Db, actor: Actor, benchmarkId: string, on: string = today()): Promise<CaseEvidence> {
  const cases = await listCases(db, { benchmarkId });
  const events = await listCaseEvents(db, cases.map((c) => c.id));
  const trials = await listTrials(db, { benchmarkId });
  return presentCaseEvidence(cases, events, trials, audienceOf(actor), { on, rules: { pretrialLimitDays: DEFAULT_PRETRIAL_LIMIT_DAYS, releaseFraction: DEFAULT_RELEASE_FRACTION } });
}
