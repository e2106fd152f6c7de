// Actions: what an institution will do by when, linked to the recommendations it answers.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { ActionStatus } from '../../contracts/tracking.ts';

export interface ActionFields {
  title: string;
  description: string;
  institutionId: string;
  startsOn: string | null;
  dueOn: string | null;
  status: ActionStatus;
  budget: number | null;
  currency: string | null;
}

export interface ActionRow extends ActionFields {
  id: string;
  recommendationIds: string[];
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

const columns = [
  'id',
  'title',
  'description',
  'institution_id as institutionId',
  'starts_on as startsOn',
  'due_on as dueOn',
  'status',
  'budget',
  'currency',
  'created_at as createdAt',
  'updated_at as updatedAt',
  'version',
] as const;

function toColumns(a: Partial<ActionFields>) {
  return {
    title: a.title,
    description: a.description,
    institution_id: a.institutionId,
    starts_on: a.startsOn,
    due_on: a.dueOn,
    status: a.status,
    budget: a.budget,
    currency: a.currency,
  };
}

async function withLinks(db: Kysely<DB>, rows: readonly (Omit<ActionRow, 'recommendationIds' | 'status'> & { status: string })[]): Promise<ActionRow[]> {
  if (rows.length === 0) return [];
  const links = await db.selectFrom('action_recommendations').select(['action_id', 'recommendation_id']).where('action_id', 'in', rows.map((r) => r.id)).execute();
  return rows.map((r) => ({
    ...r,
    status: r.status as ActionStatus,
    recommendationIds: links.filter((l) => l.action_id === r.id).map((l) => l.recommendation_id),
  }));
}

async function replaceLinks(db: Kysely<DB>, actionId: string, recommendationIds: readonly string[]): Promise<void> {
  await db.deleteFrom('action_recommendations').where('action_id', '=', actionId).execute();
  if (recommendationIds.length === 0) return;
  await db
    .insertInto('action_recommendations')
    .values([...new Set(recommendationIds)].map((recommendation_id) => ({ action_id: actionId, recommendation_id })))
    .execute();
}

export async function insertAction(db: Kysely<DB>, a: ActionFields, recommendationIds: readonly string[], createdBy: string | null): Promise<ActionRow> {
  const row = await db.insertInto('actions').values({ ...toColumns(a), title: a.title, institution_id: a.institutionId, created_by: createdBy }).returning('id').executeTakeFirstOrThrow();
  await replaceLinks(db, row.id, recommendationIds);
  return (await findActionById(db, row.id))!;
}

export async function findActionById(db: Kysely<DB>, id: string): Promise<ActionRow | null> {
  const row = await db.selectFrom('actions').select(columns).where('id', '=', id).executeTakeFirst();
  return row ? ((await withLinks(db, [row]))[0] ?? null) : null;
}

export interface ActionFilter {
  institutionId?: string | undefined;
  status?: ActionStatus | undefined;
  recommendationId?: string | undefined;
  /** Not completed and due on or before this date. */
  dueBy?: string | undefined;
}

export async function listActions(db: Kysely<DB>, f: ActionFilter): Promise<ActionRow[]> {
  let q = db.selectFrom('actions').select(columns);
  if (f.institutionId) q = q.where('institution_id', '=', f.institutionId);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.recommendationId) {
    const rid = f.recommendationId;
    q = q.where('id', 'in', (eb) => eb.selectFrom('action_recommendations').select('action_id').where('recommendation_id', '=', rid));
  }
  if (f.dueBy) q = q.where('due_on', '<=', f.dueBy).where('status', '<>', 'completed');
  return withLinks(db, await q.orderBy('due_on').orderBy('title').execute());
}

/** Updates when `version` is current; returns the new row, or null when the version is stale. */
export async function updateAction(db: Kysely<DB>, id: string, version: number, patch: Partial<ActionFields>, recommendationIds: readonly string[] | undefined): Promise<ActionRow | null> {
  const updated = await db
    .updateTable('actions')
    .set((eb) => ({ ...toColumns(patch), updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  if (!updated) return null;
  if (recommendationIds) await replaceLinks(db, id, recommendationIds);
  return findActionById(db, id);
}
