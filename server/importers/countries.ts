// State names as documents print them -> ISO 3166-1 alpha-3. UN reports, UPR Info and the
// Universal Human Rights Index each spell States their own way (older UN names, common
// names, "&" for "and", with or without accents), so matching is on a normal form.
import { STATES } from './countries.data.ts';

const APOSTROPHES = /['’‘`´ʼ]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * The normal form names are compared in: lower case, no accents, no apostrophes, "&" as
 * "and", "St" as "saint", punctuation as spaces, the word "the" dropped.
 */
export function normalizeStateName(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/);
  const out: string[] = [];
  for (const w of words) {
    if (w === '' || w === 'the') continue;
    out.push(w === 'st' ? 'saint' : w);
  }
  return out.join(' ');
}

/** "Iran (Islamic Republic of)" also reads "Islamic Republic of Iran" and "Iran". */
function derivedNames(name: string): string[] {
  const m = /^(.+?)\s*\((.+)\)$/.exec(name);
  if (!m) return [];
  const base = m[1]!;
  const qualifier = m[2]!;
  return /\bof( the)?$/i.test(qualifier) ? [base, `${qualifier} ${base}`] : [base];
}

const BY_NAME = new Map<string, string>();
const NAMES = new Map<string, string>();
for (const [code, unName, ...variants] of STATES) {
  NAMES.set(code, unName);
  for (const name of [unName, ...variants]) {
    for (const n of [name, ...derivedNames(name)]) {
      const key = normalizeStateName(n);
      const existing = BY_NAME.get(key);
      if (existing !== undefined && existing !== code) throw new Error(`countries.data.ts: "${n}" names both ${existing} and ${code}`);
      BY_NAME.set(key, code);
    }
  }
}

const RESOLVED = new Map<string, string | null>();
const RESOLVED_MAX = 10_000;

/** Every State code Landmark knows, in the order of the data module. */
export const STATE_CODES: readonly string[] = STATES.map((s) => s[0]);

/**
 * The ISO3 code of a State from any of its known names (UN name, older UN name, common or
 * UPR Info name, an ISO3 code in capitals); null when the name is not a known State.
 */
export function resolveState(name: string): string | null {
  const cached = RESOLVED.get(name);
  if (cached !== undefined) return cached;
  const trimmed = name.trim();
  let code: string | null;
  if (/^[A-Z]{3}$/.test(trimmed) && NAMES.has(trimmed)) code = trimmed;
  else {
    const key = normalizeStateName(trimmed);
    code = key === '' ? null : (BY_NAME.get(key) ?? null);
  }
  // Exports repeat the same few hundred spellings tens of thousands of times.
  if (RESOLVED.size >= RESOLVED_MAX) RESOLVED.clear();
  RESOLVED.set(name, code);
  return code;
}

/** Whether two strings are at most one edit apart (insert, delete, replace, or swap of neighbours). */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Names shorter than this (in normal form) are never read as misspellings: `Iran`/`Iraq`, `Niger`. */
const MISSPELT_MIN_LENGTH = 6;
const MISSPELT = new Map<string, string | null>();

/**
 * The ISO3 code of a State whose name is printed one letter off (`New Zeeland`, `United
 * States of Americas`, `Libya Arab Jamahiriya`): the one State with a known name a single
 * edit away. Null when the name is a known one, too short, or near none or several States.
 */
export function resolveMisspeltState(name: string): string | null {
  const key = normalizeStateName(name);
  if (key.length < MISSPELT_MIN_LENGTH || BY_NAME.has(key)) return null;
  const cached = MISSPELT.get(key);
  if (cached !== undefined) return cached;
  let found: string | null = null;
  let ambiguous = false;
  for (const [known, code] of BY_NAME) {
    if (known.length < MISSPELT_MIN_LENGTH || !oneEditApart(key, known)) continue;
    if (found !== null && found !== code) ambiguous = true;
    found = code;
  }
  const code = ambiguous ? null : found;
  if (MISSPELT.size >= RESOLVED_MAX) MISSPELT.clear();
  MISSPELT.set(key, code);
  return code;
}

/** The UN short name of a State; the code itself when Landmark does not know it. */
export function stateName(code: string): string {
  return NAMES.get(code.toUpperCase()) ?? code;
}

/** Splits on a separator only outside parentheses. */
function splitTopLevel(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && separator.test(c!)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** The contents of the top-level parenthesised groups, or the whole text when it has none. */
function topLevelGroups(text: string): string[] {
  const groups: string[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') {
      if (depth === 0) start = i + 1;
      depth++;
    } else if (text[i] === ')' && depth > 0) {
      depth--;
      if (depth === 0) groups.push(text.slice(start, i));
    }
  }
  if (depth > 0) groups.push(text.slice(start));
  return groups.length > 0 ? groups : [text];
}

/**
 * Reads "A and B and C" as the fewest State names, keeping "and" inside names such as
 * "Trinidad and Tobago" or "United Kingdom of Great Britain and Northern Ireland".
 */
function splitOnAnd(part: string): string[] | null {
  const pieces = part.split(/\s+and\s+/i);
  const n = pieces.length;
  // best[i]: the fewest names covering pieces[i..], or null when none does.
  const best: (string[] | null)[] = new Array<string[] | null>(n + 1).fill(null);
  best[n] = [];
  for (let i = n - 1; i >= 0; i--) {
    for (let j = n; j > i; j--) {
      const rest = best[j];
      if (rest == null) continue;
      const code = resolveState(pieces.slice(i, j).join(' and '));
      if (code !== null && (best[i] == null || best[i]!.length > rest.length + 1)) best[i] = [code, ...rest];
    }
  }
  return best[0] ?? null;
}

/**
 * The recommending States printed after a recommendation: `(France)`, `(France)
 * (Lithuania)`, `(Chile, Mexico)`, `(Iran (Islamic Republic of))`, `(Slovenia and Chile)`.
 * Codes are in print order without repeats; `unresolved` holds the names as printed that
 * are no known State.
 */
export function parseStateList(text: string): { codes: string[]; unresolved: string[] } {
  const codes: string[] = [];
  const unresolved: string[] = [];
  const add = (code: string) => {
    if (!codes.includes(code)) codes.push(code);
  };
  for (const group of topLevelGroups(text)) {
    const whole = resolveState(group);
    if (whole !== null) {
      add(whole);
      continue;
    }
    for (const raw of splitTopLevel(group, /[,;]/)) {
      const part = raw.replace(/^and\s+/i, '').replace(/[.\s]+$/, '');
      if (part === '') continue;
      const found = splitOnAnd(part);
      if (found) found.forEach(add);
      else unresolved.push(part);
    }
  }
  return { codes, unresolved };
}
