// Building blocks shared by the DOCX renderers: one document style, headings,
// paragraphs and tables with a repeated header row.
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { IRunOptions } from 'docx';
import type { ReportLang } from '../../contracts/reports.ts';

/** Word picks the complex-script font for Khmer; Latin text keeps the Latin font. */
const FONTS = { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Noto Sans Khmer', eastAsia: 'Calibri' };
const HEADER_FILL = 'D9E2F3';

export interface DocxPage {
  lang: ReportLang;
  title: string;
  children: (Paragraph | Table)[];
  landscape?: boolean;
}

/** Packs a whole report into DOCX bytes. */
export async function packDocx(page: DocxPage): Promise<Buffer> {
  const document = new Document({
    title: page.title,
    creator: 'Landmark',
    styles: { default: { document: { run: { font: FONTS, size: 20 } } } },
    sections: [
      {
        properties: page.landscape
          ? { page: { size: { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 } } }
          : {},
        children: page.children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

export function title(text: string): Paragraph {
  return new Paragraph({ text, heading: HeadingLevel.TITLE });
}

export function heading(text: string, level: 1 | 2 | 3 = 1): Paragraph {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 };
  return new Paragraph({ text, heading: levels[level] });
}

/** A run of text; options go through a typed variable because TextRun also takes a string. */
export function run(text: string, strong = false, emphasis = false): TextRun {
  const options: IRunOptions = { text, bold: strong, italics: emphasis };
  return new TextRun(options);
}

export function paragraph(text: string, options: { strong?: boolean; emphasis?: boolean } = {}): Paragraph {
  return new Paragraph({ children: [run(text, options.strong, options.emphasis)] });
}

/** `Label: value` with the label in bold. */
export function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [run(`${label}: `, true), run(value)] });
}

export function bullet(text: string): Paragraph {
  return new Paragraph({ text, bullet: { level: 0 } });
}

/** What a table cell holds: lines of text, or prepared paragraphs. */
export type CellContent = string | string[] | Paragraph[];

export interface CellSpec {
  content: CellContent;
  /** Background colour, six hexadecimal digits. */
  fill?: string;
  strong?: boolean;
  columnSpan?: number;
}

function toParagraphs(content: CellContent, strong: boolean): Paragraph[] {
  if (typeof content === 'string') return [new Paragraph({ children: [run(content, strong)] })];
  if (content.length === 0) return [new Paragraph('')];
  return content.map((item) => (typeof item === 'string' ? new Paragraph({ children: [run(item, strong)] }) : item));
}

export function cell(spec: CellSpec | CellContent): TableCell {
  const s: CellSpec = typeof spec === 'string' || Array.isArray(spec) ? { content: spec } : spec;
  return new TableCell({
    children: toParagraphs(s.content, s.strong ?? false),
    columnSpan: s.columnSpan,
    shading: s.fill ? { fill: s.fill, type: ShadingType.CLEAR, color: 'auto' } : undefined,
  });
}

/**
 * A table whose first row holds `headers` (repeated on each page) followed by `rows`.
 * `widths` are relative column widths, in percent of the text width.
 */
export function table(headers: string[] | null, rows: (CellSpec | CellContent)[][], widths?: number[]): Table {
  const headerRow = headers
    ? [new TableRow({ tableHeader: true, children: headers.map((h) => cell({ content: h, strong: true, fill: HEADER_FILL })) })]
    : [];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    // Margins once per table rather than per cell: fewer XML elements, a faster pack.
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    // Word scales the grid to the table's width; about 90 twips per percent of an A4 text width.
    columnWidths: widths?.map((w) => Math.round(w * 90)),
    rows: [...headerRow, ...rows.map((row) => new TableRow({ children: row.map(cell) }))],
  });
}

/** A two-column table of labels and values, the label column shaded. */
export function keyValueTable(rows: [string, CellSpec | CellContent][]): Table {
  return table(
    null,
    rows.map(([label, value]) => [{ content: label, strong: true, fill: HEADER_FILL }, value]),
    [25, 75],
  );
}

export function centred(text: string): Paragraph {
  return new Paragraph({ text, alignment: AlignmentType.CENTER });
}
