// Optimistic concurrency: every editable record carries a version; a write that names an
// older one is refused with the current record, so the writer can merge and retry.
import { AppError } from '../errors.ts';

/** Throws `not-found` when `current` is null, else `conflict` carrying the current version and record. */
export function staleVersion(entity: string, id: string, sent: number, current: ({ version: number } & object) | null): never {
  if (!current) throw new AppError('not-found', `no ${entity} ${id}`);
  throw new AppError('conflict', `this ${entity} was changed by someone else (you sent version ${sent}; it is now version ${current.version}); reload it and apply your change again`, {
    place: { field: 'version' },
    details: { currentVersion: current.version, current },
  });
}

/** Throws `not-found` naming the entity when `row` is null; returns it otherwise. */
export function found<T>(row: T | null | undefined, entity: string, id: string): T {
  if (row === null || row === undefined) throw new AppError('not-found', `no ${entity} ${id}`);
  return row;
}
