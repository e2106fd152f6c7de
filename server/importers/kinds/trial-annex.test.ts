import { describe, expect, it } from 'vitest';
import { extractResultSchema } from '../../../contracts/extract.ts';
import { loadSeed, loadText } from '../../../test/seed-doc.ts';
import { sharedAvailable } from '../../../test/shared.ts';
import { readText } from '../text/document.ts';
import { srBenchmarksImporter } from './sr-benchmarks.importer.ts';
import { annexTrials, criminalCodeArticles, documentTrials } from './trial-annex.ts';

describe.runIf(sharedAvailable)('trials of seed 001 (A/HRC/54/75, annex III)', () => {
  it('gives the five mass trials with date, defendants, charge, judgment and court, linked to benchmark D', async () => {
    const r = srBenchmarksImporter.extract(await loadSeed('001'));
    expect(() => extractResultSchema.parse(r)).not.toThrow();
    const trials = r.trials!;
    expect(trials.map((t) => [t.verdictDate, t.defendants])).toEqual([
      ['2021-03-01', 9],
      ['2022-03-17', 21],
      ['2022-06-14', 51],
      ['2022-08-10', 6],
      ['2022-12-22', 37],
    ]);
    expect(trials.map((t) => t.charges)).toEqual([
      'Attempt to commit a felony, and attack (articles 27 and 451 of the Criminal Code)',
      'Plotting and incitement',
      'Plotting and incitement',
      'Incitement',
      'Plotting',
    ]);
    for (const t of trials) {
      expect(t.benchmarks).toEqual(['D']);
      expect(t.court).toBe('Phnom Penh Municipal Court');
      expect(t.judgment.length).toBeGreaterThan(100);
      expect(r.paragraphs!.find((p) => p.ref === t.paragraph)?.text).toContain(t.judgment);
    }
    expect(trials[0]!.articles).toEqual(['27', '451']);
    expect(trials[1]!.articles).toEqual(['453', '471', '494', '495']);
    expect(trials[1]!.judgment).toMatch(/^On 17 March 2022, the Court convicted 20 former CNRP members/);
    expect(trials.map((t) => t.inAbsentia)).toEqual([false, true, false, true, false]);
  });

  it('finds no trials in seed 000, which has no such table', async () => {
    expect(srBenchmarksImporter.extract(await loadSeed('000')).trials).toEqual([]);
  });
});

describe('trial tables in general', () => {
  const text = [
    'Annex IV',
    '',
    'Trials of journalists before the Court of Appeal of Testland',
    '',
    'Verdict date\tCharge\tSentence',
    'Trial of two reporters\t\t',
    '3 February 2020\tDefamation (article 305 of the Penal Code)\tBoth were fined.',
    '9 Sep 21\tIncitement\tFour defendants were sentenced in absentia and one defendant was acquitted.',
    '',
  ].join('\n');

  it('reads each dated row with the heading above it, counting defendants from the heading or the judgment', async () => {
    const { tables } = readText(await loadText(text));
    const rows = tables.flatMap(annexTrials).map((a) => a.trial);
    expect(rows.map((t) => [t.title, t.verdictDate, t.defendants, t.inAbsentia])).toEqual([
      ['Trial of two reporters', '2020-02-03', 2, false],
      [null, '2021-09-09', 5, true],
    ]);
    expect(rows[0]!.articles).toEqual(['305']);
    expect(rows[0]!.court).toBe('Court of Appeal of Testland');
    expect(rows.map((t) => t.paragraph)).toEqual(['annex IV, trial 1', 'annex IV, trial 2']);
  });

  it('links trials to the sections that refer to their annex, and not to another annex', async () => {
    const { tables } = readText(await loadText(text));
    const linked = documentTrials(tables, [
      { code: 'B', text: 'Details of the trials are in annex IV.' },
      { code: 'C', text: 'See annex IVa and annex I.' },
    ]);
    expect(linked.map((a) => a.trial.benchmarks)).toEqual([['B'], ['B']]);
  });

  it('reads Criminal Code articles however they are listed', () => {
    expect(criminalCodeArticles('under articles 453, 471, 494 and 495 of the Criminal Code, and article 27 of the Criminal Code')).toEqual(['453', '471', '494', '495', '27']);
    expect(criminalCodeArticles('article 12 of the Constitution')).toEqual([]);
  });
});
