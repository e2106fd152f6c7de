// What a person typed in the search box, split into words and prefixes. Pure.
import type { PrefixTerm, TextQuery } from '../repositories/search.repository.ts';

/**
 * A prefix: the text before a `*` that ends a term outside quotes, preceded by a space, `(`
 * or the start, with an optional `-` that excludes it. The text is anything but spaces,
 * quotes, parentheses and stars, so `l'educ*`, `co-op*` and `A/HRC/54*` are prefixes too.
 */
const PREFIX = /(^|[\s(])(-?)([^\s()"*]+)\*+(?=$|[\s()])/gu;

/** Fewer letters or digits than this would match nearly every text: such a term is searched as a word. */
const MIN_PREFIX_CHARS = 2;

function significantChars(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

/**
 * Splits what a person typed into what websearch_to_tsquery reads (words, "phrases",
 * -excluded, or), matched stemmed in English, and prefixes (`expr*`), matched against the
 * words as written. Returns null when nothing searchable remains.
 *
 * - A prefix goes to the database as typed: the repository quotes it, so no character can
 *   break the query, and PostgreSQL splits it the way it splits the text (`co-op*` is the
 *   run "co-op…", `l'educ*` is "l" then a word beginning with "educ").
 * - `-expr*` excludes the texts with a word beginning with "expr".
 * - A prefix of fewer than two letters or digits (`a*`) is searched as the word itself.
 * - Inside "quotes", and wherever a `*` does not end a term (`*`, `a*b`), the star is only a space.
 */
export function parseSearchText(q: string): TextQuery | null {
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
