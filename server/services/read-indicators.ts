// Reading indicators with their values over time (signed-in readers).
import type { Db } from '../db/handle.ts';
import { requirePermission } from '../policies/require.ts';
import { findIndicatorById, listIndicators, type IndicatorRow } from '../repositories/indicator.repository.ts';
import type { Actor } from './actor.ts';
import { found } from './stale-version.ts';

export async function readIndicators(db: Db, actor: Actor, filter: { benchmarkId?: string | undefined }): Promise<IndicatorRow[]> {
  requirePermission(actor, 'internal.read');
  return listIndicators(db, filter);
}

export async function readIndicator(db: Db, actor: Actor, id: string): Promise<IndicatorRow> {
  requirePermission(actor, 'internal.read');
  return found(await findIndicatorById(db, id), 'indicator', id);
}
