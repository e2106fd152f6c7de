// Dates and reporting periods as written in UN documents.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_SOURCE = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)';

function monthIndex(name: string): number {
  const n = name.toLowerCase();
  return MONTHS.findIndex((m) => m.startsWith(n.slice(0, 3)));
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** A full date (`20 August 2019`, `29-Jun-2006`, `August 20, 2019`) as ISO, or null. */
export function parseDate(text: string): string | null {
  const t = text.trim();
  let m = new RegExp(`^(\\d{1,2})[\\s-]+${MONTH_SOURCE}[\\s-]+(\\d{4})$`, 'i').exec(t);
  if (m) return iso(Number(m[3]), monthIndex(m[2]!), Number(m[1]));
  m = new RegExp(`^${MONTH_SOURCE}\\s+(\\d{1,2}),\\s*(\\d{4})$`, 'i').exec(t);
  if (m) return iso(Number(m[3]), monthIndex(m[1]!), Number(m[2]));
  return null;
}

/**
 * A full date as `parseDate` reads it, or with a two-digit year (`14 June 22`, read as
 * 2022; years above 50 as 19xx), as tables sometimes print them.
 */
export function parseDateShortYear(text: string): string | null {
  const exact = parseDate(text);
  if (exact) return exact;
  const m = new RegExp(`^(\\d{1,2})[\\s-]+${MONTH_SOURCE}[\\s-]+(\\d{2})$`, 'i').exec(text.trim());
  if (!m) return null;
  const yy = Number(m[3]);
  return iso(yy > 50 ? 1900 + yy : 2000 + yy, monthIndex(m[2]!), Number(m[1]));
}

/** A month and year (`January 2021`) as the first and last ISO days of the month, or null. */
export function parseMonthYear(text: string): { start: string; end: string } | null {
  const m = new RegExp(`^${MONTH_SOURCE}\\s+(\\d{4})$`, 'i').exec(text.trim());
  if (!m) return null;
  const year = Number(m[2]);
  const month = monthIndex(m[1]!);
  return { start: iso(year, month, 1), end: iso(year, month, lastDay(year, month)) };
}

/** One end of a period in words: `1 June 2022`, `early June 2022`, `the middle of 2021`. */
function periodBound(text: string, edge: 'start' | 'end'): string | null {
  const exact = parseDate(text.replace(/^the\s+/i, ''));
  if (exact) return exact;
  const m = new RegExp(`${MONTH_SOURCE}\\s+(\\d{4})`, 'i').exec(text);
  if (m) {
    const year = Number(m[2]);
    const month = monthIndex(m[1]!);
    return edge === 'start' ? iso(year, month, 1) : iso(year, month, lastDay(year, month));
  }
  const y = /(\d{4})/.exec(text);
  if (!y) return null;
  const year = Number(y[1]);
  if (/middle|mid/i.test(text)) return edge === 'start' ? iso(year, 6, 1) : iso(year, 5, 30);
  if (/end|late/i.test(text)) return edge === 'start' ? iso(year, 9, 1) : iso(year, 11, 31);
  if (/early|beginning|start/i.test(text)) return edge === 'start' ? iso(year, 0, 1) : iso(year, 2, 31);
  return edge === 'start' ? iso(year, 0, 1) : iso(year, 11, 31);
}

export interface Period {
  label: string;
  start: string;
  end: string;
}

/**
 * The reporting period a document states (`The report covers the period from early June
 * 2022 to the first week of June 2023`, `from 1 June 2022 to 31 May 2023`); null if none.
 * Vague bounds widen to the whole month or part of the year they name.
 */
export function findPeriod(text: string): Period | null {
  const re = /(?:covers?|covered|covering|reporting period|period covered by the (?:present )?report is)[^.]{0,40}?\bfrom\s+((?:[^.]*?)\d{4})\s+(?:to|until|through)\s+((?:[^.]*?)\d{4})/i;
  // Failing a stated coverage, a span between two full dates (`from 1 June 2022 to 31 May 2023`).
  const fullDate = String.raw`\d{1,2}\s+[A-Z][a-z]+\s+\d{4}`;
  const m = re.exec(text) ?? new RegExp(`\\bfrom\\s+(${fullDate})\\s+(?:to|until|through)\\s+(${fullDate})`).exec(text);
  if (!m) return null;
  const start = periodBound(m[1]!, 'start');
  const end = periodBound(m[2]!, 'end');
  if (!start || !end) return null;
  return { label: `${start.slice(0, 4)}-${end.slice(0, 4)}`, start, end };
}
