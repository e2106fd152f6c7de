// Reads the UPR Info export as it came: Mac Roman bytes, CR-only line endings, quoted
// fields. Only the columns the classifier needs are kept.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvRecords } from '../importers/formats/csv.reader.ts';
import { decodeText } from '../importers/formats/text-decoder.ts';

export interface UprInfoRecommendation {
  text: string;
  /** UPR Info issues, as spelled in the export (`Women's rights`). */
  issues: string[];
  session: number;
}

/**
 * Parses one UPR Info CSV export. Issue labels are split at commas (no label of the 54
 * contains one) and trimmed; rows without text are skipped.
 * Throws when `Text`, `Issue` or `Session` is missing or a session is not a number.
 */
export function parseUprInfoCsv(bytes: Uint8Array, file = 'UPR Info CSV'): UprInfoRecommendation[] {
  const records = csvRecords(decodeText(bytes).text, file, ['Text', 'Issue', 'Session']);
  const out: UprInfoRecommendation[] = [];
  records.forEach((r, k) => {
    const text = (r.Text ?? '').trim();
    if (text === '') return;
    const session = Number(r.Session);
    if (!Number.isInteger(session)) throw new Error(`${file}, row ${k + 2}: session "${r.Session ?? ''}" is not a number`);
    const issues = [...new Set((r.Issue ?? '').split(',').map((s) => s.trim()).filter((s) => s !== ''))];
    out.push({ text, issues, session });
  });
  return out;
}

/** Loads every `upr-info-sessions-*.csv` of a directory, in file-name order. */
export function loadUprInfoDir(dir: string): UprInfoRecommendation[] {
  const files = readdirSync(dir).filter((f) => /^upr-info-sessions-.*\.csv$/.test(f)).sort();
  if (files.length === 0) throw new Error(`${dir}: no upr-info-sessions-*.csv file`);
  return files.flatMap((f) => parseUprInfoCsv(new Uint8Array(readFileSync(join(dir, f))), f));
}
