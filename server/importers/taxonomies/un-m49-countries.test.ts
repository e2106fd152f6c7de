import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../../test/shared.ts';
import { AppError } from '../../errors.ts';
import { M49_FILE, parseM49Countries, readM49Countries } from './un-m49-countries.ts';

const HEADER = 'm49,iso_alpha2,iso_alpha3,name_en,name_fr,name_es,region';
const TAXONOMIES = resolve(DATA_DIR, 'taxonomies');

/** The bad-input error parsing `text` throws. */
function refusal(text: string): AppError {
  try {
    parseM49Countries(text, 'm49.csv');
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('accepted');
}

describe('un-m49-countries.csv', () => {
  it('gives each State its alpha-2 code and its names in French and Spanish, a blank name left out', () => {
    const text = [HEADER, '012,DZ,DZA,Algeria,Algérie,Argelia,Africa', '"076",BR,BRA,"Brazil",Brésil,,Americas', ''].join('\r\n');
    expect(parseM49Countries(text, 'm49.csv')).toEqual([
      { code: 'DZA', alpha2: 'DZ', labels: { fr: 'Algérie', es: 'Argelia' } },
      { code: 'BRA', alpha2: 'BR', labels: { fr: 'Brésil' } },
    ]);
  });

  it('refuses a malformed or repeated code naming the file, the line and the field', () => {
    const bad = refusal([HEADER, '012,DZ,DZA,Algeria,Algérie,Argelia,Africa', '', '"818","E G",EGY,Egypt,Égypte,Egipto,Africa'].join('\n'));
    expect(bad.code).toBe('bad-input');
    expect(bad.message).toBe('m49.csv, line 4, field "iso_alpha2": "E G" is not an ISO 3166-1 alpha-2 code (2 capital letters)');
    expect(bad.place).toEqual({ file: 'm49.csv', line: 4, field: 'iso_alpha2' });
    // A quoted name over two lines moves the lines after it.
    expect(refusal([HEADER, '012,DZ,DZA,"Algeria\nand more",Algérie,Argelia,Africa', '434,LY,dza,Libya,Libye,Libia,Africa'].join('\n')).message).toBe(
      'm49.csv, line 4, field "iso_alpha3": "dza" is not an ISO 3166-1 alpha-3 code (3 capital letters)',
    );
    expect(refusal([HEADER, '012,DZ,DZA,Algeria,Algérie,Argelia,Africa', '434,LY,DZA,Libya,Libye,Libia,Africa'].join('\n')).message).toBe(
      'm49.csv, line 3, field "iso_alpha3": DZA is already on line 2',
    );
    expect(refusal('m49,iso_alpha3,name_fr,name_es\n012,DZA,Algérie,Argelia').message).toMatch(/^m49\.csv, row 1, field "iso_alpha2": missing column "iso_alpha2"/);
  });

  it('names the file when it cannot be read', () => {
    expect(() => readM49Countries('/nonexistent')).toThrow(/^\/nonexistent\/un-m49-countries\.csv: cannot read the list/);
  });

  it.skipIf(!existsSync(resolve(TAXONOMIES, M49_FILE)))('reads the shared list: 248 States and areas, each with French and Spanish names', () => {
    const states = readM49Countries(TAXONOMIES);
    expect(states).toHaveLength(248);
    expect(states.every((s) => s.labels.fr && s.labels.es)).toBe(true);
    expect(states.find((s) => s.code === 'KHM')).toEqual({ code: 'KHM', alpha2: 'KH', labels: { fr: 'Cambodge', es: 'Camboya' } });
  });
});
