// The UPR Info database export: one recommendation a row, with the State under review
// (`To`), the recommending State (`From`), the response (`Accepted`/`Noted`), UPR Info's
// issues and the session. Texts are kept exactly as decoded; States become ISO3 codes, and
// a name that does not resolve is kept as printed with a warning, never dropped.
import type { Position } from '../../../contracts/enums.ts';
import type { ExtractedRecommendation } from '../../../contracts/extract.ts';
import { inputError } from '../../errors.ts';
import { resolveState, stateName } from '../countries.ts';
import type { ExtractResult, KindImporter, LoadedDocument, ProgressFn } from '../types.ts';
import { decodeEntities, findColumns, uprCycle, warningAt } from './table-columns.ts';

const COLUMNS = {
  to: ['To'],
  text: ['Text', 'Recommendation'],
  from: ['From'],
  response: ['Response'],
  issue: ['Issue', 'Issues'],
  session: ['Session'],
} as const;
type Column = keyof typeof COLUMNS;

/** Columns only UPR Info's export has; `To` and `From` are required for a match. */
const SIGNATURE: readonly Column[] = ['to', 'from', 'text', 'response', 'issue', 'session'];
const PROGRESS_EVERY = 1000;

const RESPONSES: Record<string, Position> = { accepted: 'supported', supported: 'supported', noted: 'noted', rejected: 'noted' };

function columnsOf(doc: LoadedDocument): Partial<Record<Column, number>> {
  return findColumns(doc.rows?.[0] ?? [], COLUMNS);
}

export const uprInfoCsvImporter: KindImporter = {
  kind: 'upr-info-csv',

  detect(doc) {
    if (!doc.rows) return 0;
    const cols = columnsOf(doc);
    if (cols.to === undefined || cols.from === undefined) return 0;
    return SIGNATURE.filter((c) => cols[c] !== undefined).length / SIGNATURE.length;
  },

  extract(doc, onProgress) {
    return extractUprInfo(doc, onProgress);
  },
};

/**
 * One recommendation per data row. Throws bad-input naming the file, row 1 and the field
 * when the `Text`, `To` or `From` column is missing.
 */
export function extractUprInfo(doc: LoadedDocument, onProgress?: ProgressFn): ExtractResult {
  const file = doc.file.name;
  const rows = doc.rows ?? [];
  const cols = columnsOf(doc);
  for (const [key, field] of [['text', 'Text'], ['to', 'To'], ['from', 'From']] as const) {
    if (cols[key] === undefined) throw inputError({ file, row: 1, field }, `no "${field}" column in the header; a UPR Info export has To, Text, From, Response, Issue and Session`);
  }
  const cell = (row: readonly string[], key: Column): string => {
    const i = cols[key];
    return i === undefined ? '' : (row[i] ?? '');
  };

  const warnings: string[] = [];
  const recommendations: ExtractedRecommendation[] = [];
  const ordinals = new Map<string, number>();
  const countries = new Set<string | null>();
  const sessions = new Set<number | null>();
  const total = rows.length - 1;

  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const place = (field: string) => ({ file, row: r + 1, field });
    const text = cell(row, 'text');
    if (text.trim() === '') {
      warnings.push(warningAt(place('Text'), 'no recommendation text; row skipped'));
      continue;
    }
    const toPrinted = decodeEntities(cell(row, 'to')).trim();
    const country = resolveState(toPrinted);
    if (country === null) warnings.push(warningAt(place('To'), `"${toPrinted}" is not a State Landmark knows`));
    const fromPrinted = decodeEntities(cell(row, 'from')).trim();
    const from = resolveState(fromPrinted);
    if (from === null) warnings.push(warningAt(place('From'), `"${fromPrinted}" is not a State Landmark knows; recommending State left empty`));

    const sessionText = cell(row, 'session').trim();
    const session = /^\d+$/.test(sessionText) ? Number(sessionText) : null;
    if (session === null && sessionText !== '') warnings.push(warningAt(place('Session'), `"${sessionText}" is not a session number`));

    const responseText = cell(row, 'response').trim();
    const position = RESPONSES[responseText.toLowerCase()] ?? null;
    if (position === null && responseText !== '') warnings.push(warningAt(place('Response'), `"${responseText}" is neither Accepted nor Noted; position left empty`));

    const key = `${country ?? toPrinted}|${session ?? ''}`;
    const ordinal = (ordinals.get(key) ?? 0) + 1;
    ordinals.set(key, ordinal);
    countries.add(country);
    sessions.add(session);

    recommendations.push({
      ref: String(ordinal),
      text,
      paragraph: null,
      recommendingStates: from === null ? [] : [from],
      position,
      addressee: null,
      themes: cell(row, 'issue').split(',').map((t) => t.trim()).filter((t) => t !== ''),
      cluster: null,
      source: null,
      country,
      session,
      statesAsPrinted: fromPrinted === '' ? [] : [fromPrinted],
    });
    if (onProgress && r % PROGRESS_EVERY === 0) onProgress(r, total, `${r} of ${total} rows`);
  }
  onProgress?.(total, total, `${recommendations.length} recommendations`);

  const single = <T>(set: Set<T | null>): T | null => (set.size === 1 ? ([...set][0] ?? null) : null);
  const session = single(sessions);
  return {
    document: {
      symbol: null,
      kind: 'upr-info-csv',
      title: exportTitle(countries, sessions),
      date: null,
      country: single(countries),
      mechanism: 'upr',
      body: 'UPR',
      cycle: session === null ? null : uprCycle(session),
      session,
      language: 'en',
    },
    recommendations,
    benchmarks: [],
    assessments: [],
    facts: [],
    warnings,
  };
}

/** What the rows are, as a title (the export has none): `UPR Info: Cambodia, session 18`, `UPR Info: 48 States, sessions 1–5`. */
function exportTitle(countries: ReadonlySet<string | null>, sessions: ReadonlySet<number | null>): string {
  const numbers = [...sessions].filter((n) => n !== null).sort((a, b) => a - b);
  const states = [...countries].filter((c) => c !== null);
  const first = numbers[0];
  const last = numbers[numbers.length - 1];
  const when = first === undefined || last === undefined ? '' : first === last ? `session ${first}` : `sessions ${first}–${last}`;
  const who = states.length === 1 ? stateName(states[0]!) : `${states.length} States`;
  return `UPR Info: ${[who, when].filter((part) => part !== '').join(', ')}`;
}
