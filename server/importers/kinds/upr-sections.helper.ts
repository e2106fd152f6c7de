// Finds the section "Conclusions and/or recommendations" of a UPR Working Group report
// and cuts it into its numbered paragraphs and the recommendations listed under them:
// `118.1 Ratify …` (2010 on) or `1. Ratify …` inside paragraph 69 (2008–2009).
import type { Position } from '../../../contracts/enums.ts';
import type { LoadedLine } from '../types.ts';

/** A recommendation as numbered in the report, with its lines. */
export interface NumberedItem {
  /** Unique within the document: `118.1`, or `<paragraph>.<n>` for the old `1.`, `2.`. */
  ref: string;
  paragraph: string;
  position: Position | null;
  body: string;
  page: number | null;
  line: number;
}

/** A numbered paragraph of the section (its text up to the first recommendation). */
export interface SectionParagraph {
  ref: string;
  intro: string;
  position: Position | null;
  items: NumberedItem[];
  page: number | null;
  line: number;
}

const HEADING = /^([IVX]+\.?\s*)?conclusions and\/or recommendations\s*[*∗]*\d{0,2}$/i;
const NEXT_HEADING = /^([IVX]+\.\s+\S|annex\b)/i;
const CLOSING = /^all conclusions and\/or recommendations contained/i;
const TOP = /^(\d{1,3})\.\s+(\S.*)$/;
const SUB = /^(\d{1,3})\. ?(\d{1,3})(?:\.\s*|\s+)(\S.*)$/;
const OLD_ITEM = /^(\d{1,3})\.?\s+(\S.*)$/;

/**
 * The position a paragraph's lead-in gives to the recommendations listed under it:
 * "enjoy the support of" → supported, "will be examined" → null, "did not enjoy the
 * support" / "noted" / "rejected" → noted.
 */
export function positionOf(intro: string): Position | null {
  const t = intro.replace(/\s+/g, ' ').toLowerCase();
  if (/(did|do|does) not (enjoy|receive|have) the support|not (been )?(supported|accepted)|rejected|cannot (support|accept)|were noted|are noted|(has|have) been noted|takes? note|noted by/.test(t)) return 'noted';
  if (/will be examined|will (examine|consider|respond)|in due time|will provide (its )?responses/.test(t)) return null;
  if (/enjoys? the support|(were|are|have been) accepted|accepts|supports?\b|agrees? to follow up|already implemented|in the process of implementation/.test(t)) return 'supported';
  return null;
}

function joinLines(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    const p = part.trim();
    if (out === '') out = p;
    // A word broken at the end of a line (`non-` / `refoulement`) stays hyphenated.
    else if (/[A-Za-z]-$/.test(out)) out += p;
    else out += ` ${p}`;
  }
  return out;
}

/** Index of the line opening the section, past the table of contents; -1 when absent. */
export function findSection(lines: readonly LoadedLine[]): { start: number; end: number } | null {
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    if (HEADING.test(lines[i]!.text.trim())) start = i;
  }
  if (start < 0) return null;
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    const top = TOP.exec(t);
    if (NEXT_HEADING.test(t) || (top && CLOSING.test(top[2]!))) {
      end = i;
      break;
    }
  }
  return { start: start + 1, end };
}

interface Builder {
  para: SectionParagraph;
  introLines: string[];
  item: { ref: string; lines: string[]; page: number | null; line: number } | null;
  lastOld: number;
}

function flushItem(b: Builder): void {
  if (!b.item) return;
  b.para.items.push({ ref: b.item.ref, paragraph: b.para.ref, position: null, body: joinLines(b.item.lines), page: b.item.page, line: b.item.line });
  b.item = null;
}

function flushParagraph(b: Builder | null, out: SectionParagraph[]): void {
  if (!b) return;
  flushItem(b);
  b.para.intro = joinLines(b.introLines);
  b.para.position = positionOf(b.para.intro);
  for (const item of b.para.items) item.position = b.para.position;
  out.push(b.para);
}

