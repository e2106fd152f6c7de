// Figures stated in a document, usable as indicator values: `a prison population of 38,944
// inmates`, `the total holding capacity is 8,800 inmates`, `51 political activists (8 women
// and 43 men)`, `the share … declined from 6.58 per cent in 2022 to 5.56 per cent in 2023`,
// `women councillors: 2,562 (22.04 per cent)`, `received 198 recommendations`. Each pattern
// says what the number counts; numbers without such context are left alone.
import type { ExtractedFact } from '../../../contracts/extract.ts';
import { NUMBER_SOURCE, parseNumber } from './numbers.ts';
import { paraText, type Para } from './paragraphs.ts';

const N = NUMBER_SOURCE;
const WORD_NUMBERS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty';
const NW = `(?:${N}|${WORD_NUMBERS})`;
const QUALIFIER = String.raw`(?:(?:about|approximately|some|nearly|almost|around|more than|over|at least)\s+)?`;
const UNIT = String.raw`(per cent|percentage points|%|[a-z][a-z-]{2,})`;
const GENERIC_LABELS = new Set(['total', 'number', 'total number', 'maximum', 'minimum', 'average']);
const ABBREVIATIONS = /\b(?:Mr|Ms|Mrs|Dr|No|Nos|para|paras|art|arts|e\.g|i\.e|H\.E|St|vol|p|pp)\.$/i;

function unitOf(word: string | undefined): string | null {
  if (!word) return null;
  return word === '%' ? 'per cent' : word;
}

/** A unit is a percentage or a plural count noun (`inmates`, `families`), not `and` or `involving`. */
function plausibleUnit(unit: string | null): boolean {
  return unit !== null && (/^(?:per cent|percentage points)$/.test(unit) || (/^[a-z-]{3,}s$/.test(unit) && !/(?:ss|ous|is|us)$/.test(unit)));
}

function labelOf(raw: string, unit: string | null): string {
  const label = raw.trim().replace(/^(?:the|a|an|its|their)\s+/i, '');
  return GENERIC_LABELS.has(label.toLowerCase()) && unit ? `${unit} (${label})` : label;
}

/** Splits a paragraph into sentences without breaking at `para.`, `No.`, `Mr.`. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.;](?=\s+[A-Z(“"])/g;
  for (const m of text.matchAll(re)) {
    const end = m.index + 1;
    if (ABBREVIATIONS.test(text.slice(Math.max(start, end - 6), end))) continue;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  out.push(text.slice(start).trim());
  return out.filter((s) => s !== '');
}

/** A year the value refers to: `in 2023` after it, else the sentence's only year. */
function yearOf(sentence: string, after: string): string | null {
  const near = /^\s*(?:\([^)]*\)\s*)?(?:in|for|as at|as of)\s+(?:[A-Z][a-z]+\s+)?(\d{4})\b/.exec(after);
  if (near) return near[1]!;
  const years = [...new Set(sentence.match(/\b(?:19|20)\d{2}\b/g) ?? [])];
  return years.length === 1 ? years[0]! : null;
}

type Push = (label: string, value: number | null, unit: string | null, date: string | null) => void;

function ofAndIsFacts(s: string, push: Push): void {
  const of = new RegExp(String.raw`\b(?:a|an|the)\s+((?:[a-z-]+\s+){0,4}?[a-z-]+)\s+of\s+${QUALIFIER}(${N})\s+${UNIT}`, 'g');
  for (const m of s.matchAll(of)) {
    const unit = unitOf(m[3]);
    if (!plausibleUnit(unit)) continue;
    push(labelOf(m[1]!, unit), parseNumber(m[2]!), unit, yearOf(s, s.slice(m.index + m[0].length)));
  }
  const is = new RegExp(String.raw`\b(?:the|a|an|its|their)\s+((?:[a-z-]+\s+){0,5}?[a-z-]+)\s+(?:is|was|were|are|stood at|amounted to|reached|totalled)\s+${QUALIFIER}(${N})\s+${UNIT}`, 'g');
  for (const m of s.matchAll(is)) {
    const unit = unitOf(m[3]);
    if (!plausibleUnit(unit)) continue;
    push(labelOf(m[1]!, unit), parseNumber(m[2]!), unit, yearOf(s, s.slice(m.index + m[0].length)));
  }
}

function bySexFacts(s: string, push: Push): void {
  const re = new RegExp(String.raw`\b(${NW})\s+((?:[A-Za-z-]+,?\s+){0,8}?[A-Za-z-]+)\s+\((${NW})\s+(?:women|female|girls),?\s+and\s+(${NW})\s+(?:men|male|boys)\)`, 'gi');
  for (const m of s.matchAll(re)) {
    const label = m[2]!.trim();
    const date = yearOf(s, s.slice(m.index + m[0].length));
    push(label, parseNumber(m[1]!), null, date);
    push(`${label}: women`, parseNumber(m[3]!), null, date);
    push(`${label}: men`, parseNumber(m[4]!), null, date);
  }
}

