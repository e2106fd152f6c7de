// Loads the reference lists the `uhri` and `sdg` taxonomies are made of, at run time, from
// the taxonomy directory (third-party texts stay outside the repo).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvRecords } from '../importers/formats/csv.reader.ts';

export interface TaxonomyLists {
  /** Current UHRI themes (not the five headings). */
  uhriThemes: string[];
  /** Current UHRI groups of affected persons. */
  uhriPersons: string[];
  /** SDG goals: number ("16") → title. */
  sdgGoals: Map<string, string>;
  /** SDG targets: number ("16.10") → official text. */
  sdgTargets: Map<string, string>;
}

function read(dir: string, file: string, columns: readonly string[]): Record<string, string>[] {
  const path = join(dir, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`${path}: cannot read the taxonomy list (${(err as Error).message})`, { cause: err });
  }
  return csvRecords(text, path, columns);
}

/** Reads the four lists from `dir`. Throws naming the file when one is missing or malformed. */
export function loadTaxonomyLists(dir: string): TaxonomyLists {
  const themes = read(dir, 'uhri-themes.csv', ['theme', 'level']).filter((r) => r.level === 'theme').map((r) => r.theme!);
  const persons = read(dir, 'uhri-affected-persons.csv', ['taxonomy_version', 'group'])
    .filter((r) => (r.taxonomy_version ?? '').startsWith('current'))
    .map((r) => r.group!);
  const goals = new Map(read(dir, 'sdg-goals.csv', ['goal', 'title']).map((r) => [r.goal!, r.title!]));
  const targets = new Map(read(dir, 'sdg-targets.csv', ['target', 'text']).map((r) => [r.target!, r.text!]));
  return { uhriThemes: [...new Set(themes)], uhriPersons: [...new Set(persons)], sdgGoals: goals, sdgTargets: targets };
}
