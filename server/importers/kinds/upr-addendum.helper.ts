// The addendum to a Working Group report (`A/HRC/…/Add.1`): the State's views on the
// recommendations it had left for later. It answers recommendations by their refs
// ("Recommendations 119.1 to 119.4 are accepted", "119.7: Noted"); each answered ref
// comes out with its new position, for the database layer to update the stored one.
import type { Position } from '../../../contracts/enums.ts';
import type { LoadedLine } from '../types.ts';

export interface AnsweredRef {
  ref: string;
  position: Position;
  page: number | null;
  line: number;
}

/** The position stated in a piece of text, or undefined when it states none. */
export function statedPosition(text: string): Position | undefined {
  const t = text.toLowerCase();
  if (/\b(not (be )?(accepted|supported|accept|support)|does not accept|do not accept|cannot (accept|support)|rejected?|noted|takes? note|not enjoy)\b/.test(t)) return 'noted';
  if (/\b(accepted|accepts?|supported|supports?|enjoys? the support|agrees? with)\b/.test(t)) return 'supported';
  return undefined;
}

/** Refs named in a piece of text, ranges (`119.1 to 119.4`, `119.1–119.4`) expanded. */
export function refsIn(text: string): string[] {
  const refs: string[] = [];
  const re = /\b(\d{1,3})\.(\d{1,3})\b(?:\s*(?:to|-|–|—)\s*(?:(\d{1,3})\.)?(\d{1,3})\b)?/g;
  for (const m of text.matchAll(re)) {
    const para = m[1]!;
    const from = Number(m[2]);
    const toPara = m[3];
    const to = m[4] === undefined ? from : Number(m[4]);
    if (toPara !== undefined && toPara !== para) {
      refs.push(`${para}.${from}`);
      continue;
    }
    for (let n = from; n <= Math.min(to, from + 300); n++) refs.push(`${para}.${n}`);
  }
  return refs;
}

/**
 * The refs an addendum answers with their position. A line that names refs takes the
 * position it states, or else the one of the last heading or sentence that stated one.
 */
export function readAnsweredRefs(lines: readonly LoadedLine[]): AnsweredRef[] {
  const answers = new Map<string, AnsweredRef>();
  let current: Position | undefined;
  for (const l of lines) {
    const stated = statedPosition(l.text);
    const refs = refsIn(l.text.replace(/\bA\/HRC\/\S+/g, ''));
    if (refs.length === 0) {
      if (stated !== undefined) current = stated;
      continue;
    }
    const position = stated ?? current;
    if (position === undefined) continue;
    for (const ref of refs) answers.set(ref, { ref, position, page: l.page, line: l.line });
  }
  return [...answers.values()];
}
