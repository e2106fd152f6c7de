import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../test/shared.ts';
import { parseStateList, resolveMisspeltState, resolveState, STATE_CODES, stateName } from './countries.ts';

describe('resolveState', () => {
  it.each([
    ['Iran (Islamic Republic of)', 'IRN'],
    ['Iran', 'IRN'],
    ['Islamic Republic of Iran', 'IRN'],
    ['DPR Korea', 'PRK'],
    ["Democratic People's Republic of Korea", 'PRK'],
    ['Democratic People’s Republic of Korea', 'PRK'],
    ['Republic of Korea', 'KOR'],
    ['Korea, Republic of', 'KOR'],
    ['United Kingdom of Great Britain and Northern Ireland', 'GBR'],
    ['United Kingdom', 'GBR'],
    ['UK', 'GBR'],
    ['State of Palestine', 'PSE'],
    ['Palestine', 'PSE'],
    ['Viet Nam', 'VNM'],
    ['Vietnam', 'VNM'],
    ['Venezuela (Bolivarian Republic of)', 'VEN'],
    ['Bolivarian Republic of Venezuela', 'VEN'],
    ['Bolivia (Plurinational State of)', 'BOL'],
    ['Plurinational State of Bolivia', 'BOL'],
    ['Republic of Moldova', 'MDA'],
    ['The former Yugoslav Republic of Macedonia', 'MKD'],
    ['Macedonia FYR', 'MKD'],
    ['Libyan Arab Jamahiriya', 'LBY'],
    ['Holy See', 'VAT'],
    ["Côte d'Ivoire", 'CIV'],
    ["Cote d'Ivoire", 'CIV'],
    ['Côte d’Ivoire', 'CIV'],
    ['COTE DIVOIRE', 'CIV'],
    ['Syrian Arab Republic', 'SYR'],
    ['Syria', 'SYR'],
    ["Lao People's Democratic Republic", 'LAO'],
    ['Laos', 'LAO'],
    ['Russian Federation', 'RUS'],
    ['United States of America', 'USA'],
    ['United States', 'USA'],
    ['Türkiye', 'TUR'],
    ['Turkiye', 'TUR'],
    ['Turkey', 'TUR'],
    ['Czechia', 'CZE'],
    ['Czech Republic', 'CZE'],
    ['Swaziland', 'SWZ'],
    ['Eswatini', 'SWZ'],
    ['Cape Verde', 'CPV'],
    ['Cabo Verde', 'CPV'],
    ['Antigua & Barbuda', 'ATG'],
    ['St Vincent & the Grenadines', 'VCT'],
    ['Sao Tome & Principe', 'STP'],
    ['São Tomé and Príncipe', 'STP'],
    ['Guinea Bissau', 'GNB'],
    ['Democratic Republic of Congo', 'COD'],
    ['Republic of Congo', 'COG'],
    ['Congo', 'COG'],
    ['Netherlands (Kingdom of the)', 'NLD'],
    ['Kingdom of the Netherlands', 'NLD'],
    ['  france. ', 'FRA'],
    ['FRA', 'FRA'],
  ])('%s -> %s', (name, code) => {
    expect(resolveState(name)).toBe(code);
  });

  it('returns null for what is not a State', () => {
    for (const name of ['', 'Unknown', '(Unknown)', 'European Union', 'Korea', 'Republic of']) expect(resolveState(name)).toBeNull();
  });
});

describe('resolveMisspeltState', () => {
  it('reads a name one letter off a single State', () => {
    expect(resolveMisspeltState('New Zeeland')).toBe('NZL');
    expect(resolveMisspeltState('United States of Americas')).toBe('USA');
    expect(resolveMisspeltState('Libya Arab Jamahiriya')).toBe('LBY');
    expect(resolveMisspeltState('Autsria')).toBe('AUT');
  });

  it('leaves known names, short names, far names and names near two States alone', () => {
    expect(resolveMisspeltState('Zambia')).toBeNull();
    expect(resolveMisspeltState('Irak')).toBeNull();
    expect(resolveMisspeltState('European Union')).toBeNull();
    expect(resolveMisspeltState('Convention')).toBeNull();
    // One edit from both Gambia and Zambia.
    expect(resolveMisspeltState('Xambia')).toBeNull();
  });
});

describe('stateName', () => {
  it('gives the UN short name, or the code when unknown', () => {
    expect(stateName('IRN')).toBe('Iran (Islamic Republic of)');
    expect(stateName('gbr')).toBe('United Kingdom of Great Britain and Northern Ireland');
    expect(stateName('XYZ')).toBe('XYZ');
  });

  it('knows the 193 Members and the two observer States, each name resolving to its code', () => {
    expect(STATE_CODES.length).toBeGreaterThanOrEqual(195);
    expect(new Set(STATE_CODES).size).toBe(STATE_CODES.length);
    for (const code of STATE_CODES) {
      expect(code).toMatch(/^[A-Z]{3}$/);
      expect(resolveState(stateName(code))).toBe(code);
    }
  });
});

describe('parseStateList', () => {
  it.each([
    ['(France)', ['FRA']],
    ['(France) (Lithuania)', ['FRA', 'LTU']],
    ['(Chile, Mexico)', ['CHL', 'MEX']],
    ['(Chile; Mexico)', ['CHL', 'MEX']],
    ['(Iran (Islamic Republic of))', ['IRN']],
    ['(Iran (Islamic Republic of), Bolivia (Plurinational State of))', ['IRN', 'BOL']],
    ['(United Kingdom of Great Britain and Northern Ireland and Slovenia)', ['GBR', 'SVN']],
    ['(Trinidad and Tobago)', ['TTO']],
    ['(Chile, Mexico and Trinidad and Tobago)', ['CHL', 'MEX', 'TTO']],
    ['(Chile, Mexico, and Peru)', ['CHL', 'MEX', 'PER']],
    ['(Bolivarian Republic of Venezuela)', ['VEN']],
    ['(France) (France)', ['FRA']],
    ['(France);', ['FRA']],
    ['Chile, Mexico', ['CHL', 'MEX']],
  ])('%s', (text, codes) => {
    expect(parseStateList(text)).toEqual({ codes, unresolved: [] });
  });

  it('keeps the names it cannot resolve, as printed', () => {
    expect(parseStateList('(France, Atlantis) (Utopia and Chile)')).toEqual({ codes: ['FRA'], unresolved: ['Atlantis', 'Utopia and Chile'] });
    expect(parseStateList('')).toEqual({ codes: [], unresolved: [] });
  });
});

const m49 = resolve(DATA_DIR, 'taxonomies/un-m49-countries.csv');

describe.runIf(existsSync(m49))('against UN M49 (../shared)', () => {
  it('resolves the M49 English name of every State Landmark knows to the same ISO3', () => {
    const lines = readFileSync(m49, 'utf8').split(/\r?\n/).slice(1);
    const m49Names = new Map<string, string>();
    for (const line of lines) {
      // iso_alpha3 and name_en are the 3rd and 4th columns; quoted names hold a comma.
      const m = /^[^,]*,[^,]*,([A-Z]{3}),("(?:[^"]|"")*"|[^,]*)/.exec(line);
      if (m) m49Names.set(m[1]!, m[2]!.replace(/^"|"$/g, '').replace(/""/g, '"'));
    }
    for (const code of STATE_CODES) {
      const name = m49Names.get(code);
      expect(name, code).toBeDefined();
      expect(resolveState(name!), name).toBe(code);
    }
  });
});
