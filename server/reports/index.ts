// The report renderers: typed data in (contracts/reports.ts), file bytes out. They are
// pure and print what they are given; presenters decide beforehand what an audience
// may see (nothing confidential or unpublished in a public report).
export { renderBriefDocx } from './brief.docx.ts';
export { renderBriefPdf } from './brief.pdf.ts';
export { formatDate, formatNumber, reportTexts, totalsLine } from './i18n.ts';
export { columnsAt, listFile, listToCsv, listToJson, listToXlsx, type ListFile } from './list-export.ts';
export type { ListColumn, ListValue } from './list-export.ts';
export { renderMatrixDocx } from './matrix.docx.ts';
export { renderMatrixXlsx } from './matrix.xlsx.ts';
export { renderScorecardDocx } from './scorecard.docx.ts';
export { renderScorecardPdf } from './scorecard.pdf.ts';
export { renderUprMidtermDocx } from './upr-midterm.docx.ts';
