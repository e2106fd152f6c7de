// The backup file: one JSON document, written so that the same data always gives the same
// bytes: tables by name, rows by primary key, object keys sorted, one row a line.
import { z } from 'zod';
import { AppError } from '../errors.ts';

export const BACKUP_FORMAT = 'landmark-backup';
export const BACKUP_VERSION = 1;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** JSON with object keys sorted (code-point order) at every depth, no white space. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The opening of a backup file, up to the first table. */
export function header(format: string, migrations: readonly string[]): string {
  return `{"format":${JSON.stringify(format)},"migrations":${canonicalJson(migrations)},"version":${BACKUP_VERSION},"tables":{\n`;
}

/** One table's entry: its name and its rows, one a line. */
export function tableEntry(name: string, rows: readonly unknown[], first: boolean): string {
  const body = rows.length === 0 ? '[]' : `[\n${rows.map(canonicalJson).join(',\n')}\n]`;
  return `${first ? '' : ',\n'}${JSON.stringify(name)}:${body}`;
}

export const FOOTER = '\n}}\n';

const backupSchema = z.object({
  format: z.string(),
  version: z.number(),
  migrations: z.array(z.string()),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type BackupFile = z.infer<typeof backupSchema>;

/** Parses a backup file. Throws bad-input naming what is wrong. */
export function parseBackup(text: string, name: string): BackupFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new AppError('bad-input', `${name}: not JSON (${(err as Error).message})`, { place: { file: name } });
  }
  const parsed = backupSchema.safeParse(value);
  if (!parsed.success) throw new AppError('bad-input', `${name}: not a Landmark backup (${parsed.error.issues[0]?.message ?? 'invalid'})`, { place: { file: name } });
  if (parsed.data.format !== BACKUP_FORMAT) {
    throw new AppError('bad-input', `${name}: this is "${parsed.data.format}", not a full backup; only \`landmark export --format json\` (without --public) can be restored`, { place: { file: name } });
  }
  if (parsed.data.version !== BACKUP_VERSION) throw new AppError('bad-input', `${name}: backup version ${parsed.data.version}; this Landmark reads version ${BACKUP_VERSION}`);
  return parsed.data;
}
