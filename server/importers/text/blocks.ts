// Classifies the lines of a loaded text document into blocks: headings, numbered
// paragraphs (`12.`), lettered items (`(a)`), bullets, table rows, footnotes and plain text.
// Knows the seeds' quirks: tab-separated tables, `1.<TAB>Text` paragraphs, headings glued
// to their first sentence, inline footnote bodies spanning lines.
import type { LoadedLine } from '../types.ts';
import { cleanText, isFootnoteLine, lineStyle, splitInlineNotes, type LineStyle } from './clean.ts';

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'bullet' | 'row' | 'footnote' | 'text';

export interface Block {
  kind: BlockKind;
  /** Cleaned text without its number, letter or bullet. */
  text: string;
  /** `12` for a paragraph, `a` for an item, `V`/`A`/`Annex I` for a heading. */
  label: string | null;
  line: number;
  /** Cleaned cells of a table row (empty cells kept so columns line up). */
  cells: string[] | null;
  /** Bodies of inline footnotes carried by the line. */
  notes: string[];
  style: LineStyle;
  /** Heading whose whole text is upper case (`AREAS OF PROGRESSION`). */
  caps: boolean;
  /** For headings: `part` (roman-numbered section or annex), `sub` (lettered), or null. */
  level: 'part' | 'sub' | null;
}

const LABEL_CELL = /^(?:\d{1,3}\.|\([a-z]{1,2}\)|[IVXL]+\.|[A-Z]\.)$/;
const ROMAN_HEADING = /^([IVXL]+)\.\s+(\S.*)$/;
const LETTER_HEADING = /^([A-Z])\.\s+(\S.*)$/;
const ANNEX_HEADING = /^(Annex(?:\s+[IVXL\d]+)?)$/i;

function isCaps(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

function block(kind: BlockKind, text: string, label: string | null, line: number, style: LineStyle, notes: string[] = []): Block {
  return { kind, text, label, line, cells: null, notes, style, caps: kind === 'heading' && isCaps(text), level: null };
}

/** Joins lines whose inline footnote body (`[36: …`) closes on a later line. */
function joinOpenNotes(lines: readonly LoadedLine[]): LoadedLine[] {
  const out: LoadedLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!;
    let text = first.text;
    let joined = 0;
    while (/\[\d+:[^\]]*$/.test(text) && i + 1 < lines.length && joined < 20) {
      i++;
      joined++;
      text = `${text} ${lines[i]!.text}`;
    }
    out.push({ ...first, text });
  }
  return out;
}

