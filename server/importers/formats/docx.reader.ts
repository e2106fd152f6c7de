// DOCX through mammoth: the document is converted to HTML (headings, paragraphs, lists,
// tables) and read into lines like an HTML page, so tables come out as tab-separated rows.
import mammoth from 'mammoth';
import { inputError } from '../../errors.ts';
import type { FormatReader, LoadedDocument, SourceFile } from '../types.ts';
import { documentFromHtml } from './html.reader.ts';

/** True when the bytes are a ZIP archive (DOCX, XLSX and ODT are). */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** True when a ZIP names the main part of a Word document among its first entries. */
function hasWordPart(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 65536)).includes('word/');
}

export const docxReader: FormatReader = {
  format: 'docx',
  sniff(file: SourceFile) {
    return /\.docx$/i.test(file.name) || (isZip(file.bytes) && hasWordPart(file.bytes));
  },
  async read(file: SourceFile): Promise<LoadedDocument> {
    if (!isZip(file.bytes)) throw inputError({ file: file.name }, 'not a DOCX: the file is not a ZIP archive (an old .doc? save it as .docx)');
    let html: string;
    try {
      html = (await mammoth.convertToHtml({ buffer: Buffer.from(file.bytes) })).value;
    } catch (err) {
      throw inputError({ file: file.name }, `the DOCX could not be read (${err instanceof Error ? err.message : String(err)})`, err);
    }
    return documentFromHtml(file, html, 'docx');
  },
};
