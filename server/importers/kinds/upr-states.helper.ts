// Separates a UPR recommendation from the recommending States printed in parentheses:
// `Ratify OP-CAT (France);`, `… (France) (Lithuania)`, `… (Chile, Mexico)`,
// `… (Iran (Islamic Republic of))`, and two asks under one number:
// `Ratify … (Spain) (Slovakia); Encourage … (Mexico);`.
import { parseStateList, resolveMisspeltState, resolveState, stateName } from '../countries.ts';

/** A top-level balanced parenthetical: `start` at `(`, `end` just past its `)`. */
export interface ParenGroup {
  start: number;
  end: number;
  content: string;
}

/** Says whether the inside of a parenthetical is a list of States. */
export type StateListTest = (content: string) => boolean;

/** Top-level balanced parentheticals of a text, in order (nested ones stay inside their group). */
export function findParenGroups(text: string): ParenGroup[] {
  const groups: ParenGroup[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') {
      if (depth === 0) start = i;
      depth++;
    } else if (ch === ')' && depth > 0) {
      depth--;
      if (depth === 0) groups.push({ start, end: i + 1, content: text.slice(start + 1, i) });
    }
  }
  return groups;
}

/** Splits on a separator outside nested parentheses, keeping every part as it is (blank ones too). */
export function splitKeeping(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      separator.lastIndex = i;
      const m = separator.exec(text);
      if (m && m.index === i) {
        parts.push(text.slice(last, i));
        last = i + m[0].length;
        i = last - 1;
      }
    }
  }
  parts.push(text.slice(last));
  return parts.map((p) => p.trim());
}

/** Splits on a separator outside nested parentheses, without blank parts. */
function splitTopLevel(text: string, separator: RegExp): string[] {
  return splitKeeping(text, separator).filter((p) => p !== '');
}

function stripCounts(content: string): string {
  return content.replace(/\s+/g, ' ').replace(/\s+\d{1,2}(?=\s*(?:[,;/)]|and\b|$))/g, '').trim();
}

/**
 * A printed list made ready for the country list: without the counts some reports add
 * after a name (`Uruguay 3`), and with abbreviations (`UK`, `USA`) read as names, not as
 * ISO3 codes, so that `(NLD)`, a party, is not taken for the Netherlands.
 */
function withoutCounts(content: string): string {
  return stripCounts(content).replace(/(^|[,;/(]\s*)([A-Z]{2,4})(?=\s*(?:[,;/)]|$))/g, (_m, lead: string, abbr: string) => `${lead}${abbr.toLowerCase()}`);
}

/**
 * The names in a printed list of States (`Chile, Mexico`, `Romania, Brazil and the United
 * Kingdom`), as printed. Names that contain "and" (`Trinidad and Tobago`) are split too;
 * resolving them against the country list undoes that.
 */
export function splitStateNames(content: string): string[] {
  return splitTopLevel(content.replace(/\s+/g, ' '), /[,;/]\s*|\s+and\s+/y)
    .map((n) => n.replace(/^and\s+/, '').replace(/\s+\d{1,2}$/, '').trim())
    .filter((n) => n !== '');
}

const NOT_STATE_WORDS = /\b(Convention|Covenant|Protocol|Committee|Council|Law|Act|Code|Rapporteur|Declaration|Principles|Programme|Plan|Strategy|Commission|Office|Ministry|Agency|Organi[sz]ation|Court|Statute|Rights|Fund|Assembly|Article|Rules|Guidelines|Initiative|Agenda|Goals|System|Mechanism|Institution|Group|Forum|Bank|Policy|Treaty|Report|Resolution|Paragraph|Session|Union)\b/;
const CONNECTORS = new Set(['of', 'the', 'and', 'de', 'del', 'da', 'd’', "d'"]);