function changeFacts(s: string, push: Push): void {
  const re = new RegExp(String.raw`\s(?:declined|decreased|fell|dropped|increased|rose|grew)\s+from\s+${QUALIFIER}(${N})\s*(per cent|%)?\s+in\s+(\d{4})\s+to\s+${QUALIFIER}(${N})\s*(per cent|%)?\s+in\s+(\d{4})`, 'g');
  for (const m of s.matchAll(re)) {
    const before = s.slice(0, m.index);
    const starts = [...before.matchAll(/(?:^|[,;]\s+|\band\s+)((?:the|a|an|its)\s)/gi)];
    const start = starts[starts.length - 1];
    if (!start) continue;
    const label = labelOf(before.slice(start.index + start[0].length - start[1]!.length), null);
    const unit = unitOf(m[5] ?? m[2]);
    push(label, parseNumber(m[1]!), unit, m[3]!);
    push(label, parseNumber(m[4]!), unit, m[6]!);
  }
}

function listFacts(s: string, push: Push, fallbackYear: string | null): void {
  for (const segment of s.split(/;\s*/)) {
    const seg = segment.replace(/^(?:Notes?|Source|Abbreviations):\s*(?=[^:]+:)/i, '').trim();
    const m = new RegExp(String.raw`^([A-Za-z][A-Za-z ()'-]{2,60}):\s*(${N})(?:\s+(per cent|%))?(?:\s*\((${N})\s*(?:per cent|%)\))?\.?$`).exec(seg);
    if (!m) continue;
    const label = m[1]!.trim();
    push(label, parseNumber(m[2]!), unitOf(m[3]), fallbackYear);
    if (m[4]) push(label, parseNumber(m[4]), 'per cent', fallbackYear);
  }
}

function tallyFacts(s: string, push: Push): void {
  if (!/recommendation/i.test(s) || /\b(?:regarding|addressing|pertaining|concerning|urging|encouraging|discussed)\b/i.test(s)) return;
  const verbFirst = new RegExp(String.raw`\b(received|accept(?:ed|ing)|support(?:ed|ing)|not(?:ed|ing)|reject(?:ed|ing))\s+(?:the remaining\s+|a total of\s+)?(${NW})\b(?!\s+(?:per cent|%))`, 'gi');
  const numberFirst = new RegExp(String.raw`\b(${NW})\s+recommendations\s+(?:were\s+)?(received|accepted|supported|noted|rejected)\b`, 'gi');
  const past = (verb: string): string => verb.toLowerCase().replace(/ing$/, 'ed');
  for (const m of s.matchAll(verbFirst)) push(`recommendations ${past(m[1]!)}`, parseNumber(m[2]!), 'recommendations', null);
  for (const m of s.matchAll(numberFirst)) push(`recommendations ${past(m[2]!)}`, parseNumber(m[1]!), 'recommendations', null);
}

/** A year stated by a short caption or source line just before an unnumbered paragraph. */
function captionYear(paras: readonly Para[], index: number): string | null {
  for (let i = index; i >= Math.max(0, index - 3); i--) {
    const p = paras[i]!;
    if (p.kind === 'numbered' && i !== index) break;
    const years = [...new Set(p.text.match(/\b(?:19|20)\d{2}\b/g) ?? [])];
    if (years.length === 1 && (i === index || p.text.length < 160)) return years[0]!;
  }
  return null;
}

/** Figures with what they count, from every paragraph and its inline footnotes. */
export function extractFacts(paras: readonly Para[]): ExtractedFact[] {
  const facts: ExtractedFact[] = [];
  const seen = new Set<string>();
  paras.forEach((p, index) => {
    const push: Push = (label, value, unit, date) => {
      if (value === null || !label) return;
      const key = `${label}|${value}|${date ?? ''}|${p.ref}`;
      if (seen.has(key)) return;
      seen.add(key);
      facts.push({ label, value, unit, paragraph: p.ref, date });
    };
    for (const s of [...sentences(paraText(p)), ...p.notes.flatMap(sentences)]) {
      // Cheap tests first: most sentences state no figure at all.
      const digits = /\d/.test(s);
      if (digits) ofAndIsFacts(s, push);
      if (/\((?:\S+\s+){1,2}(?:women|female|girls)\b/i.test(s)) bySexFacts(s, push);
      if (digits && / from /.test(s)) changeFacts(s, push);
      if (/recommendation/i.test(s)) tallyFacts(s, push);
      if (digits && s.includes(':')) listFacts(s, push, p.kind === 'numbered' ? null : captionYear(paras, index));
    }
  });
  return facts;
}
