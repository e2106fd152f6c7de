// How many people are detained, convicted and released on a date, by category and sex:
// the figures a monitor reports (and records as indicator values). A case counts its
// persons once in each of its categories, and once in the totals. Pure.
import type { CaseSex } from '../../contracts/cases.ts';
import { caseStateOn, type TimelineEvent } from './timeline.ts';

export interface CountableCase {
  personCount: number;
  sex: CaseSex;
  categories: readonly string[];
  events: readonly TimelineEvent[];
}

export interface Tally {
  persons: number;
  detained: number;
  convicted: number;
  released: number;
}

export interface CaseCountRow extends Tally {
  /** Null for cases with no category. */
  category: string | null;
  sex: CaseSex;
}

export interface CaseCounts {
  on: string;
  total: Tally;
  rows: CaseCountRow[];
}

const empty = (): Tally => ({ persons: 0, detained: 0, convicted: 0, released: 0 });

function add(t: Tally, persons: number, s: { detained: boolean; convicted: boolean; released: boolean }): void {
  t.persons += persons;
  if (s.detained) t.detained += persons;
  if (s.convicted) t.convicted += persons;
  if (s.released) t.released += persons;
}

/** Counts of persons on `on` (ISO date); rows sorted by category then sex. */
export function countCasesOn(cases: readonly CountableCase[], on: string): CaseCounts {
  const total = empty();
  const rows = new Map<string, CaseCountRow>();
  for (const c of cases) {
    const state = caseStateOn(c.events, on);
    add(total, c.personCount, state);
    const categories = c.categories.length > 0 ? [...new Set(c.categories)] : [null];
    for (const category of categories) {
      const key = `${category ?? ''}\u0000${c.sex}`;
      const row = rows.get(key) ?? { category, sex: c.sex, ...empty() };
      add(row, c.personCount, state);
      rows.set(key, row);
    }
  }
  const sorted = [...rows.values()].sort((a, b) => (a.category ?? '').localeCompare(b.category ?? '') || a.sex.localeCompare(b.sex));
  return { on, total, rows: sorted };
}
