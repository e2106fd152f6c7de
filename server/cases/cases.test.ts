import { describe, expect, it } from 'vitest';
import type { CaseEventKind, Verdict } from '../../contracts/cases.ts';
import { addMonths, daysBetween } from './calendar.ts';
import { countCasesOn, type CountableCase } from './counts.ts';
import { caseFlagsOn, type FlagRules } from './flags.ts';
import { caseStateOn, type TimelineEvent } from './timeline.ts';

const ev = (kind: CaseEventKind, occurredOn: string, more: Partial<TimelineEvent> = {}): TimelineEvent => ({ kind, occurredOn, verdict: null, sentenceMonths: null, suspendedMonths: null, ...more });
const verdict = (on: string, v: Verdict) => ev('verdict', on, { verdict: v });
const sentence = (on: string, months: number, suspended = 0) => ev('sentence', on, { sentenceMonths: months, suspendedMonths: suspended });
const rules = (pretrialLimitDays: number, releaseFraction = 2 / 3): FlagRules => ({ pretrialLimitDays, releaseFraction });
const kinds = (events: TimelineEvent[], on: string, r: FlagRules) => caseFlagsOn(events, on, r).flags.map((f) => f.kind);

describe('calendar', () => {
  it('counts days and adds calendar months', () => {
    expect(daysBetween('2022-11-26', '2023-05-25')).toBe(180);
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2022-11-26', 18)).toBe('2024-05-26');
  });
});

describe('days in pretrial detention', () => {
  const events = [ev('arrest', '2022-11-26'), ev('pretrial-detention-start', '2022-11-26'), ev('charge', '2022-11-28', {}), verdict('2023-05-25', 'conviction'), sentence('2023-05-25', 24)];

  it('runs from detention to the verdict: 26 November 2022 → 25 May 2023 is 180 days', () => {
    expect(caseStateOn(events, '2023-05-25').pretrialDays).toBe(180);
    expect(caseStateOn(events, '2024-01-01').pretrialDays).toBe(180);
    expect(caseStateOn(events, '2023-05-25').status).toBe('serving-sentence');
  });

  it('grows day by day while detention goes on and adds up separate periods', () => {
    expect(caseStateOn(events, '2022-12-06').pretrialDays).toBe(10);
    expect(caseStateOn(events, '2022-12-06').status).toBe('pretrial-detention');
    expect(caseStateOn(events, '2022-11-25').status).toBe('at-liberty');
    const twice = [ev('arrest', '2021-01-01'), ev('judicial-supervision', '2021-01-31'), ev('arrest', '2021-03-01'), ev('release', '2021-03-11')];
    expect(caseStateOn(twice, '2021-02-15')).toMatchObject({ pretrialDays: 30, status: 'at-liberty', detained: false });
    expect(caseStateOn(twice, '2021-12-31')).toMatchObject({ pretrialDays: 40, status: 'released', released: true });
  });
});

