import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadClassifier } from './classifier.ts';
import { taxonomyDir } from './classify-paths.ts';
import { UPR_INFO_ISSUES } from './upr-info-issues.ts';

const classifier = loadClassifier();

describe('the UPR Info classifier shipped in the repo', () => {
  it('tags recommendations with the export’s own spelling, at least one label each', () => {
    const [death, women, vague] = classifier.classify(
      [
        'Abolish capital punishment and commute all death sentences',
        'Adopt a law that criminalises violence against women, including marital rape',
        'Keep up the good work',
      ],
      'upr-info',
    );
    expect(death!.labels).toContain('Death penalty');
    expect(women!.labels).toContain("Women's rights");
    expect(vague!.labels.length).toBeGreaterThanOrEqual(1);
    for (const p of [death!, women!, vague!]) {
      for (const l of p.labels) expect(UPR_INFO_ISSUES).toContain(l);
      for (const s of Object.values(p.scores)) expect(s).toBeGreaterThanOrEqual(0);
    }
    expect(death!.scores['Death penalty']).toBeGreaterThan(0.5);
  });

  it('classifies at least 2,000 recommendations per second on one core', () => {
    const texts = Array.from({ length: 4000 }, (_, k) => `Strengthen measures to protect the rights of migrant workers and their families, number ${k}, and ensure access to justice`);
    const t0 = performance.now();
    classifier.classify(texts, 'upr-info');
    const perSecond = texts.length / ((performance.now() - t0) / 1000);
    expect(perSecond).toBeGreaterThan(2000);
  });
});

describe.runIf(existsSync(taxonomyDir()))('uhri and sdg', () => {
  it('names only labels of the taxonomy lists (the tables are checked at load)', () => {
    const uhri = classifier.labels('uhri');
    expect(uhri).toContain('Death penalty');
    expect(uhri).toContain('Women & girls');
    const sdg = classifier.labels('sdg');
    expect(sdg).toContain('16');
    expect(sdg).toContain('16.10');
    expect(sdg).toHaveLength(17 + 169);
  });

  it('maps a freedom-of-expression ask to UHRI expression and SDG 16.10', () => {
    const text = 'Guarantee that journalists can report freely and repeal the criminal defamation provisions';
    const [uhri] = classifier.classify([text], 'uhri');
    const [sdg] = classifier.classify([text], 'sdg');
    expect(uhri!.labels).toContain('Freedom of opinion and expression & access to information');
    expect(sdg!.labels).toEqual(expect.arrayContaining(['16', '16.10']));
  });

  it('gives a target only with its goal', () => {
    const preds = classifier.classify(['Provide safe drinking water in rural schools', 'Ensure free primary education for girls'], 'sdg');
    for (const p of preds) {
      for (const l of p.labels.filter((x) => x.includes('.'))) expect(p.labels).toContain(l.split('.')[0]);
    }
  });
});
