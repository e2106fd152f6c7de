// Applies the dated migrations in order. Kysely's migrator holds an advisory lock on
// PostgreSQL, so two processes starting at once migrate once.
import type { Kysely } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import * as domain from './migrations/2026-11-23-0001-domain.ts';
import * as searchFacets from './migrations/2026-11-24-0001-search-facets.ts';
import * as deferredFacets from './migrations/2026-11-25-0041-deferred-facets.ts';
import * as cases from './migrations/2026-11-26-0001-cases.ts';
import * as indicatorCaseCounts from './migrations/2026-11-27-0001-indicator-case-counts.ts';
import * as notificationSubjects from './migrations/2026-11-27-0301-notification-subjects.ts';
import * as facetWrites from './migrations/2026-11-28-0001-facet-writes.ts';
import * as searchIndexFlush from './migrations/2026-11-28-0101-search-index-flush.ts';
import * as countryNames from './migrations/2026-11-29-0001-country-names.ts';
import * as benchmarkTitle from './migrations/2026-11-29-0101-benchmark-title.ts';
import * as prefixSearch from './migrations/2026-11-29-0201-prefix-search.ts';

/** Every migration, by its dated name. Add new ones at the end; never edit old ones. */
export const MIGRATIONS: Record<string, Migration> = {
  '2026-11-23-0001-domain': domain,
  '2026-11-24-0001-search-facets': searchFacets,
  '2026-11-25-0041-deferred-facets': deferredFacets,
  '2026-11-26-0001-cases': cases,
  '2026-11-27-0001-indicator-case-counts': indicatorCaseCounts,
  '2026-11-27-0301-notification-subjects': notificationSubjects,
  '2026-11-28-0001-facet-writes': facetWrites,
  '2026-11-28-0101-search-index-flush': searchIndexFlush,
  '2026-11-29-0001-country-names': countryNames,
  '2026-11-29-0101-benchmark-title': benchmarkTitle,
  '2026-11-29-0201-prefix-search': prefixSearch,
};

export async function migrateToLatest<T>(db: Kysely<T>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(`migration failed: ${JSON.stringify(error)}`);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
