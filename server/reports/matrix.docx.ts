// The thematic matrix as DOCX: one landscape table in the OHCHR column layout, its
// header row repeated on each page. Renderers print what they are given: presenters
// decide what the audience may see.
import type { MatrixReport, RenderOptions } from '../../contracts/reports.ts';
import { packDocx, paragraph, table, title } from './docx-blocks.ts';
import { MATRIX_COLUMN_KEYS, MATRIX_WIDTHS, matrixCells, matrixHeaders } from './matrix.model.ts';

/** Renders the matrix as DOCX bytes; list cells hold one item a line. */
export async function renderMatrixDocx(report: MatrixReport, options: RenderOptions): Promise<Buffer> {
  const rows = report.rows.map((row) => {
    const cells = matrixCells(row, options.lang);
    return MATRIX_COLUMN_KEYS.map((key) => (cells[key] === '' ? '' : cells[key].split('\n')));
  });
  return packDocx({
    lang: options.lang,
    title: report.title,
    landscape: true,
    children: [
      title(report.title),
      paragraph(report.stateName, { strong: true }),
      table(matrixHeaders(options.lang), rows, MATRIX_COLUMN_KEYS.map((key) => MATRIX_WIDTHS[key])),
    ],
  });
}
