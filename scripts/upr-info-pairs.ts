// The UPR Info export of ../shared/data/upr-info counted per review and recommending State:
// the answer key `npm run eval:extract -- --states` compares a report's pairs with, State by
// State, to show where a report and UPR Info part ways.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DATA_DIR } from '../test/shared.ts';
import { extract } from '../server/importers/index.ts';
import { resolveMisspeltState, resolveState } from '../server/importers/countries.ts';
import type { ExtractResult } from '../contracts/extract.ts';

export const UPR_INFO_DIR = resolve(DATA_DIR, 'upr-info');

/** Rows per recommending State (ISO3, or the name as printed when unknown). */
export type StateCounts = Map<string, number>;

function add(counts: StateCounts, state: string): void {
  counts.set(state, (counts.get(state) ?? 0) + 1);
}

/** `<ISO3>/<session>` → rows per recommending State, over every CSV of the export. */
export async function readUprInfoPairs(): Promise<Map<string, StateCounts>> {
  const out = new Map<string, StateCounts>();
  const files = (await readdir(UPR_INFO_DIR)).filter((f) => f.endsWith('.csv')).sort();
  for (const file of files) {
    const result = await extract({ name: file, bytes: new Uint8Array(await readFile(join(UPR_INFO_DIR, file))) });
    for (const r of result.recommendations) {
      const key = `${r.country ?? '?'}/${r.session ?? '?'}`;
      const counts = out.get(key) ?? new Map<string, number>();
      out.set(key, counts);
      const printed = r.statesAsPrinted?.[0] ?? '';
      add(counts, r.recommendingStates[0] ?? (printed === '' || /unknown/i.test(printed) ? '(none)' : printed));
    }
  }
  return out;
}

/** A report's (recommendation, State) pairs per recommending State, counted as eval:extract counts them. */
export function reportPairs(result: ExtractResult): StateCounts {
  const counts: StateCounts = new Map();
  for (const r of result.recommendations) {
    const printed = r.statesAsPrinted ?? [];
    if (printed.length === 0) add(counts, '(none)');
    for (const name of printed) add(counts, resolveState(name) ?? resolveMisspeltState(name) ?? name);
  }
  return counts;
}

/** The States whose counts differ: `[state, UPR Info rows, pairs found]`, largest gap first. */
export function stateDifferences(expected: StateCounts, found: StateCounts): [string, number, number][] {
  const states = new Set([...expected.keys(), ...found.keys()]);
  return [...states]
    .map((s): [string, number, number] => [s, expected.get(s) ?? 0, found.get(s) ?? 0])
    .filter(([, e, f]) => e !== f)
    .sort((a, b) => Math.abs(b[1] - b[2]) - Math.abs(a[1] - a[2]) || a[0].localeCompare(b[0]));
}
