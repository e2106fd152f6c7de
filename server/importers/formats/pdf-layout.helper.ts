// Turns the positioned text items of PDF pages into visual lines, and removes what is
// page furniture rather than content: running heads (`A/HRC/26/16`, `Page 3`), footers
// (`GE.14-12727`, barcodes, "Please recycle"), page numbers and footnotes. Pure: no pdfjs.

/** One run of text as placed on the page (PDF user space: y grows upwards). */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
}

export interface PageText {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  items: PlacedText[];
}

/** A visual line of a page, top to bottom. */
export interface VisualLine {
  text: string;
  y: number;
  /** Size of the font carrying most of the line's characters. */
  size: number;
  /** True when the line begins with a raised, smaller mark (a footnote number or asterisk). */
  startsWithMark: boolean;
}

interface LineBuild {
  items: PlacedText[];
  y: number;
  size: number;
}

/** Fraction of the page height, from the top or the bottom, where heads and footers sit. */
const MARGIN_ZONE = 0.12;
/** Footnotes are looked for in the lower part of the page only. */
const FOOTNOTE_ZONE = 0.45;

/** Vertical overlap between the glyph bands of an item and a line, as a share of the smaller. */
function bandOverlap(item: PlacedText, line: LineBuild): number {
  const a0 = item.y;
  const a1 = item.y + 0.75 * item.size;
  const b0 = line.y;
  const b1 = line.y + 0.75 * line.size;
  const overlap = Math.min(a1, b1) - Math.max(a0, b0);
  return overlap / Math.max(0.01, Math.min(a1 - a0, b1 - b0));
}

function dominantSize(items: readonly PlacedText[]): number {
  const weight = new Map<number, number>();
  for (const it of items) {
    const key = Math.round(it.size * 2) / 2;
    weight.set(key, (weight.get(key) ?? 0) + it.text.length);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, w] of weight) {
    if (w > bestWeight) {
      best = size;
      bestWeight = w;
    }
  }
  return best;
}

/** Joins the items of one line left to right, putting a space where the gap between them shows one. */
function joinLine(items: PlacedText[]): string {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  let out = '';
  let prevEnd = Number.NEGATIVE_INFINITY;
  for (const it of sorted) {
    const gap = it.x - prevEnd;
    if (out !== '' && gap > 0.15 * it.size && !/\s$/.test(out) && !/^\s/.test(it.text)) out += ' ';
    out += it.text;
    prevEnd = Math.max(prevEnd, it.x + it.width);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** A footnote reference inside a line: a number in smaller type raised above the baseline (`(Brazil);9`). */
function isNoteReference(item: PlacedText, baseline: number, size: number): boolean {
  return item.size < size * 0.85 && item.y > baseline + size * 0.2 && /^\s*\d{1,3}\s*$/.test(item.text);
}

/** Groups the items of a page into visual lines, top to bottom. */
export function groupLines(items: readonly PlacedText[]): VisualLine[] {
  const sorted = items.filter((it) => it.text !== '' && it.size > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: LineBuild[] = [];
  for (const item of sorted) {
    // Only the last few lines can still take an item: the items come top to bottom.
    let target: LineBuild | undefined;
    for (let i = lines.length - 1; i >= Math.max(0, lines.length - 3); i--) {
      const line = lines[i]!;
      if (bandOverlap(item, line) >= 0.4) {
        target = line;
        break;
      }
    }
    if (target) {
      target.items.push(item);
      // The baseline is that of the line's larger type, not of a raised mark.
      if (item.size > target.size * 1.1 || (Math.abs(item.size - target.size) < 0.5 && item.y < target.y)) {
        target.y = item.y;
        target.size = Math.max(target.size, item.size);
      }
    } else {
      lines.push({ items: [item], y: item.y, size: item.size });
    }
  }
  return lines
    .map((l) => {
      const size = dominantSize(l.items);
      const first = [...l.items].sort((a, b) => a.x - b.x).find((it) => it.text.trim() !== '');
      const text = joinLine(l.items.filter((it) => it === first || !isNoteReference(it, l.y, size)));
      const raisedMark = first !== undefined && first.size < size * 0.85 && /^\s*(\d{1,3}|[*∗†‡])\s*$/.test(first.text);
      // An asterisk never opens a line of body text; it opens the note on the masthead page.
      const startsWithMark = raisedMark || /^[*∗]+\s/.test(text);
      return { text, y: l.y, size, startsWithMark };
    })
    .filter((l) => l.text !== '')
    .sort((a, b) => b.y - a.y);
}

/** A document symbol alone on its line; some running heads end in a stray slash (`A/HRC/23/15/`). */
const SYMBOL_ONLY = /^[A-Z]{1,8}(\/[A-Za-z0-9.()-]+){2,}\/?( ?\(E\))?[*∗]*$/;
/** A rule typed out of underscores or dashes (above footnotes, at the end of a document). */
const RULE = /^[_\-–—]{5,}$/;
const PAGE_NUMBER = /^(page\s+)?\d{1,4}$/i;
const FOOTER = /^(GE\.\d{2}[-–]\d{3,6}\b|\*\d{5,}\*$|please recycle)/i;

/** True when a line in a page margin is a running head, a footer or a page number. */
function isFurniture(text: string, firstPage: boolean): boolean {
  if (PAGE_NUMBER.test(text) || FOOTER.test(text)) return true;
  // The first page carries the document's own symbol in its masthead: keep it there.
  // `A/HRC/ 8/29`: a symbol printed with a space after a slash is the same running head.
  return !firstPage && SYMBOL_ONLY.test(text.replace(/\s+page\s+\d+$/i, '').replace(/\/\s+/g, '/'));
}

/** Index of the first footnote line at the bottom of a page, or lines.length when there is none. */
function footnoteStart(lines: readonly VisualLine[], pageHeight: number, bodySize: number): number {
  let cut = lines.length;
  // A run of smaller type at the foot of the page.
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (l.y > pageHeight * FOOTNOTE_ZONE || l.size >= bodySize * 0.92) break;
    cut = i;
  }
  // A line opened by a raised note mark, with everything below it.
  for (let i = cut - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (l.y > pageHeight * FOOTNOTE_ZONE) break;
    if (l.size > bodySize * 1.08) break;
    if (l.startsWithMark) cut = i;
  }
  return cut;
}

/** Removes the heads, footers, page numbers and footnotes of a page's lines. */
export function cleanPage(lines: readonly VisualLine[], page: Pick<PageText, 'page' | 'height'>, bodySize: number): VisualLine[] {
  const top = page.height * (1 - MARGIN_ZONE);
  const bottom = page.height * MARGIN_ZONE;
  const kept = lines.filter((l) => !((l.y >= top || l.y <= bottom) && isFurniture(l.text, page.page === 1)) && !RULE.test(l.text));
  return kept.slice(0, footnoteStart(kept, page.height, bodySize));
}

/** The body text size of a document: the size carrying most characters. */
export function bodyTextSize(pages: readonly PageText[]): number {
  return dominantSize(pages.flatMap((p) => p.items));
}
