import { describe, expect, it } from 'vitest';
import { extractResultSchema } from '../../../contracts/extract.ts';
import { loadSeed } from '../../../test/seed-doc.ts';
import { sharedAvailable } from '../../../test/shared.ts';
import { detectKind } from '../index.ts';
import { progressBriefImporter } from './progress-brief.importer.ts';

describe.runIf(sharedAvailable)('progress-brief importer on seed 004 (CCHR, UPR two years on)', () => {
  it('is detected and grades each theme as progress or regression with its count', async () => {
    const doc = await loadSeed('004');
    expect(detectKind(doc).kind).toBe('progress-brief');
    const r = progressBriefImporter.extract(doc);
    expect(() => extractResultSchema.parse(r)).not.toThrow();
    const graded = (grade: string) => r.assessments.filter((a) => a.grade === grade).map((a) => [a.theme, a.count]);
    expect(graded('progress')).toEqual([['access to justice', 25], ['human trafficking', 12], ['equality', null], ['other', null]]);
    expect(graded('regression')).toEqual([
      ['land rights', 10], ['civic space', null], ['freedom of assembly', 14], ['freedom of expression', 33], ['internet freedom', null], ['other', null],
    ]);
    for (const a of r.assessments) {
      expect(a.scale).toBe('progress');
      expect(a.evidence.length).toBeGreaterThan(0);
    }
    expect(r.document).toMatchObject({ mechanism: 'civil-society', body: 'Cambodian Center for Human Rights', cycle: 3, date: '2021-01-01' });
  });

  it('states the recommendations received, accepted and noted', async () => {
    const r = progressBriefImporter.extract(await loadSeed('004'));
    const tally = Object.fromEntries(r.facts.filter((f) => f.label.startsWith('recommendations ')).map((f) => [f.label, f.value]));
    expect(tally).toEqual({ 'recommendations received': 198, 'recommendations accepted': 173, 'recommendations noted': 25 });
  });
});
