import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import { csvReader, detectDelimiter, parseCsv } from './csv.reader.ts';
import { decodeText, guessLegacyEncoding } from './text-decoder.ts';

const parse = (text: string) => parseCsv(text, { file: 't.csv' });
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes and empty fields', () => {
    expect(parse('a,b,c\n"x, y","say ""hi""",\n')).toEqual([['a', 'b', 'c'], ['x, y', 'say "hi"', '']]);
  });

  it('keeps line breaks inside quoted fields as they are', () => {
    expect(parse('a,b\r\n"line 1\r\nline 2",z\r\n')).toEqual([['a', 'b'], ['line 1\r\nline 2', 'z']]);
    expect(parse('a,b\r"one\rtwo",z')).toEqual([['a', 'b'], ['one\rtwo', 'z']]);
  });

  it('ends rows at CRLF, LF and a lone CR alike, and skips blank lines', () => {
    const expected = [['a', 'b'], ['1', '2'], ['3', '4']];
    expect(parse('a,b\r\n1,2\r\n3,4\r\n')).toEqual(expected);
    expect(parse('a,b\n1,2\n\n3,4')).toEqual(expected);
    expect(parse('a,b\r1,2\r3,4\r')).toEqual(expected);
  });

  it('gives the line each row starts on, past blank lines and line breaks inside quotes', () => {
    const lines: number[] = [];
    expect(parseCsv('a,b\r\n"x\r\ny",1\n\n2,"p\rq\nr"\r3,4\n', { file: 't.csv', lines })).toEqual([['a', 'b'], ['x\r\ny', '1'], ['2', 'p\rq\nr'], ['3', '4']]);
    expect(lines).toEqual([1, 2, 5, 8]);
  });

  it('detects semicolons and tabs from the header', () => {
    expect(detectDelimiter('a;b;"c,d"\n1,2;3')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(parse('a;b\n"1;5";2')).toEqual([['a', 'b'], ['1;5', '2']]);
  });

  it('keeps characters after a closing quote and quotes inside unquoted fields', () => {
    expect(parse('a,b\n"x"y,5" screen')).toEqual([['a', 'b'], ['xy', '5" screen']]);
  });

  it('names the file and row of a quote never closed', () => {
    try {
      parse('a,b\n1,2\n3,"open\n4,5\n');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).place).toMatchObject({ file: 't.csv', row: 3 });
      expect((err as AppError).message).toMatch(/^t\.csv, row 3/);
    }
  });

  it('parses 30,000 rows', () => {
    const line = '"Cambodia","Ratify the Convention, and report",France,Accepted,"A, B",18\r';
    const text = 'To,Text,From,Response,Issue,Session\r' + line.repeat(30_000);
    expect(parse(text)).toHaveLength(30_001);
  });
});

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'caf', [0xc3, 0xa9]))).toEqual({ text: 'café', encoding: 'utf-8' });
    expect(decodeText(bytes('caf', [0xc3, 0xa9]))).toEqual({ text: 'café', encoding: 'utf-8' });
  });

  it('reads UTF-16 with a BOM', () => {
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x61, 0, 0xe9, 0]))).toEqual({ text: 'aé', encoding: 'utf-16le' });
  });

  it('reads Mac Roman when it looks like it (é 0x8E, ô 0x99, ñ 0x96, ’ 0xD5)', () => {
    const mac = bytes('r', [0x8e], 'sum', [0x8e], ', C', [0x99], 'te d', [0xd5], 'Ivoire, Espa', [0x96], 'a');
    expect(guessLegacyEncoding(mac)).toBe('macintosh');
    expect(decodeText(mac)).toEqual({ text: 'résumé, Côte d’Ivoire, España', encoding: 'macintosh' });
  });

  it('reads Windows-1252 otherwise, including its 0x80-0x9F punctuation', () => {
    const win = bytes('r', [0xe9], 'sum', [0xe9], ', C', [0xf4], 'te d', [0x92], 'Ivoire ', [0x80], '5 ', [0x93], 'x', [0x94]);
    expect(guessLegacyEncoding(win)).toBe('windows-1252');
    expect(decodeText(win)).toEqual({ text: 'résumé, Côte d’Ivoire €5 “x”', encoding: 'windows-1252' });
  });
});

describe('csvReader', () => {
  it('sniffs .csv and .tsv names only', () => {
    expect(csvReader.sniff({ name: 'x.CSV', bytes: new Uint8Array() })).toBe(true);
    expect(csvReader.sniff({ name: 'x.tsv', bytes: new Uint8Array() })).toBe(true);
    expect(csvReader.sniff({ name: 'x.txt', bytes: new Uint8Array() })).toBe(false);
  });

  it('decodes and parses a Mac export into rows', async () => {
    const file = { name: 'mac.csv', bytes: bytes('To,Text\rFrance,"Caf', [0x8e], ', ', [0x99], '"\r') };
    const doc = await csvReader.read(file);
    expect(doc.format).toBe('csv');
    expect(doc.rows).toEqual([['To', 'Text'], ['France', 'Café, ô']]);
  });

  it('refuses binary files, naming them', async () => {
    await expect(csvReader.read({ name: 'bin.csv', bytes: Uint8Array.from([0x50, 0x4b, 0, 0]) })).rejects.toThrow(/^bin\.csv: /);
  });
});
