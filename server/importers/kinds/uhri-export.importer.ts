// The Universal Human Rights Index export (CSV or XLSX): one recommendation or observation
// a row with its document symbol, paragraph, body, State, themes, affected persons, SDGs,
// date and, for the UPR, the recommending States and the position. Exports have changed
// their headers over the years, so columns are found by any of their known names.
import type { ExtractedRecommendation } from '../../../contracts/extract.ts';
import { inputError } from '../../errors.ts';
import { parseStateList, resolveState } from '../countries.ts';
import type { ExtractResult, KindImporter, LoadedDocument, ProgressFn } from '../types.ts';
import { findColumns, uprCycle, warningAt } from './table-columns.ts';
import { mechanismOf, parseDate, parsePosition, sdgCode, splitList } from './uhri-values.ts';

const COLUMNS = {
  text: ['Text', 'Recommendation', 'Recommendation text', 'Recommendations', 'Annotation', 'Observation', 'Paragraph text', 'Content'],
  symbol: ['Symbol', 'Document symbol', 'Document', 'Document code', 'Source document', 'UN symbol'],
  paragraph: ['Paragraph', 'Paragraph number', 'Paragraph no', 'Para', 'Paragraph reference'],
  body: ['Body', 'Mechanism', 'Body/Mechanism', 'Mechanisms', 'Treaty body', 'Source', 'Source body'],
  country: ['Country', 'State', 'Country/State', 'State under review', 'Countries', 'States', 'Country/Territory'],
  themes: ['Themes', 'Theme', 'Human rights themes', 'Thematic areas'],
  affected: ['Affected persons', 'Affected groups', 'Groups of persons', 'Persons affected', 'Concerned groups', 'Affected'],
  sdgs: ['SDGs', 'SDG', 'SDG goals', 'SDG targets', 'Sustainable Development Goals'],
  date: ['Date', 'Document date', 'Publication date', 'Adoption date', 'Date of document'],
  states: ['Recommending States', 'Recommending State', 'Recommending countries', 'Recommending country', 'Recommended by', 'Recommending'],
  position: ['Position', 'Status', 'Position of the State', 'State position', 'Response'],
  session: ['Session', 'UPR session'],
  cycle: ['Cycle', 'UPR cycle'],
} as const;
type Column = keyof typeof COLUMNS;

/** Columns that say "UHRI export" more than "any table with a Text column". */
const SIGNATURE: readonly Column[] = ['symbol', 'paragraph', 'body', 'themes', 'affected', 'sdgs', 'states', 'date'];
const PROGRESS_EVERY = 1000;

/**
 * Where the text is. Without a text column, a `Paragraph` column whose cells are long is
 * the text, not the paragraph number.
 */
function columnsOf(doc: LoadedDocument): Partial<Record<Column, number>> {
  const rows = doc.rows ?? [];
  const cols = findColumns(rows[0] ?? [], COLUMNS);
  if (cols.text === undefined && cols.paragraph !== undefined) {
    const sample = rows.slice(1, 51).map((r) => r[cols.paragraph!] ?? '');
    const mean = sample.reduce((n, c) => n + c.length, 0) / Math.max(1, sample.length);
    if (mean > 40) {
      cols.text = cols.paragraph;
      delete cols.paragraph;
    }
  }
  return cols;
}

export const uhriExportImporter: KindImporter = {
  kind: 'uhri-export',

  detect(doc) {
    if (!doc.rows) return 0;
    const cols = columnsOf(doc);
    const found = SIGNATURE.filter((c) => cols[c] !== undefined).length;
    if (found < 3 || (cols.symbol === undefined && cols.themes === undefined)) return 0;
    return Math.min(1, found / 5) * (cols.text === undefined ? 0.6 : 1);
  },

  extract(doc, onProgress) {
    return extractUhri(doc, onProgress);
  },
};

const singleOf = <T>(values: Set<T>): T | null => (values.size === 1 ? ([...values][0] ?? null) : null);

