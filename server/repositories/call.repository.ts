// Calls for input on chosen benchmarks, and the submissions they receive.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { SubmissionState } from '../../contracts/tracking.ts';

export interface CallRow {
  id: string;
  title: string;
  description: string;
  deadline: Date;
  status: 'open' | 'closed';
  benchmarkIds: string[];
  version: number;
}

const callColumns = ['id', 'title', 'description', 'deadline', 'status', 'version'] as const;

async function withBenchmarks(db: Kysely<DB>, rows: readonly (Omit<CallRow, 'benchmarkIds' | 'status'> & { status: string })[]): Promise<CallRow[]> {
  if (rows.length === 0) return [];
  const links = await db.selectFrom('call_benchmarks').select(['call_id', 'benchmark_id']).where('call_id', 'in', rows.map((r) => r.id)).execute();
  return rows.map((r) => ({ ...r, status: r.status as CallRow['status'], benchmarkIds: links.filter((l) => l.call_id === r.id).map((l) => l.benchmark_id) }));
}

export async function insertCall(db: Kysely<DB>, c: { title: string; description: string; deadline: Date; benchmarkIds: readonly string[] }, createdBy: string | null): Promise<CallRow> {
  const row = await db.insertInto('calls_for_input').values({ title: c.title, description: c.description, deadline: c.deadline, created_by: createdBy }).returning('id').executeTakeFirstOrThrow();
  const ids = [...new Set(c.benchmarkIds)];
  if (ids.length) await db.insertInto('call_benchmarks').values(ids.map((benchmark_id) => ({ call_id: row.id, benchmark_id }))).execute();
  return (await findCallById(db, row.id))!;
}

export async function findCallById(db: Kysely<DB>, id: string): Promise<CallRow | null> {
  const row = await db.selectFrom('calls_for_input').select(callColumns).where('id', '=', id).executeTakeFirst();
  return row ? ((await withBenchmarks(db, [row]))[0] ?? null) : null;
}

export async function listCalls(db: Kysely<DB>, f: { status?: CallRow['status'] | undefined; deadlineBefore?: Date | undefined }): Promise<CallRow[]> {
  let q = db.selectFrom('calls_for_input').select(callColumns);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.deadlineBefore) q = q.where('deadline', '<=', f.deadlineBefore);
  return withBenchmarks(db, await q.orderBy('deadline', 'desc').execute());
}

/** Closes when `version` is current; null when stale. */
export async function setCallStatus(db: Kysely<DB>, id: string, version: number, status: CallRow['status']): Promise<CallRow | null> {
  const row = await db
    .updateTable('calls_for_input')
    .set((eb) => ({ status, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('id')
    .executeTakeFirst();
  return row ? findCallById(db, id) : null;
}

export interface SubmissionRow {
  id: string;
  callId: string;
  organisationId: string | null;
  submitterName: string;
  submitterEmail: string;
  identityConfidential: boolean;
  text: string;
  state: SubmissionState;
  createdAt: Date;
}

const submissionColumns = [
  'id',
  'call_id as callId',
  'organisation_id as organisationId',
  'submitter_name as submitterName',
  'submitter_email as submitterEmail',
  'identity_confidential as identityConfidential',
  'text',
  'state',
  'created_at as createdAt',
] as const;

type RawSubmission = Omit<SubmissionRow, 'state'> & { state: string };
const toSubmission = (r: RawSubmission): SubmissionRow => ({ ...r, state: r.state as SubmissionState });

export interface NewSubmission {
  callId: string;
  organisationId: string | null;
  submitterName: string;
  submitterEmail: string;
  identityConfidential: boolean;
  text: string;
}

export async function insertSubmission(db: Kysely<DB>, s: NewSubmission, createdBy: string | null): Promise<SubmissionRow> {
  const row = await db
    .insertInto('submissions')
    .values({
      call_id: s.callId,
      organisation_id: s.organisationId,
      submitter_name: s.submitterName,
      submitter_email: s.submitterEmail,
      identity_confidential: s.identityConfidential,
      text: s.text,
      created_by: createdBy,
    })
    .returning(submissionColumns)
    .executeTakeFirstOrThrow();
  return toSubmission(row);
}

export async function findSubmissionById(db: Kysely<DB>, id: string): Promise<SubmissionRow | null> {
  const row = await db.selectFrom('submissions').select(submissionColumns).where('id', '=', id).executeTakeFirst();
  return row ? toSubmission(row) : null;
}

export async function listSubmissions(db: Kysely<DB>, callId: string, states: readonly SubmissionState[]): Promise<SubmissionRow[]> {
  if (states.length === 0) return [];
  const rows = await db.selectFrom('submissions').select(submissionColumns).where('call_id', '=', callId).where('state', 'in', states).orderBy('created_at').execute();
  return rows.map(toSubmission);
}

/** Moderation: moves a pending submission to `state`; false when it was not pending. */
export async function decidePendingSubmission(db: Kysely<DB>, id: string, state: 'approved' | 'rejected', moderatedBy: string | null): Promise<boolean> {
  const r = await db
    .updateTable('submissions')
    .set({ state, moderated_by: moderatedBy, moderated_at: new Date() })
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
