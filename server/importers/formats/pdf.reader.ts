// PDF: text with positions from pdfjs, grouped into visual lines, with running heads,
// footers, page numbers and footnotes removed (pdf-layout.helper.ts). Each kept line
// remembers its page and its line number on that page.
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.d.ts';
import { inputError } from '../../errors.ts';
import { getDocument } from './pdfjs.ts';
import type { FormatReader, LoadedDocument, LoadedLine, ProgressFn, SourceFile } from '../types.ts';
import { bodyTextSize, cleanPage, groupLines, type PageText, type PlacedText } from './pdf-layout.helper.ts';

const MAGIC = '%PDF-';

/** True when `%PDF-` appears in the first kilobyte, where readers look for it. */
export function hasPdfMagic(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes(MAGIC);
}

/** True when the file ends with an `%%EOF` marker (a truncated download does not). */
function hasEndMarker(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  return tail.includes('%%EOF');
}

function isTextItem(item: object): item is TextItem {
  return 'str' in item && 'transform' in item;
}

function toPlaced(item: TextItem): PlacedText {
  const t = item.transform as number[];
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = t;
  const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height;
  return { text: item.str, x, y, width: item.width, size };
}

/** Explains a pdfjs failure in words a user can act on. */
function describeFailure(err: unknown): string {
  const name = err instanceof Error ? err.name : '';
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'PasswordException') return 'the PDF is password-protected; remove the password and import it again';
  if (name === 'InvalidPDFException') return `the PDF is damaged or not a PDF (${message})`;
  return `the PDF could not be read (${message})`;
}

async function openPdf(file: SourceFile): Promise<PDFDocumentProxy> {
  // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = getDocument({ data: file.bytes.slice(), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false });
  try {
    return await task.promise;
  } catch (err) {
    await task.destroy();
    throw inputError({ file: file.name }, describeFailure(err), err);
  }
}

async function readPage(pdf: PDFDocumentProxy, file: SourceFile, pageNumber: number): Promise<PageText> {
  try {
    const page = await pdf.getPage(pageNumber);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items = content.items.filter(isTextItem).map(toPlaced);
    page.cleanup();
    return { page: pageNumber, width: viewport.width, height: viewport.height, items };
  } catch (err) {
    throw inputError({ file: file.name, page: pageNumber }, describeFailure(err), err);
  }
}

/**
 * Reads a PDF into visual lines. Throws bad-input naming the file (and the page when
 * known) when it is not a PDF, is truncated, damaged or password-protected.
 */
export async function readPdf(file: SourceFile, onProgress?: ProgressFn): Promise<LoadedDocument> {
  if (!hasPdfMagic(file.bytes)) throw inputError({ file: file.name }, 'not a PDF: the file does not start with %PDF-');
  if (!hasEndMarker(file.bytes)) throw inputError({ file: file.name }, 'the PDF is truncated (no %%EOF end marker); download it again');
  const pdf = await openPdf(file);
  try {
    const pages: PageText[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      pages.push(await readPage(pdf, file, n));
      onProgress?.(n, pdf.numPages, `page ${n} of ${pdf.numPages}`);
    }
    const body = bodyTextSize(pages);
    const lines: LoadedLine[] = [];
    for (const page of pages) {
      const kept = cleanPage(groupLines(page.items), page, body);
      kept.forEach((l, i) => lines.push({ text: l.text, page: page.page, line: i + 1 }));
    }
    if (lines.length === 0) throw inputError({ file: file.name }, 'the PDF has no text layer (a scan?); run it through OCR first');
    return { file, format: 'pdf', text: lines.map((l) => l.text).join('\n'), lines, rows: null };
  } finally {
    await pdf.destroy();
  }
}

export const pdfReader: FormatReader = {
  format: 'pdf',
  sniff(file: SourceFile) {
    return hasPdfMagic(file.bytes) || /\.pdf$/i.test(file.name);
  },
  read: readPdf,
};
