import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../../contracts/extract.ts';
import { extractResultSchema } from '../../../contracts/extract.ts';
import { DATA_DIR } from '../../../test/shared.ts';
import { extract, load } from '../index.ts';
import { introAddressee, uprWgReportImporter } from './upr-wg-report.importer.ts';

const REPORTS = resolve(DATA_DIR, 'upr-wg-reports');

async function extractFile(dir: string, name: string): Promise<ExtractResult> {
  return extract({ name, bytes: new Uint8Array(await readFile(join(dir, name))) });
}

describe('upr-wg-report: cambodia2014.pdf (A/HRC/26/16)', () => {
  let result: ExtractResult;
  let uprInfo: ExtractResult;
  beforeAll(async () => {
    result = await extractFile(REPORTS, 'cambodia2014.pdf');
    uprInfo = await extractFile(resolve(DATA_DIR, 'upr-info'), 'upr-info-cambodia-session-18.csv');
  });

  it('reads the masthead: symbol, State, session, cycle, date', () => {
    expect(extractResultSchema.parse(result)).toBeTruthy();
    expect(result.document).toMatchObject({ symbol: 'A/HRC/26/16', kind: 'upr-wg-report', country: 'KHM', session: 18, cycle: 2, date: '2014-03-27', mechanism: 'upr' });
    expect(result.document.title).toBe('Report of the Working Group on the Universal Periodic Review: Cambodia');
  });

  it('finds 205 recommendations, 118.1–118.171 and 119.1–119.34, each with one State', () => {
    const refs = result.recommendations.map((r) => r.ref);
    const expected = [...Array.from({ length: 171 }, (_, i) => `118.${i + 1}`), ...Array.from({ length: 34 }, (_, i) => `119.${i + 1}`)];
    expect(refs).toEqual(expected);
    expect(result.recommendations.every((r) => r.recommendingStates.length === 1)).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('gives 118 the support of Cambodia and leaves 119 pending ("will be examined")', () => {
    const in118 = result.recommendations.filter((r) => r.paragraph === '118');
    const in119 = result.recommendations.filter((r) => r.paragraph === '119');
    expect(in118.filter((r) => r.position === 'supported')).toHaveLength(171);
    expect(in119.filter((r) => r.position === null)).toHaveLength(34);
  });

  it('names the same States in the same order as the UPR Info export, which notes the 34 of 119', () => {
    expect(uprInfo.recommendations).toHaveLength(205);
    expect(result.recommendations.map((r) => r.recommendingStates[0])).toEqual(uprInfo.recommendations.map((r) => r.recommendingStates[0]));
    const answered = uprInfo.recommendations.slice(171);
    expect(answered.every((r) => r.position === 'noted')).toBe(true);
  });

  it('keeps the text without number or States, joined across lines and pages', () => {
    const first = result.recommendations[0]!;
    expect(first.text).toBe('Ratify the first Optional Protocol to the International Covenant on Civil and Political Rights and sign and ratify the second Optional Protocol to ICCPR');
    expect(first.statesAsPrinted).toEqual(['France']);
    // 118.15 starts on page 14 and ends on page 15.
    const wrapped = result.recommendations.find((r) => r.ref === '118.15')!;
    expect(wrapped.text).toMatch(/pertaining to freedom of expression and take the necessary actions to amend or repeal any articles which do not meet these obligations$/);
    expect(wrapped.recommendingStates).toEqual(['CAN']);
  });
});

const OLD_STYLE = `United Nations A/HRC/8/99
General Assembly Distr.: General 23 May 2008
Human Rights Council
Report of the Working Group on the Universal Periodic Review
Utopia
1. The review was held with documents A/HRC/WG.6/2/UTO/1 and A/HRC/WG.6/2/UTO/2.
2. France welcomed the report. It recommended (a) to ratify the Convention; and (b) to
abolish the death penalty.
3. Chile asked questions. Chile recommended that Utopia ratify ICERD. It also recommended
Utopia to end child labour.
II. CONCLUSIONS AND/OR RECOMMENDATIONS
4. The recommendations listed below enjoy the support of Utopia:
1. To ratify OP-CAT (France) (Lithuania);
2. To strengthen the national human rights institution (Chile, Mexico).
3. To abolish the death penalty (Iran (Islamic Republic of)).
4. To continue to take effective measures to prevent violence against women (Mexico,
Russian Federation) and to compile information on violence against children
(Russian Federation).
5. The following recommendations will be examined by Utopia, which will respond in due time:
5.1 Ratify OP-CAT (Spain) (Slovakia); Encourage the visit of the Special Rapporteur (Mexico);
6. The recommendations below did not enjoy the support of Utopia:
6.1 Abolish the death penalty (Norway).
7. The recommendations noted in the report in paragraphs 2 (b) and 3 above did not enjoy the support of Utopia.
8. All conclusions and/or recommendations contained in the present report reflect the position of the submitting State(s).
Annex
`;

describe('upr-wg-report: structure of the section', () => {
  let result: ExtractResult;
  beforeAll(async () => {
    result = await extract({ name: 'utopia.txt', bytes: new TextEncoder().encode(OLD_STYLE) });
  });

  it('is detected by its title and reads the WG.6 documents for State and session', () => {
    expect(result.document).toMatchObject({ kind: 'upr-wg-report', symbol: 'A/HRC/8/99', country: 'UTO', session: 2, cycle: 1, date: '2008-05-23' });
  });

  it('makes old numbers unique as <paragraph>.<n> and reads every form of State list', () => {
    const byRef = new Map(result.recommendations.map((r) => [r.ref, r]));
    expect([...byRef.keys()]).toEqual(['4.1', '4.2', '4.3', '4.4', '5.1', '6.1', '2 (b)', '3 (sentence 1)', '3 (sentence 2)']);
    expect(byRef.get('4.1')).toMatchObject({ text: 'To ratify OP-CAT', recommendingStates: ['FRA', 'LTU'], position: 'supported', paragraph: '4' });
    expect(byRef.get('4.2')?.recommendingStates).toEqual(['CHL', 'MEX']);
    expect(byRef.get('4.3')?.recommendingStates).toEqual(['IRN']);
    // Two asks: the Russian Federation made both, so it counts twice among the pairs.
    expect(byRef.get('4.4')?.recommendingStates).toEqual(['MEX', 'RUS']);
    expect(byRef.get('4.4')?.statesAsPrinted).toEqual(['Mexico', 'Russian Federation', 'Russian Federation']);
    expect(byRef.get('4.4')?.text).toBe('To continue to take effective measures to prevent violence against women and to compile information on violence against children');
  });

  it('reads two asks by different States under one number, and positions from the section', () => {
    const r = result.recommendations.find((x) => x.ref === '5.1')!;
    expect(r).toMatchObject({ recommendingStates: ['ESP', 'SVK', 'MEX'], position: null });
    expect(r.text).toBe('Ratify OP-CAT; Encourage the visit of the Special Rapporteur');
    expect(result.recommendations.find((x) => x.ref === '6.1')).toMatchObject({ position: 'noted', recommendingStates: ['NOR'] });
  });

  it('reads a recommendation named by its dialogue paragraph, with the State that spoke there', () => {
    expect(result.recommendations.find((x) => x.ref === '2 (b)')).toMatchObject({ text: 'to abolish the death penalty', recommendingStates: ['FRA'], position: 'noted', paragraph: '2' });
    // Without a sub-paragraph: one recommendation per sentence that recommends.
    expect(result.recommendations.find((x) => x.ref === '3 (sentence 2)')).toMatchObject({ text: 'It also recommended Utopia to end child labour.', recommendingStates: ['CHL'], position: 'noted' });
  });
});

describe('upr-wg-report: recommendations put to another State', () => {
  it('reads the State a paragraph introduces when it is not the State under review', () => {
    expect(introAddressee('At the request of the State under review, recommendations put forward to South Sudan, have been clustered as follows:', 'SDN')).toBe('South Sudan');
    expect(introAddressee('Recommendations put forward to Sudan and South Sudan or to the parties of the CPA have been clustered as follows:', 'SDN')).toBeNull();
    expect(introAddressee('The following recommendations will be examined by Sudan, which will provide responses in due time', 'SDN')).toBeNull();
    expect(introAddressee('Recommendations addressed to Sudan have been clustered as follows:', 'SDN')).toBeNull();
  });

  it('gives the recommendations of sudan2011.pdf para. 85 to South Sudan, the others to Sudan', async () => {
    const result = await extract({ name: 'sudan2011.pdf', bytes: new Uint8Array(await readFile(join(DATA_DIR, 'upr-wg-reports', 'sudan2011.pdf'))) });
    const addressees = new Set(result.recommendations.filter((r) => r.paragraph === '85').map((r) => r.addressee));
    expect([...addressees]).toEqual(['South Sudan']);
    expect(result.recommendations.filter((r) => r.paragraph === '83').every((r) => r.addressee === 'Sudan' && r.country === 'SDN')).toBe(true);
  });
});

describe('upr-wg-report: addendum', () => {
  it('emits the answered refs with their new position', async () => {
    const text = `United Nations A/HRC/26/16/Add.1
Report of the Working Group on the Universal Periodic Review
Cambodia
Addendum
Views on conclusions and/or recommendations, voluntary commitments and replies presented by the State under review
Accepted recommendations
119.3, 119.5 and 119.10 to 119.12
Recommendation 119.1: not accepted.
Cambodia supports recommendation 119.2.
`;
    const doc = await load({ name: 'add1.txt', bytes: new TextEncoder().encode(text) });
    expect(uprWgReportImporter.detect(doc)).toBeGreaterThan(0.5);
    const result = uprWgReportImporter.extract(doc);
    expect(result.document).toMatchObject({ symbol: 'A/HRC/26/16/Add.1', kind: 'upr-wg-report' });
    const positions = Object.fromEntries(result.recommendations.map((r) => [r.ref, r.position]));
    expect(positions).toEqual({ '119.3': 'supported', '119.5': 'supported', '119.10': 'supported', '119.11': 'supported', '119.12': 'supported', '119.1': 'noted', '119.2': 'supported' });
  });
});
