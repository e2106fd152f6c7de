// Reads the reference lists of the taxonomy directory (../shared/data/taxonomies, third-party
// texts that stay outside the repo) into the terms Landmark stores: SDG goals, targets and
// indicators; UHRI themes under their headings and clusters; UHRI groups of affected persons;
// and UPR Info's 54 issues (held in code, the classifier's label list). Pure: files in, terms out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvRecords } from '../formats/csv.reader.ts';
import { UPR_INFO_ISSUES } from '../../classify/upr-info-issues.ts';

export const REFERENCE_TAXONOMIES = ['sdg', 'uhri-theme', 'uhri-affected', 'upr-info'] as const;
export type ReferenceTaxonomy = (typeof REFERENCE_TAXONOMIES)[number];

export interface ReferenceTerm {
  taxonomy: ReferenceTaxonomy;
  /** `16`, `16.10`, `16.10.1` for SDGs; the name itself for UHRI and UPR Info. */
  code: string;
  /** The English name or text. */
  label: string;
  parentCode: string | null;
  cluster: string | null;
  /** The name in each language the list gives (`en`, `fr`, `es`). */
  labels: Record<string, string>;
  description: string | null;
}

/** The files a taxonomy directory must hold. */
export const REFERENCE_FILES = ['sdg-goals.csv', 'sdg-targets.csv', 'sdg-indicators.csv', 'uhri-themes.csv', 'uhri-affected-persons.csv'] as const;

function read(dir: string, file: (typeof REFERENCE_FILES)[number], columns: readonly string[]): Record<string, string>[] {
  const path = join(dir, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`${path}: cannot read the list (${(err as Error).message})`, { cause: err });
  }
  return csvRecords(text, path, columns);
}

/**
 * The names by language. The French and Spanish SDG texts come with their accents as
 * combining marks (NFD); they are stored composed (NFC), as readers type and sort them.
 */
function languages(en: string, fr: string | undefined, es: string | undefined): Record<string, string> {
  const out: Record<string, string> = { en };
  if (fr?.trim()) out.fr = fr.trim().normalize('NFC');
  if (es?.trim()) out.es = es.trim().normalize('NFC');
  return out;
}

function sdgTerms(dir: string): ReferenceTerm[] {
  const goals = read(dir, 'sdg-goals.csv', ['goal', 'title']).map((r): ReferenceTerm => ({
    taxonomy: 'sdg',
    code: r.goal!.trim(),
    label: r.title!.trim(),
    parentCode: null,
    cluster: null,
    labels: languages(r.title!.trim(), r.title_fr, r.title_es),
    description: r.short_title?.trim() || null,
  }));
  const targets = read(dir, 'sdg-targets.csv', ['goal', 'target', 'text']).map((r): ReferenceTerm => ({
    taxonomy: 'sdg',
    code: r.target!.trim(),
    label: r.text!.trim(),
    parentCode: r.goal!.trim(),
    cluster: null,
    labels: languages(r.text!.trim(), r.text_fr, r.text_es),
    description: null,
  }));
  const indicators = read(dir, 'sdg-indicators.csv', ['target', 'indicator', 'text']).map((r): ReferenceTerm => ({
    taxonomy: 'sdg',
    code: r.indicator!.trim(),
    label: r.text!.trim(),
    parentCode: r.target!.trim(),
    cluster: null,
    labels: { en: r.text!.trim() },
    description: r.unsd_indicator_code?.trim() || null,
  }));
  return [...goals, ...targets, ...indicators];
}

/** Themes in use since 2022 under their heading (parent) and cluster (`A. Cross-cutting issues`). */
function uhriThemeTerms(dir: string): ReferenceTerm[] {
  const rows = read(dir, 'uhri-themes.csv', ['cluster', 'uhri_heading', 'theme', 'level']);
  const headingName = new Map(rows.filter((r) => r.level === 'heading').map((r) => [r.uhri_heading!, r.theme!.trim()]));
  const terms = new Map<string, ReferenceTerm>();
  for (const r of rows) {
    if (r.level !== 'heading' && r.level !== 'theme') continue;
    const name = r.theme!.trim();
    const parent = r.level === 'theme' ? (headingName.get(r.uhri_heading!) ?? null) : null;
    if (!terms.has(name)) terms.set(name, { taxonomy: 'uhri-theme', code: name, label: name, parentCode: parent, cluster: r.cluster!.trim() || null, labels: { en: name }, description: null });
  }
  return [...terms.values()];
}

/** The current groups of affected persons (older names point to them in the list). */
function uhriAffectedTerms(dir: string): ReferenceTerm[] {
  const rows = read(dir, 'uhri-affected-persons.csv', ['taxonomy_version', 'group']);
  const names = new Set(rows.filter((r) => (r.taxonomy_version ?? '').startsWith('current')).map((r) => r.group!.trim()));
  return [...names].map((name) => ({ taxonomy: 'uhri-affected', code: name, label: name, parentCode: null, cluster: null, labels: { en: name }, description: null }));
}

function uprInfoTerms(): ReferenceTerm[] {
  return UPR_INFO_ISSUES.map((issue) => ({ taxonomy: 'upr-info', code: issue, label: issue, parentCode: null, cluster: null, labels: { en: issue }, description: null }));
}

/**
 * Every reference term of the four taxonomies. Throws naming the file when one is missing
 * or lacks a column.
 */
export function readReferenceTaxonomies(dir: string): ReferenceTerm[] {
  return [...sdgTerms(dir), ...uhriThemeTerms(dir), ...uhriAffectedTerms(dir), ...uprInfoTerms()];
}
