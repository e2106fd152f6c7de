// A synthetic thematic list about an imaginary State under review, in the matrix layout
// OHCHR uses (tab-separated columns, `Theme:` rows, `Source of position:` lines).
import { describe, expect, it } from 'vitest';
import { extractResultSchema } from '../../../contracts/extract.ts';
import { loadText } from '../../../test/seed-doc.ts';
import { detectKind } from '../index.ts';
import { ohchrThematicListImporter } from './ohchr-thematic-list.importer.ts';

const LIST = [
  'UPR of Cambodia',
  '(4th Cycle – 46th session)',
  'Thematic list of recommendations',
  '',
  'Recommendation\tPosition\tFull list of themes\tAssessment/comments on level of implementation',
  'Theme: A12 Acceptance of international norms',
  '150.1 Sign the treaty on the rights of migrant workers (Ruritania, Syldavia);\tSupported\tA12 Acceptance of international norms; G4 Migrants\t',
  'Source of position: A/HRC/99/8/Add.1 - Para. 4',
  '150.2 Accede to the conventions on statelessness (Borduria);\tNoted\tA12 Acceptance of international norms\t',
  'Source of position: A/HRC/99/8/Add.1',
  'Theme: D43 Freedom of opinion and expression',
  '150.3 Repeal the decree on online content (Ruritania and Borduria);\tSupported\t\t',
].join('\n');

describe('ohchr-thematic-list importer on a synthetic list', () => {
  it('is detected', async () => {
    expect(detectKind(await loadText(LIST, 'list.txt')).kind).toBe('ohchr-thematic-list');
  });

  it('emits each recommendation with theme, position, source and States as printed', async () => {
    const r = ohchrThematicListImporter.extract(await loadText(LIST, 'list.txt'));
    expect(() => extractResultSchema.parse(r)).not.toThrow();
    expect(r.document).toMatchObject({ mechanism: 'upr', cycle: 4, session: 46 });
    expect(r.recommendations).toHaveLength(3);
    expect(r.recommendations[0]).toMatchObject({
      ref: '150.1',
      text: 'Sign the treaty on the rights of migrant workers',
      position: 'supported',
      cluster: 'A12 Acceptance of international norms',
      themes: ['A12 Acceptance of international norms', 'G4 Migrants'],
      source: { symbol: 'A/HRC/99/8/Add.1', paragraph: '4' },
      statesAsPrinted: ['Ruritania', 'Syldavia'],
      recommendingStates: [],
    });
    expect(r.recommendations[1]).toMatchObject({ position: 'noted', source: { symbol: 'A/HRC/99/8/Add.1', paragraph: null } });
    expect(r.recommendations[2]).toMatchObject({ cluster: 'D43 Freedom of opinion and expression', themes: ['D43 Freedom of opinion and expression'], statesAsPrinted: ['Ruritania', 'Borduria'] });
    expect(r.paragraphs!.map((p) => p.ref)).toEqual(['150.1', '150.2', '150.3']);
  });
});
