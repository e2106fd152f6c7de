// Reads the UN M49 list of the taxonomy directory (un-m49-countries.csv, third-party data
// that stays outside the repo): each State's ISO 3166-1 alpha-2 code and its UN short name
// in French and Spanish. English names stay the ones Landmark holds (importers/countries.ts),
// which its importers resolve documents against. Pure: file in, names out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inputError } from '../../errors.ts';
import { csvLinedRecords } from '../formats/csv.reader.ts';

export const M49_FILE = 'un-m49-countries.csv';

/** The languages other than English whose names the list gives, by column. */
const NAME_COLUMNS = { fr: 'name_fr', es: 'name_es' } as const;

export interface ReferenceState {
  /** ISO 3166-1 alpha-3, as `countries.code`. */
  code: string;
  /** ISO 3166-1 alpha-2. */
  alpha2: string;
  /** The UN short name by language (`fr`, `es`); a language the row leaves blank is absent. */
  labels: Record<string, string>;
}

/**
 * Every row of the list. Throws bad-input naming the file, line and field of a code that
 * is malformed or repeated, or of a missing column.
 */
export function parseM49Countries(text: string, file: string): ReferenceState[] {
  const records = csvLinedRecords(text, file, ['iso_alpha2', 'iso_alpha3', ...Object.values(NAME_COLUMNS)]);
  const seen = new Map<string, number>();
  return records.map(({ line, fields }) => {
    const code = (field: 'iso_alpha2' | 'iso_alpha3', length: number): string => {
      const value = (fields[field] ?? '').trim();
      if (!new RegExp(`^[A-Z]{${length}}$`).test(value)) {
        throw inputError({ file, line, field }, `"${value}" is not an ISO 3166-1 alpha-${length} code (${length} capital letters)`);
      }
      const key = `${field}:${value}`;
      const first = seen.get(key);
      if (first !== undefined) throw inputError({ file, line, field }, `${value} is already on line ${first}`);
      seen.set(key, line);
      return value;
    };
    const state: ReferenceState = { code: code('iso_alpha3', 3), alpha2: code('iso_alpha2', 2), labels: {} };
    for (const [language, column] of Object.entries(NAME_COLUMNS)) {
      const name = (fields[column] ?? '').trim().normalize('NFC');
      if (name !== '') state.labels[language] = name;
    }
    return state;
  });
}

/** The States of `dir`/un-m49-countries.csv. Throws as parseM49Countries, or naming the file when it cannot be read. */
export function readM49Countries(dir: string): ReferenceState[] {
  const path = join(dir, M49_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw inputError({ file: path }, `cannot read the list (${(err as Error).message})`, err);
  }
  return parseM49Countries(text, path);
}
