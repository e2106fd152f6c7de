// A synthetic concluding observations document about an imaginary review of Cambodia,
// written for this test in the layout treaty bodies use (no UN text copied).
import { describe, expect, it } from 'vitest';
import { extractResultSchema } from '../../../contracts/extract.ts';
import { loadText } from '../../../test/seed-doc.ts';
import { detectKind } from '../index.ts';
import { treatyBody, treatyBodyCoImporter } from './treaty-body-co.importer.ts';

const CO = [
  'United Nations\tE/C.12/KHM/CO/9',
  'Economic and Social Council\tDistr.: General',
  '3 April 2031',
  '',
  'Committee on Economic, Social and Cultural Rights',
  '',
  'Concluding observations on the ninth periodic report of Cambodia*',
  '',
  'A. Introduction',
  '',
  '1. The Committee examined the ninth periodic report at two meetings and thanks the delegation.',
  '',
  'C. Principal subjects of concern and recommendations',
  '',
  'Right to water',
  '',
  '2. The Committee notes with concern that many rural households lack safe water.',
  '',
  '3. The Committee recommends that the State party:',
  '(a) Extend piped water to every rural district;',
  '(b) Publish yearly figures on water quality.',
  '',
  'Labour inspection',
  '',
  '4. The Committee is worried by the small number of labour inspectors.',
  '',
  '5. The State party should double the labour inspectorate and give it a budget of its own.',
  '',
  '6. The Committee urges the State party to ratify the optional protocol within two years.',
].join('\n');

describe('treaty-body-co importer on a synthetic document', () => {
  it('is detected from its own CO symbol and title, not confused with other kinds', async () => {
    const doc = await loadText(CO, 'co.txt');
    expect(detectKind(doc).kind).toBe('treaty-body-co');
  });

  it('reads the body, country and date, and emits each recommending paragraph with its topic', async () => {
    const r = treatyBodyCoImporter.extract(await loadText(CO, 'co.txt'));
    expect(() => extractResultSchema.parse(r)).not.toThrow();
    expect(r.document).toMatchObject({ symbol: 'E/C.12/KHM/CO/9', body: 'CESCR', country: 'KHM', mechanism: 'treaty-body', date: '2031-04-03' });
    expect(r.document.title).toBe('Concluding observations on the ninth periodic report of Cambodia');
    expect(r.recommendations.map((x) => [x.ref, x.themes])).toEqual([
      ['3', ['Right to water']],
      ['5', ['Labour inspection']],
      ['6', ['Labour inspection']],
    ]);
    expect(r.recommendations[0]!.text).toBe('The Committee recommends that the State party: (a) Extend piped water to every rural district; (b) Publish yearly figures on water quality.');
    expect(r.recommendations[0]!.addressee).toBe('State party');
  });

  it('names the treaty body of any CO symbol', () => {
    expect(treatyBody('CCPR/C/KHM/CO/3')).toBe('CCPR');
    expect(treatyBody('CEDAW/C/KHM/CO/6')).toBe('CEDAW');
    expect(treatyBody('CRC/C/KHM/CO/4-6')).toBe('CRC');
    expect(treatyBody('A/HRC/51/66')).toBeNull();
  });
});
