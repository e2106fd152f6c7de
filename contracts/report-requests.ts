// What a caller may ask for: which report, in which format, for what. Shared by the API,
// the CLI and the web app (browser-safe).
import { z } from 'zod';
import { REPORT_LANGS, type ReportFormat } from './reports.ts';

export const REPORT_KINDS = ['scorecard', 'upr-midterm', 'matrix', 'brief'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** The formats each report is written in; the first is the default. */
export const REPORT_KIND_FORMATS: Record<ReportKind, readonly ReportFormat[]> = {
  scorecard: ['docx', 'pdf'],
  'upr-midterm': ['docx'],
  matrix: ['xlsx', 'docx'],
  brief: ['docx', 'pdf'],
};

export const MEDIA_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** Parameters of a report, as the API's query string and the CLI's options give them. */
export const reportQuerySchema = z.object({
  format: z.enum(['docx', 'pdf', 'xlsx']).optional().describe('File format; docx by default (xlsx for the matrix)'),
  period: z.string().min(1).max(100).optional().describe('Reporting period label (`2022-2023`); the latest by default'),
  cycle: z.coerce.number().int().min(1).max(20).optional().describe('UPR cycle (mid-term report, matrix, brief)'),
  country: z.string().min(2).max(100).optional().describe('State (ISO3 code or name); the State most recommendations address by default'),
  monitor: z.string().min(1).max(300).optional().describe('Scorecard: the monitor whose benchmarks to list'),
  assessor: z.string().min(1).max(300).optional().describe('Scorecard and brief: grades by this organisation'),
  lang: z.enum(REPORT_LANGS).optional().describe('Language of the fixed texts and of the names of States, SDGs, themes and groups; Accept-Language, then English, by default'),
});
export type ReportQuery = z.infer<typeof reportQuerySchema>;
