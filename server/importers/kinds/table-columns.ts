// Shared by the importers of tabular exports (UPR Info, UHRI): finding columns by their
// header whatever the export calls them, and reading State names out of cells.
import { describePlace, type InputPlace } from '../../errors.ts';

/** A header in the form compared: lower case, letters and digits only (`To-Rgrp` -> `torgrp`). */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The index of each wanted column in a header row. A column matches when its normalized
 * header equals one of the aliases, or else starts with one (`Recommending State(s)`
 * matches `recommendingstate`); aliases earlier in a list win, and no header is used twice.
 */
export function findColumns<K extends string>(header: readonly string[], wanted: Record<K, readonly string[]>): Partial<Record<K, number>> {
  const names = header.map(normalizeHeader);
  const used = new Set<number>();
  const found: Partial<Record<K, number>> = {};
  const keys = Object.keys(wanted) as K[];
  for (const exact of [true, false]) {
    for (const key of keys) {
      if (found[key] !== undefined) continue;
      for (const alias of wanted[key]) {
        const a = normalizeHeader(alias);
        const i = names.findIndex((n, idx) => !used.has(idx) && (exact ? n === a : n.startsWith(a)));
        if (i >= 0) {
          found[key] = i;
          used.add(i);
          break;
        }
      }
    }
  }
  return found;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML character references some exports leave in cells (`&#40;Unknown&#41;`). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** A warning in the form every importer gives them: the place, then what is wrong. */
export function warningAt(place: InputPlace, message: string): string {
  return `${describePlace(place)}: ${message}`;
}

/** UPR cycle of a session: 1-12 the first, 13-26 the second, then 14 sessions a cycle. */
export function uprCycle(session: number): number {
  if (session <= 12) return 1;
  return 2 + Math.floor((session - 13) / 14);
}
