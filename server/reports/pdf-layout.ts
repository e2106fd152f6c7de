// PDF building blocks over pdfkit (pure JavaScript, no browser): an A4 document with
// embedded fonts covering Latin and Khmer (pdf-fonts.ts picks one per string);
// headings, paragraphs and tables that break across pages.
import PDFDocument from 'pdfkit';
import type { ReportLang } from '../../contracts/reports.ts';
import { PDF_FONT_NAMES, fontFor, pdfFonts } from './pdf-fonts.ts';

const MARGIN = 50;
const PAD = 4;
const BODY_SIZE = 9.5;
const HEADER_FILL = '#D9E2F3';

export type Pdf = PDFKit.PDFDocument;

/** A new A4 document with the report fonts registered. */
export function createPdf(lang: ReportLang, title: string): Pdf {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, lang, info: { Title: title, Creator: 'Landmark' } });
  const fonts = pdfFonts();
  for (const name of PDF_FONT_NAMES) doc.registerFont(name, fonts[name].bytes);
  doc.font('body').fontSize(BODY_SIZE);
  return doc;
}

/** Sets the font that can print `text`, at `size`. */
function use(doc: Pdf, text: string, strong: boolean, size = BODY_SIZE): Pdf {
  return doc.font(fontFor(text, strong)).fontSize(size);
}

/** Ends the document and resolves with its bytes. */
export function finishPdf(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

function contentWidth(doc: Pdf): number {
  return doc.page.width - 2 * MARGIN;
}

function bottom(doc: Pdf): number {
  return doc.page.height - MARGIN;
}

function ensureRoom(doc: Pdf, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

export function pdfTitle(doc: Pdf, text: string): void {
  use(doc, text, true, 18).text(text, MARGIN, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.5);
}

export function pdfHeading(doc: Pdf, text: string, level: 1 | 2 = 1): void {
  const size = level === 1 ? 14 : 11.5;
  ensureRoom(doc, size * 4);
  doc.moveDown(0.6);
  use(doc, text, true, size).text(text, MARGIN, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

export function pdfParagraph(doc: Pdf, text: string, strong = false): void {
  use(doc, text, strong).text(text, MARGIN, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.4);
}

export function pdfLabelled(doc: Pdf, label: string, value: string): void {
  use(doc, `${label}: `, true).text(`${label}: `, MARGIN, doc.y, { continued: true });
  use(doc, value, false).text(value);
  doc.moveDown(0.2);
}

export interface PdfCell {
  text: string;
  /** Background colour, six hexadecimal digits. */
  fill?: string;
  strong?: boolean;
}

type CellInput = PdfCell | string;

function asCell(input: CellInput): PdfCell {
  return typeof input === 'string' ? { text: input } : input;
}

function cellHeight(doc: Pdf, cell: PdfCell, width: number): number {
  use(doc, cell.text, cell.strong ?? false);
  return doc.heightOfString(cell.text || ' ', { width: width - 2 * PAD }) + 2 * PAD;
}

function drawRow(doc: Pdf, cells: PdfCell[], widths: number[], y: number, height: number): void {
  let x = MARGIN;
  cells.forEach((cell, i) => {
    const width = widths[i] ?? 0;
    if (cell.fill) doc.rect(x, y, width, height).fill(cell.fill.startsWith('#') ? cell.fill : `#${cell.fill}`);
    doc.rect(x, y, width, height).lineWidth(0.5).stroke('#808080');
    use(doc.fillColor('#000000'), cell.text, cell.strong ?? false);
    doc.text(cell.text, x + PAD, y + PAD, { width: width - 2 * PAD, height: height - 2 * PAD, ellipsis: true });
    x += width;
  });
}

/**
 * A table with an optional header row (repeated on each new page). `widths` are
 * fractions of the text width; a row taller than a page is cut with an ellipsis.
 */
export function pdfTable(doc: Pdf, headers: string[] | null, rows: CellInput[][], widths: number[]): void {
  const total = contentWidth(doc);
  const columns = widths.map((w) => w * total);
  const headerCells = headers?.map((h) => ({ text: h, strong: true, fill: HEADER_FILL }));
  const maxHeight = bottom(doc) - MARGIN - 40;
  const heightOf = (cells: PdfCell[]): number =>
    Math.min(maxHeight, Math.max(...cells.map((c, i) => cellHeight(doc, c, columns[i] ?? 0))));
  // doc.text moves doc.y, so rows are placed from a cursor of our own.
  let y = doc.y;
  const drawHeader = (): void => {
    if (!headerCells) return;
    const height = heightOf(headerCells);
    drawRow(doc, headerCells, columns, y, height);
    y += height;
  };
  const headerHeight = headerCells ? heightOf(headerCells) : 0;
  if (y + headerHeight + 30 > bottom(doc)) {
    doc.addPage();
    y = doc.y;
  }
  drawHeader();
  for (const row of rows) {
    const cells = row.map(asCell);
    const height = heightOf(cells);
    if (y + height > bottom(doc)) {
      doc.addPage();
      y = doc.y;
      drawHeader();
    }
    drawRow(doc, cells, columns, y, height);
    y += height;
  }
  doc.y = y;
  doc.x = MARGIN;
  doc.moveDown(0.8);
}
