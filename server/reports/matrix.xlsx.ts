// The thematic matrix as XLSX, one row per recommendation, written with exceljs's
// streaming writer so that tens of thousands of rows stay fast and small in memory.
// Renderers print what they are given: presenters decide what the audience may see.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { MatrixReport, RenderOptions } from '../../contracts/reports.ts';
import { collect } from './stream-bytes.ts';
import { MATRIX_COLUMN_KEYS, MATRIX_WIDTHS, matrixCells, matrixHeaders } from './matrix.model.ts';

/** Renders the matrix as XLSX bytes: a frozen, filterable header row, wrapped cells. */
export async function renderMatrixXlsx(report: MatrixReport, options: RenderOptions): Promise<Buffer> {
  const stream = new PassThrough();
  const bytes = collect(stream);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Landmark';
  workbook.title = report.title;
  const sheet = workbook.addWorksheet(report.stateName.slice(0, 31) || 'Matrix', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = MATRIX_COLUMN_KEYS.map((key, i) => ({
    key,
    header: matrixHeaders(options.lang)[i],
    width: MATRIX_WIDTHS[key] * 1.6,
    style: { alignment: { wrapText: true, vertical: 'top' } },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
  header.commit();
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: MATRIX_COLUMN_KEYS.length } };
  for (const row of report.rows) sheet.addRow(matrixCells(row, options.lang)).commit();
  sheet.commit();
  await workbook.commit();
  return bytes;
}