describe('flags at a date', () => {
  it('pretrial detention beyond the limit fires the day after the limit is reached, and stops at the verdict', () => {
    const events = [ev('pretrial-detention-start', '2022-11-26'), verdict('2023-05-25', 'conviction'), sentence('2023-05-25', 60)];
    expect(kinds(events, '2022-12-26', rules(30))).toEqual([]);
    const fired = caseFlagsOn(events, '2022-12-27', rules(30)).flags;
    expect(fired).toEqual([{ kind: 'pretrial-over-limit', since: '2022-12-27', days: 0 }]);
    expect(caseFlagsOn(events, '2023-01-06', rules(30)).flags[0]).toMatchObject({ since: '2022-12-27', days: 10 });
    expect(kinds(events, '2023-05-24', rules(180))).toEqual([]);
    expect(kinds(events, '2023-05-24', rules(177))).toEqual(['pretrial-over-limit']);
    expect(kinds(events, '2023-05-25', rules(30))).not.toContain('pretrial-over-limit');
  });

  it('a sentence served with no release recorded fires from the day it ends, pretrial custody credited', () => {
    // 18 months, 6 suspended: 12 months in custody counted from the arrest.
    const events = [ev('arrest', '2022-01-10'), verdict('2022-06-01', 'conviction'), sentence('2022-06-01', 18, 6)];
    expect(caseStateOn(events, '2022-06-01').servedOn).toBe('2023-01-10');
    expect(kinds(events, '2023-01-09', rules(1000, 1))).toEqual([]);
    expect(caseFlagsOn(events, '2023-01-10', rules(1000, 1)).flags).toEqual([{ kind: 'sentence-served-not-released', since: '2023-01-10', days: 0 }]);
    expect(kinds([...events, ev('release', '2023-01-12')], '2023-02-01', rules(1000))).toEqual([]);
    expect(caseStateOn([...events, ev('release', '2023-01-12')], '2023-02-01').status).toBe('released');
    // Pretrial days of an earlier custody are credited too.
    const earlier = [ev('arrest', '2021-01-01'), ev('judicial-supervision', '2021-01-11'), ev('arrest', '2022-01-10'), verdict('2022-06-01', 'conviction'), sentence('2022-06-01', 12)];
    expect(caseStateOn(earlier, '2022-06-01').servedOn).toBe('2022-12-31');
  });

  it('an acquitted detainee with no release recorded is flagged from the verdict', () => {
    const events = [ev('arrest', '2022-01-10'), verdict('2022-03-01', 'acquittal')];
    expect(caseStateOn(events, '2022-03-01')).toMatchObject({ status: 'held-after-acquittal', convicted: false });
    expect(caseFlagsOn(events, '2022-03-05', rules(1000)).flags).toEqual([{ kind: 'sentence-served-not-released', since: '2022-03-01', days: 4 }]);
    // Released, then arrested again on new charges: pretrial detention again, both periods counted.
    const again = [...events, ev('release', '2022-03-02'), ev('arrest', '2022-04-01')];
    expect(caseStateOn(again, '2022-04-11')).toMatchObject({ status: 'pretrial-detention', pretrialDays: 50 + 10, verdict: null, servedOn: null });
    expect(kinds(again, '2022-04-11', rules(1000))).toEqual([]);
  });

  it('release eligibility fires once the configured share of the custodial sentence is served', () => {
    // 12 months from 1 January 2022 = 365 days; half of it is 183 days (rounded up) → 3 July 2022.
    const events = [ev('arrest', '2022-01-01'), verdict('2022-02-01', 'conviction'), sentence('2022-02-01', 12)];
    expect(kinds(events, '2022-07-02', rules(1000, 0.5))).toEqual([]);
    expect(caseFlagsOn(events, '2022-07-03', rules(1000, 0.5)).flags).toEqual([{ kind: 'release-eligible', since: '2022-07-03', days: 0 }]);
    expect(kinds(events, '2022-07-03', rules(1000, 2 / 3))).toEqual([]);
    // Two thirds of 365 days is 244 days (rounded up) → 2 September 2022.
    expect(kinds(events, '2022-09-01', rules(1000, 2 / 3))).toEqual([]);
    expect(kinds(events, '2022-09-02', rules(1000, 2 / 3))).toEqual(['release-eligible']);
    // Once fully served, the stronger flag replaces it.
    expect(kinds(events, '2023-01-01', rules(1000, 0.5))).toEqual(['sentence-served-not-released']);
  });

  it('nothing fires for people convicted in absentia or on a suspended sentence', () => {
    expect(caseStateOn([verdict('2021-03-01', 'in-absentia'), sentence('2021-03-01', 300)], '2022-01-01')).toMatchObject({ status: 'convicted-at-liberty', convicted: true, detained: false });
    expect(kinds([verdict('2021-03-01', 'in-absentia'), sentence('2021-03-01', 300)], '2030-01-01', rules(1))).toEqual([]);
    // Arrested after a conviction in absentia: serving the sentence, not in pretrial detention.
    expect(caseStateOn([verdict('2022-06-14', 'in-absentia'), sentence('2022-06-14', 72), ev('arrest', '2022-06-15')], '2022-07-01')).toMatchObject({ status: 'serving-sentence', pretrialDays: 0 });
  });
});

describe('counts by category and sex at a date', () => {
  const cases: CountableCase[] = [
    { personCount: 1, sex: 'female', categories: ['human-rights-defender', 'land-environmental-activist'], events: [ev('arrest', '2023-01-10'), verdict('2023-06-01', 'conviction'), sentence('2023-06-01', 24)] },
    { personCount: 1, sex: 'male', categories: ['journalist'], events: [ev('arrest', '2023-02-01'), ev('release', '2023-03-01')] },
    { personCount: 3, sex: 'male', categories: ['political-activist'], events: [verdict('2022-12-22', 'in-absentia'), sentence('2022-12-22', 60)] },
    { personCount: 1, sex: 'female', categories: ['human-rights-defender'], events: [ev('arrest', '2023-05-01')] },
    { personCount: 2, sex: 'mixed', categories: [], events: [ev('summons', '2023-01-01')] },
  ];

  it('counts persons detained, convicted and released on the day asked', () => {
    const on = countCasesOn(cases, '2023-04-01');
    expect(on.total).toEqual({ persons: 8, detained: 1, convicted: 3, released: 1 });
    expect(on.rows).toEqual([
      { category: null, sex: 'mixed', persons: 2, detained: 0, convicted: 0, released: 0 },
      { category: 'human-rights-defender', sex: 'female', persons: 2, detained: 1, convicted: 0, released: 0 },
      { category: 'journalist', sex: 'male', persons: 1, detained: 0, convicted: 0, released: 1 },
      { category: 'land-environmental-activist', sex: 'female', persons: 1, detained: 1, convicted: 0, released: 0 },
      { category: 'political-activist', sex: 'male', persons: 3, detained: 0, convicted: 3, released: 0 },
    ]);
    const later = countCasesOn(cases, '2023-07-01');
    expect(later.total).toEqual({ persons: 8, detained: 2, convicted: 4, released: 1 });
    expect(later.rows.find((r) => r.category === 'human-rights-defender')).toMatchObject({ detained: 2, convicted: 1 });
    expect(countCasesOn(cases, '2022-01-01').total).toEqual({ persons: 8, detained: 0, convicted: 0, released: 0 });
  });
});
