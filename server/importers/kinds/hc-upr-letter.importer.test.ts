import { describe, expect, it } from 'vitest';
import { extractResultSchema } from '../../../contracts/extract.ts';
import { loadSeed } from '../../../test/seed-doc.ts';
import { sharedAvailable } from '../../../test/shared.ts';
import { detectKind } from '../index.ts';
import { hcUprLetterImporter } from './hc-upr-letter.importer.ts';

describe.runIf(sharedAvailable)('hc-upr-letter importer on seed 003', () => {
  it('is detected and reads the letter itself', async () => {
    const doc = await loadSeed('003');
    expect(detectKind(doc).kind).toBe('hc-upr-letter');
    const r = hcUprLetterImporter.extract(doc);
    expect(() => extractResultSchema.parse(r)).not.toThrow();
    expect(r.document).toMatchObject({ date: '2019-08-20', mechanism: 'high-commissioner', cycle: 3, session: 32 });
    expect(r.document.title).toMatch(/^Letter of the High Commissioner for Human Rights to the Minister of Foreign Affairs/);
    expect(r.facts).toContainEqual(expect.objectContaining({ label: 'recommendations supported', value: 163 }));
  });

  it('emits the 47 annex recommendations with cluster and sub-theme despite inconsistent heading levels', async () => {
    const r = hcUprLetterImporter.extract(await loadSeed('003'));
    expect(r.recommendations).toHaveLength(47);
    const clusters = [...new Set(r.recommendations.map((x) => x.cluster))];
    expect(clusters).toEqual([
      'Scope of international obligations and cooperation with international human rights mechanisms and bodies',
      'National human rights framework',
      'Cross-cutting issues',
      'Civil and political rights',
      'Economic, social and cultural rights',
      'Rights of specific persons or groups',
    ]);
    const slavery = r.recommendations.filter((x) => x.subTheme === 'Prohibition of all forms of slavery');
    expect(slavery).toHaveLength(2);
    expect(slavery[0]!.cluster).toBe('Civil and political rights');
    const education = r.recommendations.filter((x) => x.subTheme === 'Right to education');
    expect(education.map((x) => x.cluster)).toEqual(Array(3).fill('Economic, social and cultural rights'));
    const last = r.recommendations[46]!;
    expect(last).toMatchObject({ cluster: 'Rights of specific persons or groups', subTheme: 'Stateless persons', themes: ['Stateless persons'], recommendingStates: [], statesAsPrinted: [] });
    expect(r.recommendations[0]!.subTheme).toBeNull();
    for (const rec of r.recommendations) expect(r.paragraphs!.some((p) => p.ref === rec.paragraph)).toBe(true);
  });
});
