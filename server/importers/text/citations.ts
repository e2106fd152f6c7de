// UN document symbols (`CCPR/C/KHM/CO/3`, `E/C.12/KHM/CO/1`, `A/HRC/51/66`) and citations
// of a paragraph of one: `(CCPR/C/KHM/CO/3, para. 35)`, `(E/C.12/KHM/CO/1 paras. 27 and 44)`.
import type { CitedSource } from '../../../contracts/extract.ts';

/** Regex source of a UN symbol: upper-case segments joined by slashes, at least one digit. */
export const SYMBOL_SOURCE = String.raw`(?<![\w/])[A-Z][A-Z]{0,6}(?:\.\d+)?(?:\/(?:[A-Z][A-Za-z]*(?:\.\d+)?|\d+(?:-\d+)?(?:\.\d+)?))+`;

/** True when `text` is a plausible UN symbol (has a slash and a digit). */
export function isSymbol(text: string): boolean {
  return new RegExp(`^${SYMBOL_SOURCE}$`).test(text) && /\d/.test(text);
}

/** Every symbol in a text, in order of appearance (repeats kept). */
export function findSymbols(text: string): string[] {
  return [...text.matchAll(new RegExp(SYMBOL_SOURCE, 'g'))].map((m) => m[0]).filter((s) => /\d/.test(s));
}

/** Expands `27 and 44`, `9–25`, `11, 12` into paragraph numbers as printed. */
function paragraphList(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/\s*(?:,|\band\b)\s*/)) {
    const range = /^(\d+)\s*[–-]\s*(\d+)$/.exec(part);
    if (range) {
      const a = Number(range[1]);
      const b = Number(range[2]);
      if (b >= a && b - a < 50) for (let n = a; n <= b; n++) out.push(String(n));
    } else if (/^\d+(?:\.\d+)?(?:\s*\([a-z]\))?$/.test(part)) out.push(part);
  }
  return out;
}

/**
 * Citations of paragraphs of UN documents in a text, deduplicated, in order. Symbols cited
 * without a paragraph are left out: they name a document, not the recommendation.
 */
export function findParagraphCitations(text: string): CitedSource[] {
  const re = new RegExp(`(${SYMBOL_SOURCE}),?\\s+paras?\\.\\s*((?:\\d+(?:\\.\\d+)?(?:\\s*\\([a-z]\\))?(?:\\s*[–-]\\s*\\d+)?(?:\\s*,\\s*|\\s+and\\s+)?)+)`, 'g');
  const seen = new Set<string>();
  const out: CitedSource[] = [];
  for (const m of text.matchAll(re)) {
    const symbol = m[1]!;
    if (!/\d/.test(symbol)) continue;
    for (const paragraph of paragraphList(m[2]!.trim().replace(/[,\s]+$/, ''))) {
      const key = `${symbol}#${paragraph}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ symbol, paragraph });
    }
  }
  return out;
}

/** The quoted text of a cell fragment: no markup, no elision marks, no opening bracket of the citation. */
function quoteText(fragment: string): string {
  return fragment
    .replace(/<\/?p>/g, ' ')
    .replace(/(?:^|\s)(?:\.\.\.|…)(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s).;,]+|[\s(]+$/g, '')
    .trim();
}

/** The parts of a quote: what leads in, then each lettered subparagraph `(a) …`. */
function quoteParts(quote: string): string[] {
  return quote.split(/\s+(?=\([a-z]\)\s)/).map((part) => part.trim()).filter((part) => part !== '');
}

/**
 * Joins a further quote of a paragraph to the quotes known of it (runs of parts; runs are
 * apart in the paragraph). A part already quoted is not repeated, a longer reading of a part
 * replaces the shorter (a cell cut by a page break and printed again), and a new part goes
 * after the last part the quote shares with what is known, or starts a run of its own.
 */
function mergeQuote(runs: string[][], quote: string): void {
  let cursor: { run: number; part: number } | null = null;
  for (const part of quoteParts(quote)) {
    const found = locatePart(runs, part);
    if (found) cursor = found;
    else if (cursor) {
      runs[cursor.run]!.splice(cursor.part + 1, 0, part);
      cursor = { run: cursor.run, part: cursor.part + 1 };
    } else {
      runs.push([part]);
      cursor = { run: runs.length - 1, part: 0 };
    }
  }
}

/** A part as compared: without the punctuation that ends it (`opinions;` reads as `opinions.`). */
const bare = (part: string): string => part.replace(/[\s.;,:]+$/, '');

/** Where `part` is already quoted (as it is, or a shorter reading of it, which it then replaces). */
function locatePart(runs: string[][], part: string): { run: number; part: number } | null {
  for (const [r, run] of runs.entries()) {
    for (const [k, known] of run.entries()) {
      if (bare(known).includes(bare(part))) return { run: r, part: k };
      if (bare(part).includes(bare(known))) {
        run[k] = part;
        return { run: r, part: k };
      }
    }
  }
  return null;
}

/**
 * The quotes of one paragraph as one text: merged by their parts (mergeQuote), in the order
 * given; runs apart in the paragraph are joined with ` … `. A quote may itself hold runs
 * joined that way (what this returned before).
 */
export function joinQuotes(quotes: readonly string[]): string {
  const runs: string[][] = [];
  for (const quote of quotes) for (const piece of quote.split(' … ')) mergeQuote(runs, piece);
  return runs.map((run) => run.join(' ')).join(' … ');
}

/**
 * Like findParagraphCitations, with the text each citation closes (a table cell quoting
 * recommendations, each followed by its citation) as `quote`; the quotes of a paragraph
 * cited several times joined (joinQuotes).
 */
export function findQuotedCitations(text: string): CitedSource[] {
  const re = new RegExp(`\\(?\\s*(${SYMBOL_SOURCE}),?\\s+paras?\\.\\s*((?:\\d+(?:\\.\\d+)?(?:\\s*\\([a-z]\\))?(?:\\s*[–-]\\s*\\d+)?(?:\\s*,\\s*|\\s+and\\s+)?)+)\\)?`, 'g');
  const byKey = new Map<string, { source: CitedSource; quotes: string[] }>();
  let from = 0;
  for (const m of text.matchAll(re)) {
    const quote = quoteText(text.slice(from, m.index));
    from = m.index + m[0].length;
    const symbol = m[1]!;
    if (!/\d/.test(symbol)) continue;
    for (const paragraph of paragraphList(m[2]!.trim().replace(/[,\s]+$/, ''))) {
      const key = `${symbol}#${paragraph}`;
      const known = byKey.get(key) ?? { source: { symbol, paragraph }, quotes: [] };
      byKey.set(key, known);
      if (quote) known.quotes.push(quote);
    }
  }
  return [...byKey.values()].map(({ source, quotes }) => (quotes.length > 0 ? { ...source, quote: joinQuotes(quotes) } : source));
}
