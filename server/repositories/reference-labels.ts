// Names of reference data in the reader's language, as the reference lists give them:
// a taxonomy term's `labels` (en, and fr/es for SDG goals and targets), a State's `labels`
// (fr/es). What the lists leave out falls back to English; a State with no stored name in
// the language is named by Intl from its alpha-2 code (Khmer), and English when Intl has
// no name either. Only the values a page shows are looked up.
import { sql, type RawBuilder } from 'kysely';
import { regionName, type Language } from '../../contracts/languages.ts';

const column = (alias: string, name: string) => sql.ref(`${alias}.${name}`);

/** A taxonomy_terms row's label in `language`, else its English label. */
export function termLabel(alias: string, language: Language): RawBuilder<string> {
  return sql<string>`coalesce(${column(alias, 'labels')} ->> ${language}, ${column(alias, 'label')})`;
}

/** A countries row's stored name in `language`, else its English name. */
export function stateLabel(alias: string, language: Language): RawBuilder<string> {
  return sql<string>`coalesce(${column(alias, 'labels')} ->> ${language}, ${column(alias, 'name')})`;
}

/**
 * A countries row's alpha-2 code when Intl should name it: the language is not English
 * (`name` is the UN's English name) and no name is stored in it. Null otherwise.
 */
export function stateRegion(alias: string, language: Language): RawBuilder<string | null> {
  if (language === 'en') return sql<null>`null::text`;
  return sql<string | null>`case when ${column(alias, 'labels')} ->> ${language} is null then ${column(alias, 'alpha2')}::text end`;
}

/** The name to show for a label read with stateLabel and stateRegion (or a term's, whose region is null). */
export function shownName(language: Language, label: string, region: string | null): string {
  return (region === null ? null : regionName(language, region)) ?? label;
}
