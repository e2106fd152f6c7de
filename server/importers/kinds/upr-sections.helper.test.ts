import { describe, expect, it } from 'vitest';
import { extract } from '../index.ts';

const CONCLUSIONS = `United Nations A/HRC/8/98
General Assembly Distr.: General 23 May 2008
Report of the Working Group on the Universal Periodic Review
Utopia
1. The review was held with documents A/HRC/WG.6/1/UTO/1 and A/HRC/WG.6/1/UTO/2.
II. CONCLUSIONS AND/OR RECOMMENDATIONS
2. In the course of the discussion, the following conclusions were made:
1. Efforts to combat trafficking were commended.
3. The recommendations listed below enjoy the support of Utopia:
1. Utopia is encouraged to ratify the Rome Statute.
2. Capacity-building: (a) Utopia is encouraged to share best practices;
(b) Utopia is encouraged to identify its needs; and (c) It was recommended that capacity-building measures be taken.
4. All conclusions and/or recommendations contained in the present report reflect the position of the submitting State(s).
`;

describe('upr-wg-report: what the section lists', () => {
  it('skips a paragraph of conclusions, reads lettered sub-items as recommendations', async () => {
    const result = await extract({ name: 'utopia.txt', bytes: new TextEncoder().encode(CONCLUSIONS) });
    expect(result.recommendations.map((r) => r.ref)).toEqual(['3.1', '3.2 (a)', '3.2 (b)', '3.2 (c)']);
    expect(result.recommendations[2]).toMatchObject({ text: 'Utopia is encouraged to identify its needs', position: 'supported', recommendingStates: [] });
  });
});