/** One recommendation per data row; throws bad-input naming row 1 and "Text" when there is no text column. */
export function extractUhri(doc: LoadedDocument, onProgress?: ProgressFn): ExtractResult {
  const file = doc.file.name;
  const rows = doc.rows ?? [];
  const cols = columnsOf(doc);
  if (cols.text === undefined) throw inputError({ file, row: 1, field: 'Text' }, 'no column with the recommendation text (Text, Recommendation, Annotation…)');
  const header = rows[0] ?? [];
  const cell = (row: readonly string[], key: Column): string => {
    const i = cols[key];
    return i === undefined ? '' : (row[i] ?? '').trim();
  };
  const fieldName = (key: Column) => header[cols[key] ?? -1] ?? key;

  const warnings: string[] = [];
  const recommendations: ExtractedRecommendation[] = [];
  const ordinals = new Map<string, number>();
  const seen = { symbol: new Set<string>(), country: new Set<string | null>(), session: new Set<number | null>(), date: new Set<string | null>(), body: new Set<string>(), cycle: new Set<number | null>() };
  const total = rows.length - 1;

  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const place = (key: Column) => ({ file, row: r + 1, field: fieldName(key) });
    const text = row[cols.text] ?? '';
    if (text.trim() === '') {
      warnings.push(warningAt(place('text'), 'no recommendation text; row skipped'));
      continue;
    }
    const symbol = cell(row, 'symbol');
    const paragraph = cell(row, 'paragraph');

    const countryText = cell(row, 'country');
    let country: string | null = null;
    if (countryText !== '') {
      const listed = parseStateList(countryText).codes;
      country = resolveState(countryText) ?? (listed.length === 1 ? listed[0]! : null);
      if (country === null) warnings.push(warningAt(place('country'), `"${countryText}" is not one State Landmark knows`));
    }

    const statesText = cell(row, 'states');
    const states = parseStateList(statesText);
    for (const name of states.unresolved) warnings.push(warningAt(place('states'), `"${name}" is not a State Landmark knows`));

    const positionText = cell(row, 'position');
    const position = parsePosition(positionText);
    if (position === null && positionText !== '') warnings.push(warningAt(place('position'), `"${positionText}" is neither supported nor noted; position left empty`));

    const sdgs: string[] = [];
    for (const item of splitList(cell(row, 'sdgs'))) {
      const code = sdgCode(item);
      if (code === null) warnings.push(warningAt(place('sdgs'), `"${item}" names no SDG goal or target`));
      else if (!sdgs.includes(code)) sdgs.push(code);
    }

    const dateText = cell(row, 'date');
    const date = parseDate(dateText);
    if (date === null && dateText !== '' && !/^\d{4}$/.test(dateText)) warnings.push(warningAt(place('date'), `"${dateText}" is not a date Landmark reads`));
    const sessionText = cell(row, 'session').replace(/^session\s*/i, '');
    const session = /^\d+$/.test(sessionText) ? Number(sessionText) : null;
    const cycleText = cell(row, 'cycle').replace(/^cycle\s*/i, '');
    const body = cell(row, 'body');

    const key = symbol || file;
    const ordinal = (ordinals.get(key) ?? 0) + 1;
    ordinals.set(key, ordinal);
    seen.symbol.add(symbol);
    seen.country.add(country);
    seen.session.add(session);
    seen.date.add(date);
    seen.body.add(body);
    seen.cycle.add(/^\d+$/.test(cycleText) ? Number(cycleText) : session === null ? null : uprCycle(session));

    recommendations.push({
      ref: paragraph || String(ordinal),
      text,
      paragraph: paragraph || null,
      recommendingStates: states.codes,
      position,
      addressee: null,
      themes: splitList(cell(row, 'themes')),
      cluster: null,
      source: symbol === '' ? null : { symbol, paragraph: paragraph || null },
      country,
      session,
      statesAsPrinted: statesText === '' ? [] : splitList(statesText),
      affectedPersons: splitList(cell(row, 'affected')),
      sdgs,
    });
    if (onProgress && r % PROGRESS_EVERY === 0) onProgress(r, total, `${r} of ${total} rows`);
  }
  onProgress?.(total, total, `${recommendations.length} recommendations`);

  const body = singleOf(seen.body) || null;
  return {
    document: {
      symbol: singleOf(seen.symbol) || null,
      kind: 'uhri-export',
      title: null,
      date: singleOf(seen.date),
      country: singleOf(seen.country),
      mechanism: body === null ? null : mechanismOf(body),
      body,
      cycle: singleOf(seen.cycle),
      session: singleOf(seen.session),
      language: null,
    },
    recommendations,
    benchmarks: [],
    assessments: [],
    facts: [],
    warnings,
  };
}
