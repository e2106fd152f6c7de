import { describe, expect, it } from 'vitest';
import { parseSearchText } from './parse-search-text.ts';

const prefix = (text: string, exclude = false) => ({ text, exclude });

describe('parseSearchText', () => {
  it('keeps words, phrases, exclusions and or for websearch_to_tsquery', () => {
    expect(parseSearchText('"freedom of expression" -death or torture')).toEqual({ web: '"freedom of expression" -death or torture', prefixes: [] });
  });

  it('takes prefixes out, as typed', () => {
    expect(parseSearchText('educat*')).toEqual({ web: '', prefixes: [prefix('educat')] });
    expect(parseSearchText('"freedom of expression" Educat* discrimin**')).toEqual({ web: '"freedom of expression"', prefixes: [prefix('Educat'), prefix('discrimin')] });
    expect(parseSearchText('(educat*) torture')).toEqual({ web: '() torture', prefixes: [prefix('educat')] });
  });

  it('keeps the characters that join words in a prefix, for the database to quote and split', () => {
    expect(parseSearchText("l'educ*")).toEqual({ web: '', prefixes: [prefix("l'educ")] });
    expect(parseSearchText('co-op*')).toEqual({ web: '', prefixes: [prefix('co-op')] });
    expect(parseSearchText('A/HRC/54*')).toEqual({ web: '', prefixes: [prefix('A/HRC/54')] });
    expect(parseSearchText("it's\\* ok&!:*")).toEqual({ web: '', prefixes: [prefix("it's\\"), prefix('ok&!:')] });
  });

  it('excludes a prefix after a minus', () => {
    expect(parseSearchText('school -educat*')).toEqual({ web: 'school', prefixes: [prefix('educat', true)] });
  });

  it('searches a prefix of fewer than two letters or digits as the word', () => {
    expect(parseSearchText('a*')).toEqual({ web: 'a', prefixes: [] });
    expect(parseSearchText('-é* rights')).toEqual({ web: '-é rights', prefixes: [] });
    expect(parseSearchText("l'*")).toEqual({ web: "l'", prefixes: [] });
  });

  it('reads a star that ends no term, or one inside quotes, as a space', () => {
    expect(parseSearchText('*')).toBeNull();
    expect(parseSearchText(' ** "" ')).toBeNull();
    expect(parseSearchText('educat*ion')).toEqual({ web: 'educat ion', prefixes: [] });
    expect(parseSearchText('"right to educat* now"')).toEqual({ web: '"right to educat  now"', prefixes: [] });
    // An unclosed quote runs to the end, as websearch_to_tsquery reads it.
    expect(parseSearchText('health* "right to educat*')).toEqual({ web: '"right to educat', prefixes: [prefix('health')] });
  });

  it('finds nothing to search in an empty query', () => {
    expect(parseSearchText('')).toBeNull();
    expect(parseSearchText('   ')).toBeNull();
  });
});
