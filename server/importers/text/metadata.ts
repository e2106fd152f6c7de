// What a document says about itself near its top and bottom: its own symbol, title, date,
// Human Rights Council session, UPR cycle and session.
import type { LoadedLine } from '../types.ts';
import { cleanText, isFootnoteLine } from './clean.ts';
import { isSymbol } from './citations.ts';
import { parseDate, parseMonthYear } from './dates.ts';
import { parseOrdinal } from './numbers.ts';

const HEAD_LINES = 40;
const TAIL_LINES = 15;

function nonEmpty(lines: readonly LoadedLine[]): LoadedLine[] {
  return lines.filter((l) => l.text.trim() !== '');
}

/** The document's own symbol: a line near the top that is only a symbol (or `United Nations<TAB>SYMBOL`). */
export function ownSymbol(lines: readonly LoadedLine[]): string | null {
  for (const l of nonEmpty(lines).slice(0, HEAD_LINES)) {
    if (isFootnoteLine(l.text)) continue;
    for (const cell of l.text.split(/\t|\s{2,}/).map(cleanText)) {
      const candidate = cell.replace(/^United Nations\s+/, '');
      if (isSymbol(candidate)) return candidate;
    }
  }
  return null;
}

const TITLE_START = /^(Report of|Report on|Letter|Concluding observations|Thematic list|Matrix of recommendations|Note by|Situation of human rights)/i;

/**
 * The title: the first fragment near the top that starts like a UN title (`Report of the
 * Special Rapporteur …`, `Concluding observations on …`). Word exports glue headings
 * together with `**`, so fragments are split on emphasis marks first.
 */
export function findTitle(lines: readonly LoadedLine[]): string | null {
  const fragments = nonEmpty(lines).slice(0, HEAD_LINES).flatMap((l) => l.text.split(/\*{2,}|\t/)).map(cleanText).filter((f) => f.length > 8);
  const report = fragments.find((f) => /^(Report of|Report on|Concluding observations|Thematic list|Matrix of recommendations|Note by)/i.test(f));
  return report ?? fragments.find((f) => TITLE_START.test(f)) ?? null;
}

export interface FoundDate {
  date: string;
  /** True when only the month was printed (the date is then the month's first day). */
  monthOnly: boolean;
}

/** A line near the top or bottom that is only a date (`20 August 2019`, `January 2021`). */
export function findDate(lines: readonly LoadedLine[]): FoundDate | null {
  const all = nonEmpty(lines);
  const candidates = [...all.slice(0, HEAD_LINES), ...all.slice(-TAIL_LINES)];
  for (const l of candidates) {
    const text = cleanText(l.text).replace(/^[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s+(?=\d)/, '');
    const date = parseDate(text);
    if (date) return { date, monthOnly: false };
  }
  for (const l of candidates) {
    const month = parseMonthYear(cleanText(l.text));
    if (month) return { date: month.start, monthOnly: true };
  }
  return null;
}

/** The Human Rights Council session in a report's header (`Fifty-first session`). */
export function councilSession(lines: readonly LoadedLine[]): number | null {
  const head = nonEmpty(lines).slice(0, HEAD_LINES).map((l) => cleanText(l.text.replace(/\*+/g, ' '))).join(' ');
  const m = /Human Rights Council\s+([A-Za-z0-9-]+)\s+session/i.exec(head);
  return m ? parseOrdinal(m[1]!) : null;
}

/** The UPR cycle a text speaks of (`third cycle of the Universal Periodic Review`, `(3rd Cycle`). */
export function uprCycle(text: string): number | null {
  const patterns = [
    /\b([A-Za-z0-9-]+)\s+cycle\s+of\s+the\s+(?:Universal Periodic Review|UPR)/i,
    /\b([A-Za-z0-9-]+)\s+(?:Universal Periodic Review|UPR)\b(?:\s*\([^)]*\))?\s+cycle/i,
    /\(([A-Za-z0-9-]+)\s+Cycle\b/i,
  ];
  for (const re of patterns) {
    const m = re.exec(text);
    const n = m ? parseOrdinal(m[1]!) : null;
    if (n !== null) return n;
  }
  return null;
}

/** The UPR Working Group session a text names (`32nd session of the UPR Working Group`). */
export function uprSession(text: string): number | null {
  const m = /\b([A-Za-z0-9-]+)\s+session\s+of\s+the\s+(?:UPR|Universal Periodic Review)\s+Working Group/i.exec(text) ?? /\(\s*\d+(?:st|nd|rd|th)\s+Cycle\s*[–-]\s*(\d+(?:st|nd|rd|th))\s+session/i.exec(text);
  return m ? parseOrdinal(m[1]!) : null;
}
