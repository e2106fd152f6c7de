import { describe, expect, it } from 'vitest';
import { extractResultSchema } from '../../../contracts/extract.ts';
import { loadSeed, loadText } from '../../../test/seed-doc.ts';
import { sharedAvailable } from '../../../test/shared.ts';
import { detectKind } from '../index.ts';
import { letteredRecommendationsImporter } from './lettered-recommendations.importer.ts';

describe.runIf(sharedAvailable)('lettered-recommendations importer on seed 002 (SG report on OHCHR in Cambodia)', () => {
  it('is detected and emits the 13 recommendations (a)–(m) of para 63 to the Government', async () => {
    const doc = await loadSeed('002');
    expect(detectKind(doc).kind).toBe('lettered-recommendations');
    const r = letteredRecommendationsImporter.extract(doc);
    expect(() => extractResultSchema.parse(r)).not.toThrow();
    expect(r.recommendations.map((x) => x.ref)).toEqual('abcdefghijklm'.split('').map((l) => `63 (${l})`));
    for (const rec of r.recommendations) {
      expect(rec).toMatchObject({ paragraph: '63', addressee: 'Government' });
      expect(rec.text).toMatch(/^To [a-z]/);
    }
    expect(r.document).toMatchObject({ country: 'KHM', mechanism: 'secretary-general' });
    expect(r.paragraphs!.find((p) => p.ref === '63')!.text).toMatch(/calls upon the Government/);
  });

  it('states the prison population against its capacity and other figures with their paragraph', async () => {
    const r = letteredRecommendationsImporter.extract(await loadSeed('002'));
    expect(r.facts).toContainEqual(expect.objectContaining({ label: 'prison population', value: 38944, unit: 'inmates', paragraph: '54' }));
    expect(r.facts).toContainEqual(expect.objectContaining({ label: 'total holding capacity', value: 8800, unit: 'inmates', paragraph: '54' }));
    expect(r.facts).toContainEqual(expect.objectContaining({ label: 'inmates: women', value: 2408, paragraph: '54' }));
    expect(r.facts).toContainEqual(expect.objectContaining({ label: 'share of the total budget for the Ministry of Health', value: 5.56, unit: 'per cent', date: '2023', paragraph: '10' }));
    expect(r.facts).toContainEqual(expect.objectContaining({ label: 'political activists: women', value: 8, paragraph: '6' }));
  });
});

describe('lettered-recommendations importer on a synthetic report', () => {
  it('takes any addressee and the items of every list', async () => {
    const doc = await loadText([
      'I. Conclusions',
      '',
      '10. The Independent Expert recommends that the authorities:',
      '(a) Publish the budget of every ministry;',
      '(b) Review the press law; and',
      '(c) Train judges.',
      '',
      '11. The Independent Expert calls upon donors, as a matter of priority:',
      '(a) Fund legal aid.',
    ].join('\n'));
    const r = letteredRecommendationsImporter.extract(doc);
    expect(r.recommendations.map((x) => [x.ref, x.addressee, x.text])).toEqual([
      ['10 (a)', 'authorities', 'Publish the budget of every ministry'],
      ['10 (b)', 'authorities', 'Review the press law'],
      ['10 (c)', 'authorities', 'Train judges'],
      ['11 (a)', 'donors', 'Fund legal aid'],
    ]);
    expect(r.document.mechanism).toBe('special-procedure');
  });
});
