import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../test/shared.ts';
import { loadUprInfoDir, parseUprInfoCsv } from './upr-info-data.ts';
import { UPR_INFO_ISSUES } from './upr-info-issues.ts';

describe('parseUprInfoCsv', () => {
  it('decodes Mac Roman, splits the issues and reads the session', () => {
    const header = 'To,Text,Issue,Session\r';
    const row = 'France,"Prot\x8Fger les d\x8Efenseurs","Human rights defenders,Women\'s rights",14\r';
    const bytes = Buffer.from(header + row, 'latin1');
    expect(parseUprInfoCsv(bytes)).toEqual([{ text: 'Protèger les défenseurs', issues: ['Human rights defenders', "Women's rights"], session: 14 }]);
  });
  it('refuses an export without the Issue column', () => {
    expect(() => parseUprInfoCsv(new TextEncoder().encode('Text,Session\rx,1\r'), 'f.csv')).toThrow(/f\.csv, row 1, field "Issue": missing column "Issue"/);
  });
});

const uprDir = resolve(DATA_DIR, 'upr-info');
describe.runIf(existsSync(uprDir))('the UPR Info export in ../shared', () => {
  it('holds 30,259 recommendations over sessions 1–16 labelled with the 54 issues', () => {
    const records = loadUprInfoDir(uprDir);
    expect(records).toHaveLength(30259);
    expect(new Set(records.map((r) => r.session))).toEqual(new Set(Array.from({ length: 16 }, (_, k) => k + 1)));
    const seen = new Set(records.flatMap((r) => r.issues));
    expect([...seen].sort()).toEqual([...UPR_INFO_ISSUES].sort());
    expect(records.some((r) => r.text.includes('é'))).toBe(true);
  });
});
