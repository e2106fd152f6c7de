// Calls for input are public (anyone may answer them); their submissions are not.
import type { Db } from '../db/handle.ts';
import { findCallById, listCalls, type CallRow } from '../repositories/call.repository.ts';
import { found } from './stale-version.ts';

export async function readCalls(db: Db, filter: { status?: CallRow['status'] | undefined }): Promise<CallRow[]> {
  return listCalls(db, filter);
}

export async function readCall(db: Db, id: string): Promise<CallRow> {
  return found(await findCallById(db, id), 'call for input', id);
}
