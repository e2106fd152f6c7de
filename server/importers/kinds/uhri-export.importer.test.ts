import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { extractResultSchema } from '../../../contracts/extract.ts';
import { AppError } from '../../errors.ts';
import { detectKind, extract, load } from '../index.ts';
import type { SourceFile } from '../types.ts';
import { mechanismOf, parseDate, parsePosition, sdgCode, splitList } from './uhri-values.ts';

const csv = (name: string, text: string): SourceFile => ({ name, bytes: new TextEncoder().encode(text) });

// Written for this test: the shape of an index export, not its contents.
const EXPORT = [
  'Symbol;Paragraph;Text;Body;Country;Themes;Affected persons;SDGs;Date;Recommending States;Position',
  'A/HRC/99/1;10.1;"Pass a law on clean rivers; fund it";UPR;Cambodia;"Right to water;Environment";Children;"6.1;Goal 16";14/03/2019;"France, Chile";Supported',
  'A/HRC/99/1;10.2;Train the police, yearly;UPR;Cambodia;Torture and cruel, inhuman or degrading treatment;"Persons deprived of liberty|Women";16 - Peace;14/03/2019;(Iran (Islamic Republic of)) (Atlantis);Noted',
  'A/HRC/99/1;10.3;Report back;UPR;Cambodia;;;;14/03/2019;Viet Nam and Slovenia;Partially supported',
].join('\r\n');

describe('uhri-export on a synthetic export', () => {
  it('is detected from its headers and not mistaken for UPR Info', async () => {
    expect(detectKind(await load(csv('uhri.csv', EXPORT))).kind).toBe('uhri-export');
    const upr = csv('upr.csv', 'To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\nChad,,,Ratify,France,,,Accepted,4,Justice,3\n');
    expect(detectKind(await load(upr)).kind).toBe('upr-info-csv');
  });

  it('extracts every field of a row', async () => {
    const result = await extract(csv('uhri.csv', EXPORT));
    expect(extractResultSchema.parse(result)).toEqual(result);
    expect(result.document).toEqual({
      symbol: 'A/HRC/99/1', kind: 'uhri-export', title: null, date: '2019-03-14', country: 'KHM',
      mechanism: 'upr', body: 'UPR', cycle: null, session: null, language: null,
    });
    const [a, b, c] = result.recommendations;
    expect(a).toMatchObject({
      ref: '10.1', paragraph: '10.1', text: 'Pass a law on clean rivers; fund it', country: 'KHM',
      recommendingStates: ['FRA', 'CHL'], position: 'supported', themes: ['Right to water', 'Environment'],
      affectedPersons: ['Children'], sdgs: ['6.1', '16'], source: { symbol: 'A/HRC/99/1', paragraph: '10.1' },
    });
    expect(b).toMatchObject({
      recommendingStates: ['IRN'], position: 'noted', themes: ['Torture and cruel, inhuman or degrading treatment'],
      affectedPersons: ['Persons deprived of liberty', 'Women'], sdgs: ['16'],
    });
    expect(c).toMatchObject({ recommendingStates: ['VNM', 'SVN'], position: null, themes: [], sdgs: [] });
    expect(result.warnings).toEqual([
      'uhri.csv, row 3, field "Recommending States": "Atlantis" is not a State Landmark knows',
      'uhri.csv, row 4, field "Position": "Partially supported" is neither supported nor noted; position left empty',
    ]);
  });

  it('finds columns under other names, and a text in a long "Paragraph" column', async () => {
    const other = 'Document symbol,Paragraph,Mechanism,State,Theme,SDG goals\n' +
      'CRC/C/XYZ/CO/2,"The Committee urges the State party to end corporal punishment in all settings.",Committee on the Rights of the Child,Viet Nam,Corporal punishment,4\n';
    const result = await extract(csv('crc.csv', other));
    expect(result.document).toMatchObject({ kind: 'uhri-export', mechanism: 'treaty-body', country: 'VNM', symbol: 'CRC/C/XYZ/CO/2' });
    expect(result.recommendations[0]).toMatchObject({ ref: '1', paragraph: null, text: expect.stringMatching(/^The Committee urges/) as unknown, sdgs: ['4'] });
  });

  it('refuses an export without a text column, naming the file, row 1 and "Text"', async () => {
    const err = await extract(csv('bare.csv', 'Symbol,Paragraph,Body,Themes\nA/1,3,CAT,Torture\n'), { kind: 'uhri-export' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).place).toEqual({ file: 'bare.csv', row: 1, field: 'Text' });
  });

  it('reads the same export from a workbook', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Export');
    sheet.addRow(['Symbol', 'Paragraph', 'Recommendation', 'Body', 'Country', 'Themes', 'Date']);
    sheet.addRow(['CCPR/C/XYZ/CO/3', '12', 'Repeal the vagrancy law.', 'CCPR', 'Türkiye', 'Liberty and security of the person', new Date(Date.UTC(2020, 10, 2))]);
    const result = await extract({ name: 'uhri.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) });
    expect(result.document).toMatchObject({ kind: 'uhri-export', date: '2020-11-02', country: 'TUR', mechanism: 'treaty-body' });
    expect(result.recommendations[0]).toMatchObject({ ref: '12', text: 'Repeal the vagrancy law.' });
  });
});

describe('uhri cell values', () => {
  it('splits lists on ; | and line breaks, or on commas before a capital', () => {
    expect(splitList('A; B|C\nD')).toEqual(['A', 'B', 'C', 'D']);
    expect(splitList('Women, Children, Persons with disabilities')).toEqual(['Women', 'Children', 'Persons with disabilities']);
    expect(splitList('Cruel, inhuman or degrading treatment')).toEqual(['Cruel, inhuman or degrading treatment']);
    expect(splitList('')).toEqual([]);
  });

  it('reads SDG goals and targets', () => {
    expect(['16.3', 'Target 5.a', 'Goal 16', 'SDG 4 - Quality education', '17', 'None', '18'].map(sdgCode)).toEqual(['16.3', '5.a', '16', '4', '17', null, null]);
  });

  it('reads dates as the UN writes them', () => {
    expect(['2019-03-14', '2019-03-14T00:00:00Z', '14/03/2019', '14 March 2019', 'Mar 14, 2019', '31/02/2019', '2019'].map(parseDate))
      .toEqual(['2019-03-14', '2019-03-14', '2019-03-14', '2019-03-14', '2019-03-14', null, null]);
  });

  it('reads positions and mechanisms', () => {
    expect(['Supported', 'accepted', 'Noted', 'Rejected', 'Pending'].map(parsePosition)).toEqual(['supported', 'supported', 'noted', 'noted', null]);
    expect(['UPR', 'CEDAW', 'Committee against Torture', 'Special Rapporteur on the right to food', 'Working Group on Arbitrary Detention', 'Someone'].map(mechanismOf))
      .toEqual(['upr', 'treaty-body', 'treaty-body', 'special-procedure', 'special-procedure', null]);
  });
});
