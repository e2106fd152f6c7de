import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { uprInfoDataDir } from './classify-paths.ts';
import { buildRelatedIndex, type RelatedItem } from './related.ts';
import { loadUprInfoDir } from './upr-info-data.ts';

// The same asks in the words of different mechanisms, written for this test.
const ITEMS: RelatedItem[] = [
  { id: 'upr-1', mechanism: 'upr', text: 'Amend the press law so that journalists are no longer imprisoned for defamation and can report freely' },
  { id: 'ccpr-1', mechanism: 'CCPR', text: 'The State party should decriminalise defamation and ensure that journalists can carry out their work freely without fear of imprisonment under the press law' },
  { id: 'upr-2', mechanism: 'upr', text: 'Establish a national human rights institution in full compliance with the Paris Principles' },
  { id: 'hc-1', mechanism: 'high-commissioner', text: 'Set up an independent national human rights institution that complies with the Paris Principles' },
  { id: 'crc-1', mechanism: 'CRC', text: 'Raise the minimum age of marriage to 18 years for girls and boys' },
  { id: 'upr-3', mechanism: 'upr', text: 'Set the minimum age of marriage at 18 for both girls and boys' },
  { id: 'cat-1', mechanism: 'CAT', text: 'Investigate promptly all allegations of torture in police custody and prosecute those responsible' },
  { id: 'upr-4', mechanism: 'upr', text: 'Ratify the Convention on the Rights of Persons with Disabilities' },
];

describe('related recommendations', () => {
  const index = buildRelatedIndex(ITEMS);
  it.each([
    ['upr-1', 'ccpr-1'],
    ['ccpr-1', 'upr-1'],
    ['upr-2', 'hc-1'],
    ['crc-1', 'upr-3'],
  ])('ranks first, for %s, the same ask from another mechanism: %s', (id, expected) => {
    const [first] = index.related(id, { mechanisms: 'other' });
    expect(first?.id).toBe(expected);
    expect(first!.score).toBeGreaterThan(0.15);
  });

  it('finds the items a free-text benchmark rests on, and never the item itself', () => {
    expect(index.similarTo('Journalists must not be jailed for defamation').map((m) => m.id).slice(0, 2).sort()).toEqual(['ccpr-1', 'upr-1']);
    expect(index.related('cat-1').some((m) => m.id === 'cat-1')).toBe(false);
  });

  it('refuses repeated and unknown ids', () => {
    expect(() => buildRelatedIndex([ITEMS[0]!, ITEMS[0]!])).toThrow(/twice/);
    expect(() => index.related('nope')).toThrow(/no item "nope"/);
  });
});

describe.runIf(existsSync(uprInfoDataDir()))('related recommendations at scale', () => {
  it('answers top-10 queries over 30,000 recommendations', () => {
    const records = loadUprInfoDir(uprInfoDataDir());
    const index = buildRelatedIndex(records.map((r, k) => ({ id: `r${k}`, text: r.text, mechanism: `upr-${r.session}` })));
    const answers = Array.from({ length: 20 }, (_, q) => index.related(`r${q * 151}`, { k: 10, mechanisms: 'other' }));
    expect(index.size).toBe(30259);
    for (const a of answers) expect(a.length).toBeGreaterThan(0);
    expect(answers.every((a) => a.length <= 10)).toBe(true);
  });
});
