// Reading the cells of a Universal Human Rights Index export: lists of themes or groups,
// SDG goals and targets, dates, positions and the mechanism behind a body's name.
import { TREATY_BODIES, type Mechanism, type Position } from '../../../contracts/enums.ts';

/**
 * The items of a list cell. Exports separate items with ";", "|" or line breaks; a cell
 * with none of those is split on commas, but only before a capital or a digit, because
 * theme names hold commas of their own ("torture and cruel, inhuman or degrading
 * treatment").
 */
export function splitList(cell: string): string[] {
  const parts = /[;|\n\r]/.test(cell) ? cell.split(/[;|\n\r]+/) : cell.split(/,\s*(?=[A-Z0-9])/);
  const out: string[] = [];
  for (const p of parts) {
    const item = p.trim().replace(/^[-•*]\s*/, '');
    if (item !== '' && !out.includes(item)) out.push(item);
  }
  return out;
}

/**
 * SDG codes in an item: `16.3` for a target, `16` for a goal ("Goal 16", "SDG 16 - Peace,
 * justice…", "16"); null when the item names none.
 */
export function sdgCode(item: string): string | null {
  const target = /\b(\d{1,2})\.(\d{1,2}|[a-c])\b/i.exec(item);
  if (target && Number(target[1]) >= 1 && Number(target[1]) <= 17) return `${Number(target[1])}.${target[2]!.toLowerCase()}`;
  const goal = /^(?:(?:sdg|goal)\s*)?(\d{1,2})\b/i.exec(item.trim()) ?? /\b(?:sdg|goal)\s*(\d{1,2})\b/i.exec(item);
  if (goal && Number(goal[1]) >= 1 && Number(goal[1]) <= 17) return String(Number(goal[1]));
  return null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const pad = (n: number) => String(n).padStart(2, '0');
/** 1-12 for a month name or its abbreviation, 0 for anything else. */
const monthNumber = (name: string) => MONTHS.findIndex((x) => x.startsWith(name.toLowerCase().slice(0, 3))) + 1;

function isoIfValid(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/**
 * An ISO date (YYYY-MM-DD) from `2019-03-14`, `2019-03-14T…`, `14/03/2019` (day first, as
 * the UN writes it), `14 March 2019` or `March 14, 2019`; null otherwise, a bare year included.
 */
export function parseDate(cell: string): string | null {
  const s = cell.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s);
  if (m) return isoIfValid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(s);
  if (m) return isoIfValid(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\s+([a-z]{3,})\.?\s+(\d{4})$/i.exec(s);
  if (m) return isoIfValid(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
  m = /^([a-z]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(s);
  if (m) return isoIfValid(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  return null;
}

/** A State's position as the export words it; null when it is neither supported nor noted. */
export function parsePosition(cell: string): Position | null {
  const s = cell.trim().toLowerCase();
  if (/^(supported|accepted|support|accept)$/.test(s)) return 'supported';
  if (/^(noted|rejected|not supported|not accepted|note)$/.test(s)) return 'noted';
  return null;
}

const TREATY_BODY_RE = new RegExp(`^(${TREATY_BODIES.join('|')})\\b|\\bcommittee\\b|subcommittee`, 'i');

/** The mechanism a body's name belongs to (`CRC` -> treaty-body, `UPR` -> upr); null when unknown. */
export function mechanismOf(body: string): Mechanism | null {
  const s = body.trim();
  if (s === '') return null;
  if (/\bUPR\b|universal periodic review/i.test(s)) return 'upr';
  if (TREATY_BODY_RE.test(s)) return 'treaty-body';
  if (/special (procedure|rapporteur)|\bSR\b|working group|independent expert/i.test(s)) return 'special-procedure';
  if (/high commissioner|OHCHR/i.test(s)) return 'high-commissioner';
  if (/secretary-general/i.test(s)) return 'secretary-general';
  return null;
}
