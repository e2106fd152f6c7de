import type { Kysely } from 'kysely';
import type { DB, Json } from '../db/schema.ts';

export interface AuditEntry {
  actorId: string | null;
  actorLabel: string;
  action: string;
  entity: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

function toJson(value: unknown): Json | null {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as Json);
}

/** Writes one audit event; call it inside the transaction of the change it records. */
export async function insertAuditEvent(db: Kysely<DB>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      actor_id: entry.actorId,
      actor_label: entry.actorLabel,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      before: toJson(entry.before),
      after: toJson(entry.after),
    })
    .execute();
}

export interface AuditEventRow {
  id: number;
  at: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entity: string;
  entityId: string | null;
  before: Json | null;
  after: Json | null;
}

export interface AuditFilter {
  entity?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  actorId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  limit: number;
  /** Events with an id below this one (paging backwards in time). */
  beforeId?: number | undefined;
}

/** Newest first. */
export async function listAuditEvents(db: Kysely<DB>, f: AuditFilter): Promise<AuditEventRow[]> {
  let q = db
    .selectFrom('audit_events')
    .select(['id', 'at', 'actor_id as actorId', 'actor_label as actorLabel', 'action', 'entity', 'entity_id as entityId', 'before', 'after']);
  if (f.entity) q = q.where('entity', '=', f.entity);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.actorId) q = q.where('actor_id', '=', f.actorId);
  if (f.from) q = q.where('at', '>=', f.from);
  if (f.to) q = q.where('at', '<', f.to);
  if (f.beforeId !== undefined) q = q.where('id', '<', f.beforeId);
  const rows = await q.orderBy('id', 'desc').limit(f.limit).execute();
  return rows;
}
