// Assignments: which institution leads or supports the work on a recommendation, a
// benchmark or a cluster.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { AssignableItem, AssignmentRole } from '../../contracts/tracking.ts';

export interface AssignmentRow {
  id: string;
  itemType: AssignableItem;
  recommendationId: string | null;
  benchmarkId: string | null;
  itemKey: string | null;
  institutionId: string;
  role: AssignmentRole;
  version: number;
}

export interface NewAssignment {
  itemType: AssignableItem;
  recommendationId: string | null;
  benchmarkId: string | null;
  itemKey: string | null;
  institutionId: string;
  role: AssignmentRole;
}

const columns = [
  'id',
  'item_type as itemType',
  'recommendation_id as recommendationId',
  'benchmark_id as benchmarkId',
  'item_key as itemKey',
  'institution_id as institutionId',
  'role',
  'version',
] as const;

type Raw = Omit<AssignmentRow, 'itemType' | 'role'> & { itemType: string; role: string };
const toRow = (r: Raw): AssignmentRow => ({ ...r, itemType: r.itemType as AssignableItem, role: r.role as AssignmentRole });

export async function insertAssignment(db: Kysely<DB>, a: NewAssignment): Promise<AssignmentRow> {
  const row = await db
    .insertInto('assignments')
    .values({ item_type: a.itemType, recommendation_id: a.recommendationId, benchmark_id: a.benchmarkId, item_key: a.itemKey, institution_id: a.institutionId, role: a.role })
    .returning(columns)
    .executeTakeFirstOrThrow();
  return toRow(row);
}

export async function listAssignments(db: Kysely<DB>, f: { institutionId?: string | undefined; benchmarkId?: string | undefined; recommendationId?: string | undefined }): Promise<AssignmentRow[]> {
  let q = db.selectFrom('assignments').select(columns);
  if (f.institutionId) q = q.where('institution_id', '=', f.institutionId);
  if (f.benchmarkId) q = q.where('benchmark_id', '=', f.benchmarkId);
  if (f.recommendationId) q = q.where('recommendation_id', '=', f.recommendationId);
  return (await q.orderBy('created_at').execute()).map(toRow);
}

/** The institutions assigned to any of these items (for focal-point permissions). */
export async function institutionsAssignedTo(db: Kysely<DB>, items: { benchmarkIds?: readonly string[]; recommendationIds?: readonly string[]; itemKeys?: readonly string[] }): Promise<string[]> {
  const b = items.benchmarkIds ?? [];
  const r = items.recommendationIds ?? [];
  const k = items.itemKeys ?? [];
  if (b.length + r.length + k.length === 0) return [];
  const rows = await db
    .selectFrom('assignments')
    .select('institution_id')
    .distinct()
    .where((eb) =>
      eb.or([
        ...(b.length ? [eb('benchmark_id', 'in', b)] : []),
        ...(r.length ? [eb('recommendation_id', 'in', r)] : []),
        ...(k.length ? [eb('item_key', 'in', k)] : []),
      ]),
    )
    .execute();
  return rows.map((row) => row.institution_id);
}
