import { describe, expect, it } from 'vitest';
import { extractResultSchema } from '../../../contracts/extract.ts';
import { loadSeed } from '../../../test/seed-doc.ts';
import { sharedAvailable } from '../../../test/shared.ts';
import { detectKind } from '../index.ts';
import { srBenchmarksImporter } from './sr-benchmarks.importer.ts';

const CODES = 'ABCDEFGHIJKLMNOPQRST'.split('');

describe.runIf(sharedAvailable)('sr-benchmarks importer on seed 000 (A/HRC/51/66)', () => {
  it('is detected as sr-benchmarks and satisfies the contract', async () => {
    const doc = await loadSeed('000');
    expect(detectKind(doc).kind).toBe('sr-benchmarks');
    const r = srBenchmarksImporter.extract(doc);
    expect(() => extractResultSchema.parse(r)).not.toThrow();
    expect(r.document).toMatchObject({ country: 'KHM', mechanism: 'special-procedure', body: 'SR Cambodia', session: 51 });
  });

  it('emits 20 benchmarks 1–20 / A–T with the sources and timeframe of their annex I row', async () => {
    const r = srBenchmarksImporter.extract(await loadSeed('000'));
    expect(r.benchmarks.map((b) => b.number)).toEqual(CODES.map((_c, i) => i + 1));
    expect(r.benchmarks.map((b) => b.code)).toEqual(CODES);
    const byNo = (n: number) => r.benchmarks[n - 1]!;
    expect(byNo(6).sources.map(({ symbol, paragraph }) => ({ symbol, paragraph }))).toEqual([25, 27, 41].map((p) => ({ symbol: 'CCPR/C/KHM/CO/3', paragraph: String(p) })));
    expect(byNo(11).sources.map(({ symbol, paragraph }) => ({ symbol, paragraph }))).toEqual([27, 44].map((p) => ({ symbol: 'E/C.12/KHM/CO/1', paragraph: String(p) })));
    for (const n of [8, 15, 19, 20]) expect(byNo(n).sources).toEqual([]);
    for (const n of [11, 14, 19, 20]) expect(byNo(n).timeframe).toMatch(/^Progressively linked with SDGs 2015–2030$/);
    for (const b of r.benchmarks.filter((x) => ![11, 14, 19, 20].includes(x.number!))) expect(b.timeframe).toBe('2022–2023');
    expect(byNo(6).title).toMatch(/^Improve the overloading of the prison system/);
    expect(byNo(6).paragraph).toBe('annex I, No. 6');
    expect(r.paragraphs!.some((p) => p.ref === 'annex I, No. 6')).toBe(true);
  });

  it('emits the section VI recommendations with addressee and ref, without the letter', async () => {
    const r = srBenchmarksImporter.extract(await loadSeed('000'));
    const to = (a: string) => r.recommendations.filter((x) => x.addressee === a);
    expect(to('Government').map((x) => x.ref)).toEqual('abcdefghij'.split('').map((l) => `75 (${l})`));
    expect(to('civil society')).toHaveLength(5);
    expect(to('United Nations')).toHaveLength(5);
    expect(r.recommendations).toHaveLength(20);
    expect(to('United Nations')[2]!.text).toMatch(/^Support post-COVID recovery measures/);
    for (const rec of r.recommendations) {
      expect(rec.text).not.toMatch(/^\(?[a-z]\)/);
      expect(r.paragraphs!.some((p) => p.ref === rec.paragraph)).toBe(true);
    }
  });
});

describe.runIf(sharedAvailable)('sr-benchmarks importer on seed 001 (A/HRC/54/75)', () => {
  it('grades the 20 benchmarks: 5 on target, 3 variable, 12 off target, for June 2022 – June 2023', async () => {
    const doc = await loadSeed('001');
    expect(detectKind(doc).kind).toBe('sr-benchmarks');
    const r = srBenchmarksImporter.extract(doc);
    expect(() => extractResultSchema.parse(r)).not.toThrow();
    expect(r.assessments).toHaveLength(20);
    const codes = (g: string) => r.assessments.filter((a) => a.grade === g).map((a) => a.benchmark);
    expect(codes('on-target')).toEqual(['J', 'K', 'N', 'S', 'T']);
    expect(codes('variable')).toEqual(['F', 'L', 'R']);
    expect(codes('off-target')).toHaveLength(12);
    for (const a of r.assessments) {
      expect(a).toMatchObject({ scale: 'sr-benchmark', period: '2022-2023', periodStart: '2022-06-01', periodEnd: '2023-06-30' });
      expect(a.evidence.length).toBeGreaterThan(1);
    }
    expect(r.assessments.find((a) => a.benchmark === 'F')!.evidence).toEqual(['50', '51', '52', '53']);
  });

  it('emits the 2023 wording of the benchmarks (annex II) with number, code and timeframe', async () => {
    const r = srBenchmarksImporter.extract(await loadSeed('001'));
    expect(r.benchmarks.map((b) => b.code)).toEqual(CODES);
    const f = r.benchmarks[5]!;
    expect(f).toMatchObject({ number: 6, code: 'F', timeframe: '2022–2023', paragraph: 'annex II, row 6' });
    expect(f.title).toMatch(/^Improve the capacity of the overloaded prison system/);
    expect(r.benchmarks[12]!.title).toMatch(/land titling and the related privatization of State land/);
    expect(r.benchmarks[10]!.timeframe).toMatch(/^Progressively linked with the Sustainable Development Goals 2015–2030$/);
  });

  it('emits the ten-point agenda of annex I and the section VI recommendations', async () => {
    const r = srBenchmarksImporter.extract(await loadSeed('001'));
    const agenda = r.recommendations.filter((x) => x.paragraph === 'annex I');
    expect(agenda.map((x) => x.ref)).toEqual('abcdefghij'.split('').map((l) => `annex I (${l})`));
    for (const a of agenda) expect(a.addressee).toBe('Government');
    expect(r.recommendations.filter((x) => x.paragraph === '105')).toHaveLength(11);
  });

  it('states the share of women councillors in 2022', async () => {
    const r = srBenchmarksImporter.extract(await loadSeed('001'));
    expect(r.facts).toContainEqual(expect.objectContaining({ label: 'women councillors', value: 22.04, unit: 'per cent', date: '2022' }));
  });
});
