// Where a person stands on a date, replayed from the dated events of their case: in
// pretrial detention, serving a sentence, convicted but at liberty, released. Pure.
//
// Pretrial detention runs from an arrest or a pretrial-detention start to its end, a
// release, release under judicial supervision or the verdict. A custodial sentence counts
// from the start of the custody the person is in at the verdict, less pretrial days spent
// in earlier custody; an acquittal leaves nothing to serve.
import { CASE_EVENT_KINDS, type CaseEventKind, type CaseStatus, type Verdict } from '../../contracts/cases.ts';
import { addDays, addMonths, daysBetween } from './calendar.ts';

export interface TimelineEvent {
  kind: CaseEventKind;
  /** ISO date. */
  occurredOn: string;
  verdict: Verdict | null;
  sentenceMonths: number | null;
  suspendedMonths: number | null;
}

export interface CaseState {
  on: string;
  status: CaseStatus;
  detained: boolean;
  /** Convicted (in person or in absentia) by the latest verdict. */
  convicted: boolean;
  /** A release is recorded and the person has not been detained since. */
  released: boolean;
  /** Days spent in pretrial detention up to `on`, every period counted. */
  pretrialDays: number;
  /** Start of the pretrial detention going on at `on`. */
  pretrialSince: string | null;
  /** Pretrial days of earlier periods, before the ongoing one. */
  pretrialDaysBefore: number;
  /** Start of the custody going on at `on`. */
  custodySince: string | null;
  /** Pretrial days spent in earlier custody, credited against the sentence. */
  creditDays: number;
  verdict: Verdict | null;
  verdictOn: string | null;
  /** Months to serve in custody (sentence less its suspended part); 0 after an acquittal. */
  custodialMonths: number | null;
  /** When the person, detained after the verdict, has served what there is to serve. */
  servedOn: string | null;
}

const ORDER = new Map(CASE_EVENT_KINDS.map((k, i) => [k, i]));

/** Events by date, and on one day in the order the proceedings run (arrest before detention, verdict before sentence before release). */
export function sortEvents<T extends TimelineEvent>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : (ORDER.get(a.kind) ?? 0) - (ORDER.get(b.kind) ?? 0)));
}

interface Walk {
  custodySince: string | null;
  pretrialSince: string | null;
  pretrialDays: number;
  creditDays: number;
  convicted: boolean;
  verdict: Verdict | null;
  verdictOn: string | null;
  custodialMonths: number | null;
  released: boolean;
}

function endPretrial(w: Walk, on: string): void {
  if (w.pretrialSince === null) return;
  w.pretrialDays += Math.max(0, daysBetween(w.pretrialSince, on));
  w.pretrialSince = null;
}

function startCustody(w: Walk, on: string): void {
  if (w.custodySince === null) {
    w.custodySince = on;
    w.creditDays = w.pretrialDays;
    w.released = false;
    // Detained again after an acquittal: new proceedings, nothing to serve yet.
    if (!w.convicted) {
      w.verdict = null;
      w.verdictOn = null;
      w.custodialMonths = null;
    }
  }
  // Arrested after a conviction (in absentia, say): custody to serve the sentence, not pretrial.
  if (!w.convicted && w.pretrialSince === null) w.pretrialSince = on;
}

function leaveCustody(w: Walk, on: string, release: boolean): void {
  endPretrial(w, on);
  w.custodySince = null;
  if (release) w.released = true;
}

function decide(w: Walk, on: string, verdict: Verdict): void {
  endPretrial(w, on);
  w.verdict = verdict;
  w.verdictOn = on;
  w.convicted = verdict !== 'acquittal';
  w.custodialMonths = verdict === 'acquittal' ? 0 : null;
}

function apply(w: Walk, e: TimelineEvent): void {
  switch (e.kind) {
    case 'arrest':
    case 'pretrial-detention-start':
      startCustody(w, e.occurredOn);
      return;
    case 'pretrial-detention-end':
    case 'judicial-supervision':
      if (w.pretrialSince !== null) leaveCustody(w, e.occurredOn, false);
      return;
    case 'release':
      leaveCustody(w, e.occurredOn, true);
      return;
    case 'verdict':
      decide(w, e.occurredOn, e.verdict ?? 'conviction');
      return;
    case 'sentence':
      // A sentence without a recorded verdict is a conviction on that day.
      if (!w.convicted) decide(w, e.occurredOn, 'conviction');
      w.custodialMonths = e.sentenceMonths === null ? null : Math.max(0, e.sentenceMonths - (e.suspendedMonths ?? 0));
      return;
    case 'summons':
    case 'charge':
    case 'hearing':
    case 'appeal':
      return;
  }
}

function statusOf(w: Walk): CaseStatus {
  if (w.custodySince !== null) return w.pretrialSince !== null ? 'pretrial-detention' : w.convicted ? 'serving-sentence' : 'held-after-acquittal';
  if (w.released) return 'released';
  return w.convicted ? 'convicted-at-liberty' : 'at-liberty';
}

/** The state of a case on `on` (ISO date), from its events on or before that day. */
export function caseStateOn(events: readonly TimelineEvent[], on: string): CaseState {
  const w: Walk = { custodySince: null, pretrialSince: null, pretrialDays: 0, creditDays: 0, convicted: false, verdict: null, verdictOn: null, custodialMonths: null, released: false };
  for (const e of sortEvents(events)) {
    if (e.occurredOn > on) break;
    apply(w, e);
  }
  const ongoing = w.pretrialSince !== null ? Math.max(0, daysBetween(w.pretrialSince, on)) : 0;
  let servedOn: string | null = null;
  if (w.custodySince !== null && w.verdictOn !== null && w.custodialMonths !== null) {
    const computed = addDays(addMonths(w.custodySince, w.custodialMonths), -w.creditDays);
    servedOn = computed > w.verdictOn ? computed : w.verdictOn;
  }
  return {
    on,
    status: statusOf(w),
    detained: w.custodySince !== null,
    convicted: w.convicted,
    released: w.released,
    pretrialDays: w.pretrialDays + ongoing,
    pretrialSince: w.pretrialSince,
    pretrialDaysBefore: w.pretrialDays,
    custodySince: w.custodySince,
    creditDays: w.creditDays,
    verdict: w.verdict,
    verdictOn: w.verdictOn,
    custodialMonths: w.custodialMonths,
    servedOn,
  };
}
