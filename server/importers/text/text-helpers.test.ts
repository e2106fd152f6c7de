import { describe, expect, it } from 'vitest';
import { findParagraphCitations, findQuotedCitations } from './citations.ts';
import { cleanText, splitInlineNotes } from './clean.ts';
import { findPeriod, parseDate } from './dates.ts';
import { parseNumber, parseOrdinal } from './numbers.ts';

describe('text helpers', () => {
  it('cleans markup, superscript and glued footnote markers but keeps references', () => {
    expect(cleanText('<p>The **law** was *amended*.¹² See [A/HRC/1/2](#).</p>')).toBe('The law was amended. See A/HRC/1/2.');
    expect(cleanText('some 6,000 entities.16 However, para.7 stands')).toBe('some 6,000 entities. However, para.7 stands');
    expect(cleanText('the 41<sup>st</sup> session')).toBe('the 41st session');
    expect(splitInlineNotes('Text.[footnoteRef:36] [36: \t\tCapacity is 8,800. ] ')).toEqual({ text: 'Text.   ', notes: ['Capacity is 8,800.'] });
  });

  it('finds paragraph citations and expands lists of paragraphs', () => {
    expect(findParagraphCitations('(CCPR/C/KHM/CO/3, para. 25) and (E/C.12/KHM/CO/1 paras. 27 and 44) (A/HRC/4/18)')).toEqual([
      { symbol: 'CCPR/C/KHM/CO/3', paragraph: '25' },
      { symbol: 'E/C.12/KHM/CO/1', paragraph: '27' },
      { symbol: 'E/C.12/KHM/CO/1', paragraph: '44' },
    ]);
  });

  it('keeps the text a cell quotes before each citation', () => {
    const cell = '<p>Review the laws. (CCPR/C/KHM/CO/3, para. 11)</p> <p>(a) Refrain from prosecuting journalists;</p> <p>...</p> <p>(CCPR/C/KHM/CO/3, para. 35)</p> <p>(b) Prevent harassment; (CCPR/C/KHM/CO/3, para. 35)</p>';
    expect(findQuotedCitations(cell)).toEqual([
      { symbol: 'CCPR/C/KHM/CO/3', paragraph: '11', quote: 'Review the laws.' },
      { symbol: 'CCPR/C/KHM/CO/3', paragraph: '35', quote: '(a) Refrain from prosecuting journalists; … (b) Prevent harassment;' },
    ]);
  });

  it('merges the quotes of one paragraph by their parts: nothing repeated, a longer reading replaces a cut one', () => {
    // A cell cut by a page break, whose parts the text then prints again before going on.
    const cell = [
      '<p>The Committee urges the State party to:</p> <p>(d) Review the Press Law;</p> <p>(e) Ensure restrictions comply with article 19. (CCPR/C/KHM/CO/3, para. 35)</p>',
      '<p>Under article 21, the State party should:</p> <p>(a) Revise the Law on Associations, with a meaningful</p>',
      '<p>(d) Review the Press Law;</p> <p>(e) Ensure restrictions comply with article 19. (CCPR/C/KHM/CO/3, para. 35)</p>',
      '<p>Under article 21, the State party should:</p> <p>(a) Revise the Law on Associations, with a meaningful</p> <p>consultation of civil society;</p> <p>(b) Ensure sanctions comply with article 21</p> <p>...</p> <p>(CCPR/C/KHM/CO/3, para. 35)</p>',
    ].join(' ');
    expect(findQuotedCitations(cell)).toEqual([
      {
        symbol: 'CCPR/C/KHM/CO/3',
        paragraph: '35',
        quote:
          'The Committee urges the State party to: (d) Review the Press Law; (e) Ensure restrictions comply with article 19. … Under article 21, the State party should: (a) Revise the Law on Associations, with a meaningful consultation of civil society; (b) Ensure sanctions comply with article 21',
      },
    ]);
  });

  it('parses dates, periods and numbers as printed', () => {
    expect(parseDate('29-Jun-2006')).toBe('2006-06-29');
    expect(findPeriod('The report covers the period from early June 2022 to the first week of June 2023, which began')).toEqual({ label: '2022-2023', start: '2022-06-01', end: '2023-06-30' });
    expect(findPeriod('outlines its work from 1 June 2022 to 31 May 2023.')).toEqual({ label: '2022-2023', start: '2022-06-01', end: '2023-05-31' });
    expect(parseNumber('38,944')).toBe(38944);
    expect(parseNumber('9.2 million')).toBe(9200000);
    expect(parseNumber('eight')).toBe(8);
    expect(parseOrdinal('Fifty-first')).toBe(51);
    expect(parseOrdinal('32nd')).toBe(32);
  });
});