/** One printed name plausibly names a State: capitalised words, no digits, no acronym. */
function looksLikeStateName(name: string): boolean {
  const bare = name.replace(/^the\s+/i, '');
  if (bare === '' || /\d/.test(bare) || bare.length > 70) return false;
  if (/^[A-Z][A-Z-]+$/.test(bare) || NOT_STATE_WORDS.test(bare)) return false;
  const words = bare.replace(/\([^)]*\)/g, ' ').split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 9) return false;
  return words.every((w) => /^([A-ZÀ-Ý]|d[’'][A-Z])/.test(w) || CONNECTORS.has(w));
}

/** Shape-only test: every name looks like a State (capitalised words, no acronym). */
export const looksLikeStateList: StateListTest = (content) => {
  const names = splitStateNames(content);
  return names.length > 0 && names.every(looksLikeStateName);
};

/**
 * A list of States: at least one name is a known State and the others at least look like
 * names of States (a misspelt one is kept, unresolved, for review). `(CED)`, `(ICCPR)`,
 * `(inter alia)` are not.
 */
export const isStateList: StateListTest = (content) => {
  const { codes, unresolved } = parseStateList(`(${withoutCounts(content)})`);
  return (codes.length > 0 || unresolved.some((n) => resolveMisspeltState(n) !== null)) && unresolved.every(looksLikeStateName);
};

/** `(A (B)` not followed by `)`: a list opened inside another that never closes. */
const UNCLOSED_BEFORE_LIST = /\(([^()]+?)\s*\(([^()]+)\)(?!\s*\))/g;

/**
 * Closes a list of States whose `)` was left out before the next list: `(Paraguay
 * (Argentina);` is `(Paraguay) (Argentina);`. Only when the text has more `(` than `)`,
 * both parts are lists of States and the two do not make one name (`Iran (Islamic
 * Republic of)`).
 */
export function closeUnclosedLists(text: string): string {
  const open = (text.match(/\(/g) ?? []).length;
  const close = (text.match(/\)/g) ?? []).length;
  if (open <= close) return text;
  return text.replace(UNCLOSED_BEFORE_LIST, (whole, a: string, b: string) =>
    isStateList(a) && isStateList(b) && resolveState(`${a} (${b})`) === null ? `(${a.trimEnd()}) (${b})` : whole,
  );
}

export interface AskStates {
  /** ISO3 codes without repeats, in print order. */
  codes: string[];
  /** One entry per (ask, State): the name as printed when it stands alone, else the UN name. */
  pairs: string[];
  unresolved: string[];
  /** Names printed one letter off a State's (`New Zeeland`), with the code they were read as. */
  misspelt: { printed: string; code: string }[];
}

/** Two known States run together without a comma, or null. */
function splitMissingComma(name: string): [string, string][] | null {
  const words = name.split(' ');
  for (let i = 1; i < words.length; i++) {
    const left = words.slice(0, i).join(' ');
    const right = words.slice(i).join(' ');
    const a = resolveState(left);
    const b = resolveState(right);
    if (a && b) return [[left, a], [right, b]];
  }
  return null;
}

/** Resolves the lists of States of a recommendation, ask by ask (see RecommendationParts.asks). */
export function resolveAskStates(asks: readonly (readonly string[])[]): AskStates {
  const out: AskStates = { codes: [], pairs: [], unresolved: [], misspelt: [] };
  for (const lists of asks) {
    const seen = new Set<string>();
    for (const part of lists.flatMap((l) => splitTopLevel(stripCounts(l), /[,;/]\s*/y))) {
      const printed = part.replace(/^and\s+/, '');
      const { codes, unresolved } = parseStateList(`(${withoutCounts(printed)})`);
      for (const code of codes) {
        if (seen.has(code)) continue;
        seen.add(code);
        out.pairs.push(codes.length === 1 ? printed : stateName(code));
        if (!out.codes.includes(code)) out.codes.push(code);
      }
      for (const name of unresolved) {
        // `United Kingdom France`: two States with the comma between them missing.
        const pair = splitMissingComma(name);
        if (pair) {
          for (const [printedName, code] of pair) {
            if (seen.has(code)) continue;
            seen.add(code);
            out.pairs.push(printedName);
            if (!out.codes.includes(code)) out.codes.push(code);
          }
          continue;
        }
        const near = resolveMisspeltState(name);
        const key = near ?? name;
        if (seen.has(key)) continue;
        seen.add(key);
        out.pairs.push(name);
        if (near === null) out.unresolved.push(name);
        else {
          out.misspelt.push({ printed: name, code: near });
          if (!out.codes.includes(near)) out.codes.push(near);
        }
      }
    }
  }
  return out;
}
