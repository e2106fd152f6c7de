import { describe, expect, it } from 'vitest';
import { parseSearchText } from './parse-search-text.ts';

const prefix = (text: string, exclude = false) => ({ text, exclude });
const one = (web: string, prefixes: { text: string; exclude: boolean }[]) => ({ anyOf: [{ web, prefixes }] });

describe('parseSearchText', () => {
  it('keeps words, phrases, exclusions and or for websearch_to_tsquery', () => {
    expect(parseSearchText('"freedom of expression" -death or torture')).toEqual(one('"freedom of expression" -death or torture', []));
  });

  it('takes prefixes out, as typed', () => {
    expect(parseSearchText('educat*')).toEqual(one('', [prefix('educat')]));
    expect(parseSearchText('"freedom of expression" Educat* discrimin**')).toEqual(one('"freedom of expression"', [prefix('Educat'), prefix('discrimin')]));
    expect(parseSearchText('(educat*) torture')).toEqual(one('() torture', [prefix('educat')]));
  });

  it('keeps the characters that join words in a prefix, for the database to quote and split', () => {
    expect(parseSearchText("l'educ*")).toEqual(one('', [prefix("l'educ")]));
    expect(parseSearchText('co-op*')).toEqual(one('', [prefix('co-op')]));
    expect(parseSearchText('A/HRC/54*')).toEqual(one('', [prefix('A/HRC/54')]));
    expect(parseSearchText("it's\\* ok&!:*")).toEqual(one('', [prefix("it's\\"), prefix('ok&!:')]));
  });

  it('excludes a prefix after a minus', () => {
    expect(parseSearchText('school -educat*')).toEqual(one('school', [prefix('educat', true)]));
  });

  it('searches a prefix of fewer than two letters or digits as the word', () => {
    expect(parseSearchText('a*')).toEqual(one('a', []));
    expect(parseSearchText('-é* rights')).toEqual(one('-é rights', []));
    expect(parseSearchText("l'*")).toEqual(one("l'", []));
  });

  it('reads a star that ends no term, or one inside quotes, as a space', () => {
    expect(parseSearchText('*')).toBeNull();
    expect(parseSearchText(' ** "" ')).toBeNull();
    expect(parseSearchText('educat*ion')).toEqual(one('educat ion', []));
    expect(parseSearchText('"right to educat* now"')).toEqual(one('"right to educat  now"', []));
    // An unclosed quote runs to the end, as websearch_to_tsquery reads it.
    expect(parseSearchText('health* "right to educat*')).toEqual(one('"right to educat', [prefix('health')]));
  });

  it('splits at `or` into alternatives when prefixes take part, `or` binding looser than terms side by side', () => {
    const clause = (web: string, prefixes: { text: string; exclude: boolean }[]) => ({ web, prefixes });
    expect(parseSearchText('educat* or school*')).toEqual({ anyOf: [clause('', [prefix('educat')]), clause('', [prefix('school')])] });
    expect(parseSearchText('torture OR educat*')).toEqual({ anyOf: [clause('torture', []), clause('', [prefix('educat')])] });
    expect(parseSearchText('torture educat*')).toEqual(one('torture', [prefix('educat')]));
    expect(parseSearchText('-educat* torture')).toEqual(one('torture', [prefix('educat', true)]));
    expect(parseSearchText('"freedom of expression" or educat*')).toEqual({ anyOf: [clause('"freedom of expression"', []), clause('', [prefix('educat')])] });
    // (women and educat*) or (torture and -school*) or health
    expect(parseSearchText('women educat* or torture -school* or health')).toEqual({
      anyOf: [clause('women', [prefix('educat')]), clause('torture', [prefix('school', true)]), clause('health', [])],
    });
    // An `or` inside quotes or inside a word is no operator.
    expect(parseSearchText('"this or that" educat*')).toEqual(one('"this or that"', [prefix('educat')]));
    expect(parseSearchText('order educat* ore')).toEqual(one('order  ore', [prefix('educat')]));
    expect(parseSearchText('"a b" or(educat*)')).toEqual({ anyOf: [clause('"a b"', []), clause('()', [prefix('educat')])] });
  });

  it('leaves out an `or` with no term on one side, as websearch_to_tsquery does', () => {
    expect(parseSearchText('or educat*')).toEqual(one('', [prefix('educat')]));
    expect(parseSearchText('educat* or')).toEqual(one('', [prefix('educat')]));
    expect(parseSearchText('educat* or or school*')).toEqual({ anyOf: [{ web: '', prefixes: [prefix('educat')] }, { web: '', prefixes: [prefix('school')] }] });
    expect(parseSearchText('or')).toEqual(one('or', []));
  });

  it('keeps a query without prefixes one alternative, `or` and all, for websearch_to_tsquery', () => {
    expect(parseSearchText('torture or  education')).toEqual(one('torture or  education', []));
    expect(parseSearchText('or torture or')).toEqual(one('or torture or', []));
  });

  it('finds nothing to search in an empty query', () => {
    expect(parseSearchText('')).toBeNull();
    expect(parseSearchText('   ')).toBeNull();
  });
});
