// Indicators and their values over time, each value with its date and source.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { CaseCategory, CaseCountDefinition, CaseMeasure, CaseSex } from '../../contracts/cases.ts';
import type { IndicatorKind, IndicatorValueSource } from '../../contracts/tracking.ts';

export interface IndicatorFields {
  name: string;
  kind: IndicatorKind;
  unit: string | null;
  baseline: number | null;
  baselineOn: string | null;
  target: number | null;
  targetOn: string | null;
  description: string;
  /** Set when the indicator counts persons from the case register. */
  caseCount: CaseCountDefinition | null;
}

export interface IndicatorValueRow {
  id: string;
  value: number;
  observedOn: string;
  sourceText: string;
  sourceKind: IndicatorValueSource;
  documentId: string | null;
  paragraphRef: string | null;
}

export interface IndicatorRow extends IndicatorFields {
  id: string;
  benchmarkIds: string[];
  recommendationIds: string[];
  values: IndicatorValueRow[];
  version: number;
}

const columns = ['id', 'name', 'kind', 'unit', 'baseline', 'baseline_on as baselineOn', 'target', 'target_on as targetOn', 'description', 'case_measure', 'case_category', 'case_sex', 'version'] as const;
const valueColumns = ['id', 'indicator_id', 'value', 'observed_on as observedOn', 'source_text as sourceText', 'source_kind as sourceKind', 'document_id as documentId', 'paragraph_ref as paragraphRef'] as const;

function toColumns(i: Partial<IndicatorFields>) {
  const c = i.caseCount;
  const caseColumns = c === undefined ? {} : { case_measure: c?.measure ?? null, case_category: c?.category ?? null, case_sex: c?.sex ?? null };
  return { name: i.name, kind: i.kind, unit: i.unit, baseline: i.baseline, baseline_on: i.baselineOn, target: i.target, target_on: i.targetOn, description: i.description, ...caseColumns };
}

/** The case-count definition stored in an indicator's columns, or null for an indicator entered by hand. */
export function caseCountOf(r: { case_measure: string | null; case_category: string | null; case_sex: string | null }): CaseCountDefinition | null {
  if (r.case_measure === null) return null;
  return { measure: r.case_measure as CaseMeasure, category: r.case_category as CaseCategory | null, sex: r.case_sex as CaseSex | null };
}

type Raw = Omit<IndicatorRow, 'kind' | 'benchmarkIds' | 'recommendationIds' | 'values' | 'caseCount'> & { kind: string; case_measure: string | null; case_category: string | null; case_sex: string | null };

async function complete(db: Kysely<DB>, rows: readonly Raw[]): Promise<IndicatorRow[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [benchmarks, recommendations, values] = await Promise.all([
    db.selectFrom('indicator_benchmarks').select(['indicator_id', 'benchmark_id']).where('indicator_id', 'in', ids).execute(),
    db.selectFrom('indicator_recommendations').select(['indicator_id', 'recommendation_id']).where('indicator_id', 'in', ids).execute(),
    db.selectFrom('indicator_values').select(valueColumns).where('indicator_id', 'in', ids).orderBy('observed_on').orderBy('created_at').execute(),
  ]);
  return rows.map(({ case_measure, case_category, case_sex, ...r }) => ({
    ...r,
    kind: r.kind as IndicatorKind,
    caseCount: caseCountOf({ case_measure, case_category, case_sex }),
    benchmarkIds: benchmarks.filter((b) => b.indicator_id === r.id).map((b) => b.benchmark_id),
    recommendationIds: recommendations.filter((b) => b.indicator_id === r.id).map((b) => b.recommendation_id),
    values: values.filter((v) => v.indicator_id === r.id).map(valueRow),
  }));
}

async function replaceLinks(db: Kysely<DB>, id: string, links: { benchmarkIds?: readonly string[] | undefined; recommendationIds?: readonly string[] | undefined }): Promise<void> {
  if (links.benchmarkIds) {
    await db.deleteFrom('indicator_benchmarks').where('indicator_id', '=', id).execute();
    const values = [...new Set(links.benchmarkIds)].map((benchmark_id) => ({ indicator_id: id, benchmark_id }));
    if (values.length) await db.insertInto('indicator_benchmarks').values(values).execute();
  }
  if (links.recommendationIds) {
    await db.deleteFrom('indicator_recommendations').where('indicator_id', '=', id).execute();
    const values = [...new Set(links.recommendationIds)].map((recommendation_id) => ({ indicator_id: id, recommendation_id }));
    if (values.length) await db.insertInto('indicator_recommendations').values(values).execute();
  }
}

export async function insertIndicator(db: Kysely<DB>, i: IndicatorFields, links: { benchmarkIds: readonly string[]; recommendationIds: readonly string[] }): Promise<IndicatorRow> {
  const row = await db.insertInto('indicators').values({ ...toColumns(i), name: i.name, kind: i.kind }).returning('id').executeTakeFirstOrThrow();
  await replaceLinks(db, row.id, links);
  return (await findIndicatorById(db, row.id))!;
}

export async function findIndicatorById(db: Kysely<DB>, id: string): Promise<IndicatorRow | null> {
  const row = await db.selectFrom('indicators').select(columns).where('id', '=', id).executeTakeFirst();
  return row ? ((await complete(db, [row]))[0] ?? null) : null;
}

export async function listIndicators(db: Kysely<DB>, f: { benchmarkId?: string | undefined }): Promise<IndicatorRow[]> {
  let q = db.selectFrom('indicators').select(columns);
  if (f.benchmarkId) {
    const bid = f.benchmarkId;
    q = q.where('id', 'in', (eb) => eb.selectFrom('indicator_benchmarks').select('indicator_id').where('benchmark_id', '=', bid));
  }
  return complete(db, await q.orderBy('name').execute());
}

/** Updates when `version` is current; returns the new row, or null when the version is stale. */
export async function updateIndicator(
  db: Kysely<DB>,
  id: string,
  version: number,
  patch: Partial<IndicatorFields>,
  links: { benchmarkIds?: readonly string[] | undefined; recommendationIds?: readonly string[] | undefined },
): Promise<IndicatorRow | null> {
  const updated = await db
    .updateTable('indicators')
    .set((eb) => ({ ...toColumns(patch), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  if (!updated) return null;
  await replaceLinks(db, id, links);
  return findIndicatorById(db, id);
}

export type NewIndicatorValue = Omit<IndicatorValueRow, 'id'>;

function valueRow(v: { id: string; value: number; observedOn: string; sourceText: string; sourceKind: string; documentId: string | null; paragraphRef: string | null }): IndicatorValueRow {
  return { id: v.id, value: v.value, observedOn: v.observedOn, sourceText: v.sourceText, sourceKind: v.sourceKind as IndicatorValueSource, documentId: v.documentId, paragraphRef: v.paragraphRef };
}

export async function insertIndicatorValue(db: Kysely<DB>, indicatorId: string, v: NewIndicatorValue, createdBy: string | null): Promise<IndicatorValueRow> {
  const row = await db
    .insertInto('indicator_values')
    .values({ indicator_id: indicatorId, value: v.value, observed_on: v.observedOn, source_text: v.sourceText, source_kind: v.sourceKind, document_id: v.documentId, paragraph_ref: v.paragraphRef, created_by: createdBy })
    .returning(valueColumns)
    .executeTakeFirstOrThrow();
  return valueRow(row);
}
