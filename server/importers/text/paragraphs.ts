// Assembles blocks into paragraphs: a numbered paragraph (`12.`) with its continuation
// lines (text carried over a page break or past footnotes) and its lettered items; annex
// and unnumbered paragraphs get a label (`annex I`, `¶3`). Every paragraph knows the
// headings it sits under, so importers can read a document section by section.
import type { ExtractedParagraph } from '../../../contracts/extract.ts';
import type { Block } from './blocks.ts';

export interface Heading {
  label: string | null;
  text: string;
  line: number;
  block: Block;
}

export interface Item {
  letter: string;
  text: string;
  line: number;
}

export interface Para {
  ref: string;
  /** The printed number of a numbered paragraph. */
  number: number | null;
  text: string;
  items: Item[];
  line: number;
  kind: 'numbered' | 'text' | 'bullet';
  /** The roman-numbered section or annex it sits in. */
  part: Heading | null;
  /** The lettered sub-section (`A. …`) inside the part. */
  sub: Heading | null;
  /** Every heading seen since the part began, outermost first. */
  headings: Heading[];
  notes: string[];
}

export interface ParsedText {
  blocks: Block[];
  paras: Para[];
}

function annexLabel(part: Heading | null): string | null {
  return part?.label && /^annex/i.test(part.label) ? part.label.replace(/^annex/i, 'annex') : null;
}

/** A short unpunctuated line right under a heading is its caption (an annex's title). */
function isCaption(b: Block, previous: Block | null): boolean {
  return b.kind === 'text' && previous?.kind === 'heading' && b.text.length < 150 && /^[A-Z0-9]/.test(b.text) && !/[.;:,]$/.test(b.text);
}

/** Groups blocks into paragraphs. Headings, rows and footnotes are not paragraphs. */
export function assembleParagraphs(blocks: readonly Block[]): Para[] {
  const paras: Para[] = [];
  let part: Heading | null = null;
  let sub: Heading | null = null;
  let headings: Heading[] = [];
  let current: Para | null = null;
  const unnumbered = new Map<string, number>();

  const open = (kind: Para['kind'], b: Block, number: number | null): Para => {
    let ref: string;
    const annex = annexLabel(part);
    if (number !== null) ref = annex ? `${annex}, ${number}` : String(number);
    else {
      const scope = annexLabel(part) ?? '';
      const n = (unnumbered.get(scope) ?? 0) + 1;
      unnumbered.set(scope, n);
      ref = scope && n === 1 && kind === 'text' ? scope : `${scope ? `${scope} ` : ''}¶${n}`;
    }
    const p: Para = { ref, number, text: b.text, items: [], line: b.line, kind, part, sub, headings: [...headings], notes: [...b.notes] };
    paras.push(p);
    return p;
  };

  let previous: Block | null = null;
  for (const found of blocks) {
    const b: Block = isCaption(found, previous) ? { ...found, kind: 'heading' } : found;
    previous = b;
    switch (b.kind) {
      case 'heading': {
        const h: Heading = { label: b.label, text: b.text, line: b.line, block: b };
        if (b.level === 'part') {
          part = h;
          sub = null;
          headings = [h];
        } else {
          if (b.level === 'sub') sub = h;
          headings.push(h);
        }
        current = null;
        break;
      }
      case 'paragraph':
        current = open('numbered', b, Number(b.label));
        break;
      case 'item':
        if (!current) current = open('text', { ...b, text: '' }, null);
        current.items.push({ letter: b.label ?? '', text: b.text, line: b.line });
        current.notes.push(...b.notes);
        break;
      case 'bullet':
        open('bullet', b, null);
        current = null;
        break;
      case 'text': {
        const continues = current !== null && /^[a-z(“"‘]/.test(b.text);
        if (current && continues) {
          const last = current.items[current.items.length - 1];
          if (last) last.text = `${last.text} ${b.text}`;
          else current.text = `${current.text} ${b.text}`;
          current.notes.push(...b.notes);
        } else {
          current = open('text', b, null);
        }
        break;
      }
      case 'row':
      case 'footnote':
        break;
      default: {
        const never: never = b.kind;
        throw new Error(`unknown block kind ${String(never)}`);
      }
    }
  }
  return paras;
}

/** The full text of a paragraph: its own text, then each item as `(a) …`. */
export function paraText(p: Para): string {
  return [p.text, ...p.items.map((i) => `(${i.letter}) ${i.text}`)].filter((t) => t !== '').join(' ');
}

/** The paragraphs as the extract contract carries them (provenance for the database). */
export function toExtractedParagraphs(paras: readonly Para[]): ExtractedParagraph[] {
  return paras.map((p) => ({ ref: p.ref, text: paraText(p), line: p.line }));
}