/** Cuts the section's lines into numbered paragraphs and their recommendations. */
export function parseSection(lines: readonly LoadedLine[]): SectionParagraph[] {
  const out: SectionParagraph[] = [];
  let b: Builder | null = null;
  for (const l of lines) {
    const t = l.text.trim();
    if (t === '') continue;
    const sub = SUB.exec(t);
    const top = TOP.exec(t);
    const old = OLD_ITEM.exec(t);
    const topNumber = top ? Number(top[1]) : NaN;
    const nextTop = b === null ? top !== null && topNumber > 0 : topNumber === Number(b.para.ref) + 1;
    const nextOld = b !== null && old !== null && Number(old[1]) === b.lastOld + 1 && /^[A-Z"“‘']/.test(old[2]!);
    let minor = sub ? Number(sub[2]) : NaN;
    const nextSub = b !== null && minor === b.lastOld + 1;
    if (sub && (b === null || nextSub || sub[1] === b.para.ref || minor === 1)) {
      if (b === null || (sub[1] !== b.para.ref && minor === 1)) {
        flushParagraph(b, out);
        b = { para: { ref: sub[1]!, intro: '', position: null, items: [], page: l.page, line: l.line }, introLines: [], item: null, lastOld: 0 };
      }
      flushItem(b);
      // Misprints: `118.09` after 118.108 is 118.109; `127.10` among the 126s is 126.10.
      if (!nextSub && String(b.lastOld + 1).endsWith(sub[2]!)) minor = b.lastOld + 1;
      b.lastOld = minor;
      b.item = { ref: `${b.para.ref}.${minor}`, lines: [sub[3]!], page: l.page, line: l.line };
    } else if (top && nextTop && !(nextOld && !/recommendation|conclusion/i.test(top[2]!))) {
      flushParagraph(b, out);
      b = { para: { ref: top[1]!, intro: '', position: null, items: [], page: l.page, line: l.line }, introLines: [top[2]!], item: null, lastOld: 0 };
    } else if (b !== null && old && nextOld) {
      flushItem(b);
      b.lastOld++;
      b.item = { ref: `${b.para.ref}.${old[1]}`, lines: [old[2]!], page: l.page, line: l.line };
    } else if (b?.item) {
      b.item.lines.push(t);
    } else if (b) {
      b.introLines.push(t);
    }
  }
  flushParagraph(b, out);
  applyPositionsGivenAfter(out);
  return out;
}

/**
 * `69. The recommendations listed above enjoy the support of Ghana.`: a paragraph with no
 * list of its own that gives the position of the list printed before it.
 */
function applyPositionsGivenAfter(paragraphs: SectionParagraph[]): void {
  for (let i = 1; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const before = paragraphs[i - 1]!;
    if (p.items.length > 0 || p.position === null || /paragraphs?\s+\d/i.test(p.intro)) continue;
    if (!/(listed|contained|mentioned) above|these recommendations|above recommendations/i.test(p.intro)) continue;
    for (const item of before.items) item.position ??= p.position;
    before.position ??= p.position;
  }
}

/**
 * `7. Capacity-building: (a) Indonesia is encouraged to …; (b) …`: a numbered item that
 * introduces lettered sub-items is one recommendation per letter, `77.7 (a)`, `77.7 (b)`.
 */
export function splitLettered(item: NumberedItem): NumberedItem[] {
  const start = /:\s*\(a\)\s+/.exec(item.body);
  if (!start || !/[;.]\s*(?:and\s+)?\(b\)\s+/.test(item.body)) return [item];
  const out: NumberedItem[] = [];
  let rest = item.body.slice(start.index + start[0].length);
  for (let code = 'a'.charCodeAt(0); ; code++) {
    const next = new RegExp(`[;.]\\s*(?:and\\s+)?\\(${String.fromCharCode(code + 1)}\\)\\s+`).exec(rest);
    const body = next ? rest.slice(0, next.index + 1) : rest;
    out.push({ ...item, ref: `${item.ref} (${String.fromCharCode(code)})`, body: body.trim() });
    if (!next) return out;
    rest = rest.slice(next.index + next[0].length);
  }
}
