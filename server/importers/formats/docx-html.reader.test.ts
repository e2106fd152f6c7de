import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import { load } from '../index.ts';
import { docxReader } from './docx.reader.ts';
import { decodeEntities, htmlToLines } from './html-text.helper.ts';
import { htmlReader } from './html.reader.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

function cell(text: string): TableCell {
  return new TableCell({ children: [new Paragraph(text)] });
}

async function buildDocx(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Conclusions and/or recommendations', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun('118.1 Ratify the '), new TextRun({ text: 'Optional Protocol', size: 28 }), new TextRun(' (France);')] }),
          new Paragraph('118.2 Ratify OP-CAT (Chile, Mexico).'),
          new Table({ rows: [new TableRow({ children: [cell('Ref'), cell('State')] }), new TableRow({ children: [cell('118.1'), cell('France')] })] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('html to lines', () => {
  it('keeps block boundaries, decodes entities, drops scripts and comments', () => {
    const html = '<html><head><title>x</title><style>p{}</style></head><body><h1>A&amp;B</h1><p>one<br>two &#8211; &ldquo;three&rdquo;</p><!-- gone --><script>var a = "<p>";</script><div>four&nbsp;five</div></body></html>';
    expect(htmlToLines(html)).toEqual(['A&B', 'one', 'two – “three”', 'four five']);
  });

  it('turns tables into tab-separated rows, keeping empty cells', () => {
    const html = '<table><tr><th>Ref</th><th>State</th><th>Note</th></tr><tr><td>118.1</td><td></td><td>a<br>b</td></tr></table><p>after</p>';
    expect(htmlToLines(html)).toEqual(['Ref\tState\tNote', '118.1\t\ta b', 'after']);
  });

  it('tolerates unclosed tags, stray angle brackets and unknown entities', () => {
    const html = '<p>1 < 2 &bogus; <b>bold<p>next<table><tr><td>x<td>y';
    expect(htmlToLines(html)).toEqual(['1 < 2 &bogus; bold', 'next', 'x\ty']);
    expect(decodeEntities('&#x41;&#66;&amp')).toBe('AB&');
  });
});

describe('html reader', () => {
  it('sniffs by content or extension and reads lines numbered from 1', async () => {
    const file = { name: 'page.bin', bytes: utf8('<!DOCTYPE html><html><body><p>Hello</p><p>World</p></body></html>') };
    expect(htmlReader.sniff(file)).toBe(true);
    const doc = await load(file);
    expect(doc.format).toBe('html');
    expect(doc.lines).toEqual([{ text: 'Hello', page: null, line: 1 }, { text: 'World', page: null, line: 2 }]);
    expect(doc.text).toBe('Hello\nWorld');
  });

  it('honours a declared legacy charset', async () => {
    const bytes = Uint8Array.from([...utf8('<html><head><meta charset="windows-1252"></head><body><p>C'), 0xf4, ...utf8('te</p></body></html>')]);
    const doc = await load({ name: 'cote.html', bytes });
    expect(doc.lines[0]?.text).toBe('Côte');
  });
});

describe('docx reader', () => {
  it('reads paragraphs and tables of a DOCX built here', async () => {
    const bytes = await buildDocx();
    const file = { name: 'report.docx', bytes };
    expect(docxReader.sniff(file)).toBe(true);
    expect(docxReader.sniff({ name: 'report', bytes })).toBe(true);
    const doc = await load(file);
    expect(doc.format).toBe('docx');
    expect(doc.lines.map((l) => l.text)).toEqual([
      'Conclusions and/or recommendations',
      '118.1 Ratify the Optional Protocol (France);',
      '118.2 Ratify OP-CAT (Chile, Mexico).',
      'Ref\tState',
      '118.1\tFrance',
    ]);
  });

  it('refuses a file renamed .docx that is not one, naming the file', async () => {
    const err: unknown = await load({ name: 'old.docx', bytes: utf8('not a zip at all') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('bad-input');
    expect((err as AppError).message).toMatch(/^old\.docx: not a DOCX/);
    const zipButBroken = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    const err2: unknown = await load({ name: 'broken.docx', bytes: zipButBroken }).catch((e: unknown) => e);
    expect((err2 as AppError).message).toMatch(/^broken\.docx: the DOCX could not be read/);
  });
});
