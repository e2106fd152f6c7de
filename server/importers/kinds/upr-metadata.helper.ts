// What the masthead and the introduction of a UPR Working Group report say about it:
// symbol, date, State under review (ISO3, from the `A/HRC/WG.6/18/KHM/1` documents it
// lists), UPR session and cycle.
import type { LoadedDocument } from '../types.ts';

// One report (Saudi Arabia, 2009) prints "Report of the Working on the Universal…".
export const WG_REPORT_TITLE = /report of the working(?: group)? on the universal periodic review/i;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];

export interface WgReportMeta {
  symbol: string | null;
  date: string | null;
  country: string | null;
  countryName: string | null;
  session: number | null;
  cycle: number | null;
  addendum: boolean;
}

/** The first page's text (or the first 80 lines when the format has no pages). */
export function mastheadText(doc: LoadedDocument): string {
  const first = doc.lines.filter((l, i) => (l.page === null ? i < 80 : l.page === 1));
  return first.map((l) => l.text).join('\n');
}

/** UPR cycle of a Working Group session: 12 sessions in the first cycle, 14 in each later one. */
export function cycleOfSession(session: number): number {
  return session <= 12 ? 1 : 2 + Math.floor((session - 13) / 14);
}

function isoDate(text: string): string | null {
  const m = /\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/i.exec(text);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/** The most frequent value of a list, or null. */
function mostFrequent<T>(values: readonly T[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let n = 0;
  for (const [v, c] of counts) {
    if (c > n) {
      best = v;
      n = c;
    }
  }
  return best;
}

function countryName(masthead: string): string | null {
  const lines = masthead.split('\n').map((l) => l.trim());
  const title = lines.findIndex((l, i) => WG_REPORT_TITLE.test(`${l} ${lines[i + 1] ?? ''}`));
  if (title < 0) return null;
  for (const l of lines.slice(title + 1, title + 5)) {
    const name = l.replace(/[*∗\d]+$/, '').trim();
    if (name === '' || /periodic review|^addendum$/i.test(name) || /^(views|\*)/i.test(name)) continue;
    if (/^[A-Z][\p{L}’' ()-]{2,60}$/u.test(name)) return name;
  }
  return null;
}

/** Reads the masthead and the WG.6 document symbols of a report. */
export function readWgReportMeta(doc: LoadedDocument): WgReportMeta {
  const masthead = mastheadText(doc);
  const symbolMatch = /\bA\/HRC\/\d+\/\d+(\/Add\.\d+)?/.exec(masthead);
  const wg = [...doc.text.matchAll(/A\/HRC\/WG\.6\/(\d{1,2})\/([A-Z]{3})\/\d/g)];
  let session = mostFrequent(wg.map((m) => Number(m[1])));
  if (session === null) {
    const held = /held its (\w+) session/i.exec(doc.text);
    const n = held ? ORDINALS.indexOf(held[1]!.toLowerCase()) : -1;
    session = n >= 0 ? n + 1 : null;
  }
  const symbol = symbolMatch ? symbolMatch[0] : null;
  return {
    symbol,
    date: isoDate(masthead),
    country: mostFrequent(wg.map((m) => m[2]!)),
    countryName: countryName(masthead),
    session,
    cycle: session === null ? null : cycleOfSession(session),
    addendum: /\/Add\.\d+$/.test(symbol ?? '') || /^\s*addendum\s*$/im.test(masthead),
  };
}
