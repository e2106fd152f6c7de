// Flags a monitor acts on, evaluated on a date: pretrial detention beyond a limit, a
// sentence served with no release recorded, and eligibility for parole or a sentence
// reduction once a share of the custodial sentence is served. Pure; the limits are rules
// the caller passes (configuration, a query, a test).
import type { CaseFlagKind } from '../../contracts/cases.ts';
import { addDays, addMonths, daysBetween } from './calendar.ts';
import { caseStateOn, type CaseState, type TimelineEvent } from './timeline.ts';

export interface FlagRules {
  /** Pretrial detention longer than this many days is flagged. */
  pretrialLimitDays: number;
  /** Share (0–1] of the custodial sentence after which release may be asked for. */
  releaseFraction: number;
}

export interface CaseFlag {
  kind: CaseFlagKind;
  /** The first day the flag holds. */
  since: string;
  /** Days it has held by the evaluation date (0 on its first day). */
  days: number;
}

function flag(kind: CaseFlagKind, since: string, on: string): CaseFlag {
  return { kind, since, days: daysBetween(since, on) };
}

/** The day ongoing pretrial detention passes the limit, counting earlier periods. */
function pretrialLimitPassedOn(state: CaseState, limit: number): string | null {
  if (state.pretrialSince === null) return null;
  const since = addDays(state.pretrialSince, Math.max(0, limit - state.pretrialDaysBefore) + 1);
  return since <= state.on ? since : null;
}

/** The day a detainee has served `fraction` of the custodial sentence, credit for earlier pretrial days included. */
function eligibleOn(state: CaseState, fraction: number): string | null {
  if (!state.custodySince || !state.verdictOn || !state.custodialMonths) return null;
  const whole = daysBetween(state.custodySince, addMonths(state.custodySince, state.custodialMonths));
  const on = addDays(state.custodySince, Math.ceil(whole * fraction) - state.creditDays);
  return on > state.verdictOn ? on : state.verdictOn;
}

/** The flags of a case on `on` (ISO date). */
export function caseFlagsOn(events: readonly TimelineEvent[], on: string, rules: FlagRules): { state: CaseState; flags: CaseFlag[] } {
  const state = caseStateOn(events, on);
  const flags: CaseFlag[] = [];
  const passed = pretrialLimitPassedOn(state, rules.pretrialLimitDays);
  if (passed) flags.push(flag('pretrial-over-limit', passed, on));
  if (state.detained && state.servedOn !== null && state.servedOn <= on) flags.push(flag('sentence-served-not-released', state.servedOn, on));
  else if (state.detained && state.convicted && state.servedOn !== null) {
    const eligible = eligibleOn(state, rules.releaseFraction);
    if (eligible !== null && eligible <= on) flags.push(flag('release-eligible', eligible, on));
  }
  return { state, flags };
}
