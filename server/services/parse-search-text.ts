// What a person typed in the search box, split into alternatives of words and prefixes. Pure.
import type { PrefixTerm, TextClause, TextQuery } from '../repositories/search.repository.ts';

/**
 * A prefix: the text before a `*` that ends a term outside quotes, preceded by a space, `(`
 * or the start, with an optional `-` that excludes it. The text is anything but spaces,
 * quotes, parentheses and stars, so `l'educ*`, `co-op*` and `A/HRC/54*` are prefixes too.
 */
const PREFIX = /(^|[\s(])(-?)([^\s()"*]+)\*+(?=$|[\s()])/gu;

/** An `or` outside quotes, as a word of its own: between two terms it joins alternatives. */
const OR = /(?<=^|[\s()])or(?=$|[\s()])/giu;

/** Fewer letters or digits than this would match nearly every text: such a term is searched as a word. */
const MIN_PREFIX_CHARS = 2;

function significantChars(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

/**
 * Splits what a person typed into alternatives (`or`), each the words websearch_to_tsquery
 * reads (words, "phrases", -excluded), matched stemmed in English, and prefixes (`expr*`),
 * matched against the words as written. Returns null when nothing searchable remains.
 *
 * - As in websearch_to_tsquery, terms side by side must all match, and `or` binds looser:
 *   `a b or c*` is (a and b) or c*. An `or` with no term on one side is left out.
 * - Without prefixes the words stay one alternative, as typed: websearch_to_tsquery reads
 *   its own `or`.
 * - A prefix goes to the database as typed: the repository quotes it, so no character can
 *   break the query, and PostgreSQL splits it the way it splits the text (`co-op*` is the
 *   run "co-op…", `l'educ*` is "l" then a word beginning with "educ").
 * - `-expr*` excludes the texts with a word beginning with "expr".
 * - A prefix of fewer than two letters or digits (`a*`) is searched as the word itself.
 * - Inside "quotes", and wherever a `*` does not end a term (`*`, `a*b`), the star is only a space.
 */
export function parseSearchText(q: string): TextQuery | null {
  const alternatives = splitAtOr(q)
    .map(parseClause)
    .filter((c): c is TextClause => c !== null);
  if (alternatives.every((c) => c.prefixes.length === 0)) {
    const whole = parseClause(q);
    return whole && { anyOf: [whole] };
  }
  return { anyOf: alternatives };
}

/** The pieces of `q` between the `or`s outside quotes; each begins outside quotes. */
function splitAtOr(q: string): string[] {
  const segments: string[] = [];
  let current = '';
  q.split('"').forEach((piece, i) => {
    if (i > 0) current += '"';
    if (i % 2 === 1) {
      current += piece;
      return;
    }
    piece.split(OR).forEach((part, j) => {
      if (j > 0) {
        segments.push(current);
        current = '';
      }
      current += part;
    });
  });
  segments.push(current);
  return segments;
}

/** One alternative: its words for websearch_to_tsquery and its prefixes; null when it has nothing searchable. */
function parseClause(q: string): TextClause | null {
  const prefixes: PrefixTerm[] = [];
  // Even pieces are outside quotes, odd ones inside (an unclosed quote runs to the end, as in websearch_to_tsquery).
  const pieces = q.split('"').map((piece, i) => {
    const words =
      i % 2 === 1
        ? piece
        : piece.replace(PREFIX, (_m, lead: string, minus: string, text: string) => {
            if (significantChars(text) < MIN_PREFIX_CHARS) return `${lead}${minus}${text}`;
            prefixes.push({ text, exclude: minus === '-' });
            return lead;
          });
    return words.replace(/\*/g, ' ');
  });
  const web = pieces.join('"').trim();
  const noWords = web.replace(/"/g, '').trim() === '';
  if (noWords && prefixes.length === 0) return null;
  return { web: noWords ? '' : web, prefixes };
}
