// Test helpers that read produced reports back: DOCX as text and XML, PDF as text.
import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import { getDocument } from '../importers/formats/pdfjs.ts';

/** The files of a ZIP archive (DOCX, XLSX) by name; only stored and deflated entries. */
export function unzip(bytes: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip archive');
  const count = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(dataStart, dataStart + size);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

/** The main document XML of a DOCX. */
export function docxXml(bytes: Buffer): string {
  const xml = unzip(bytes).get('word/document.xml');
  if (!xml) throw new Error('no word/document.xml');
  return xml.toString('utf8');
}

/** The text of a DOCX, paragraphs separated by blank lines (mammoth). */
export async function docxText(bytes: Buffer): Promise<string> {
  const result = await mammoth.extractRawText({ buffer: bytes });
  return result.value;
}

/** The text of every page of a PDF, items joined by spaces, pages by newlines. */
export async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.destroy();
  return pages.join('\n');
}

/** Collapses runs of white space, so text split over lines or items can be matched. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The text of each table row of a DOCX's XML, cells separated by ` | `, paragraphs by spaces. */
export function tableRows(xml: string): string[] {
  return [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc\b[\s\S]*?<\/w:tc>/g)]
      .map((cell) => [...cell[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(' '))
      .join(' | '),
  );
}