function classifyText(text: string, line: number, style: LineStyle, notes: string[]): Block[] {
  const para = /^(\d{1,3})\.\s+(\S.*)$/.exec(text);
  if (para && !style.bullet) return [block('paragraph', para[2]!, para[1]!, line, style, notes)];
  const item = /^\(([a-z]{1,2})\)\s+(\S.*)$/.exec(text);
  if (item) return [block('item', item[2]!, item[1]!, line, style, notes)];
  if (style.bullet) return [block('bullet', text, null, line, style, notes)];
  const annex = ANNEX_HEADING.exec(text);
  if (annex) return [block('heading', annex[1]!, annex[1]!, line, style)];
  const endsLikeSentence = /[.;:,]$/.test(text);
  const roman = ROMAN_HEADING.exec(text);
  if (roman && text.length < 200 && !endsLikeSentence) return [block('heading', roman[2]!, roman[1]!, line, style)];
  const letter = LETTER_HEADING.exec(text);
  if (letter && text.length < 450 && !endsLikeSentence) return [block('heading', letter[2]!, letter[1]!, line, style)];
  if (style.hashes > 0 || ((style.bold || style.italic) && text.length < 200)) {
    const lettered = LETTER_HEADING.exec(text);
    return [block('heading', lettered ? lettered[2]! : text, lettered ? lettered[1]! : null, line, style)];
  }
  if (isCaps(text) && text.length < 100 && !/\d{3}/.test(text)) return [block('heading', text, null, line, style)];
  // A capitalised heading glued to its first sentence: `ACCESS TO JUSTICE The RGC received …`.
  const glued = /^((?:[A-Z][A-Z'’-]+\s+){1,6}[A-Z][A-Z'’-]+)\s+(\S.*)$/.exec(text);
  if (glued && /[a-z]/.test(glued[2]!)) {
    if (/^\(?continued\)?$/i.test(glued[2]!)) return [block('heading', glued[1]!, null, line, style)];
    if (/^[A-Z][a-z]/.test(glued[2]!) && glued[1]!.split(/\s+/).some((w) => w.length > 3)) {
      return [block('heading', glued[1]!, null, line, style), block('text', glued[2]!, null, line, style, notes)];
    }
  }
  return [block('text', text, null, line, style, notes)];
}

/** Turns loaded lines into blocks, in order. Empty lines are dropped. */
export function parseBlocks(lines: readonly LoadedLine[]): Block[] {
  const blocks: Block[] = [];
  for (const { text: original, line } of joinOpenNotes(lines)) {
    if (!original.trim()) continue;
    const { text: raw, notes } = splitInlineNotes(original);
    const style = lineStyle(raw);
    if (isFootnoteLine(raw)) {
      blocks.push(block('footnote', cleanText(raw.replace(/^\s*[⁰¹²³⁴⁵⁶⁷⁸⁹*]+/, '')), null, line, style));
      continue;
    }
    const cells = raw.split('\t').map(cleanText);
    const nonEmpty = cells.filter((c) => c !== '');
    if (nonEmpty.length === 0) continue;
    const inTable = blocks[blocks.length - 1]?.kind === 'row' && /^\t/.test(raw);
    const hasInnerTab = inTable || /\S\t/.test(raw);
    if (!inTable && nonEmpty.length === 2 && LABEL_CELL.test(nonEmpty[0]!)) {
      blocks.push(...classifyText(`${nonEmpty[0]!} ${nonEmpty[1]!}`, line, style, notes));
      continue;
    }
    if (inTable || (hasInnerTab && !(nonEmpty.length === 1 && /^\t*\S[^\t]*$/.test(raw)))) {
      blocks.push({ ...block('row', nonEmpty.join(' | '), null, line, style, notes), cells });
      continue;
    }
    const text = cleanText(raw.replace(/^\s*[-•]\s+/, ''));
    if (!text) continue;
    blocks.push(...classifyText(text, line, style, notes));
  }
  assignHeadingLevels(blocks);
  return blocks;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

function romanValue(label: string): number {
  let total = 0;
  for (let i = 0; i < label.length; i++) {
    const v = ROMAN_VALUES[label[i]!] ?? 0;
    const next = ROMAN_VALUES[label[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * Tells roman-numbered sections from lettered sub-sections: `I.` is section one after the
 * title but letter I after `H.`; `L.` is a letter unless fifty sections came before.
 */
function assignHeadingLevels(blocks: Block[]): void {
  let roman = 0;
  let letter = 0;
  for (const b of blocks) {
    if (b.kind !== 'heading' || b.label === null) continue;
    if (ANNEX_HEADING.test(b.label)) {
      b.level = 'part';
      letter = 0;
      continue;
    }
    const isRoman = /^[IVXL]+$/.test(b.label);
    const isLetter = /^[A-Z]$/.test(b.label);
    const asRoman = isRoman ? romanValue(b.label) : 0;
    const asLetter = isLetter ? b.label.charCodeAt(0) - 64 : 0;
    if (isRoman && (asRoman === roman + 1 || !isLetter || asLetter !== letter + 1)) {
      b.level = 'part';
      roman = asRoman;
      letter = 0;
    } else if (isLetter) {
      b.level = 'sub';
      letter = asLetter;
    }
  }
}
