// `landmark export`: a full backup of every table (`--format json`, for `landmark restore`),
// or with `--public` the published, non-confidential record as JSON or CSV.
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { AppError } from '../server/errors.ts';
import { systemActor } from '../server/services/actor.ts';
import { exportBackup } from '../server/services/export-backup.ts';
import { EXPORT_FORMATS, exportPublicRecord, type ExportFormat } from '../server/services/export-public-record.ts';
import { flag, requireOpt, stringOpt, write, type Command } from './command.ts';
import { withCliDatabase } from './database.ts';

export const exportCommand: Command = {
  name: 'export',
  summary: 'Back up every table as JSON, or write the public record (published, non-confidential data)',
  usage: [
    'Usage: landmark export [--format json] --out FILE',
    '       landmark export --public --format json|csv --out FILE',
    '',
    '  --format json   (the default) without --public: a full backup of every table, for `landmark restore`;',
    '                  rows by primary key, keys sorted, bytea as base64, so that the same data',
    '                  gives the same bytes',
    '  --public        only what the public may see: periods, benchmarks, published',
    '                  recommendations and assessments without confidential evidence',
    '  --out FILE      where to write; its path is printed',
  ].join('\n'),
  options: { public: { type: 'boolean' }, format: { type: 'string' }, out: { type: 'string' } },
  async run(args, io) {
    if (args.positionals.length > 0) throw new AppError('bad-input', `unexpected ${args.positionals.join(' ')}`);
    const value = stringOpt(args, 'format') ?? 'json';
    const format: ExportFormat | undefined = EXPORT_FORMATS.find((f) => f === value);
    if (!format) throw new AppError('bad-input', `unknown --format "${value}"; one of: ${EXPORT_FORMATS.join(', ')}`);
    const publicOnly = flag(args, 'public');
    if (!publicOnly && format !== 'json') throw new AppError('bad-input', 'a full backup is JSON only; say --public for the CSV of the public record');
    const out = resolve(requireOpt(args, 'out'));
    if (publicOnly) {
      const text = await withCliDatabase('export', (db) => exportPublicRecord(db, format));
      await writeFile(out, text);
      write(io.stderr, `wrote ${out} (${Buffer.byteLength(text)} bytes)`);
    } else {
      const stream = createWriteStream(out);
      const sink = async (chunk: string): Promise<void> => {
        if (!stream.write(chunk)) await once(stream, 'drain');
      };
      const counts = await withCliDatabase('export', (db) => exportBackup(db, systemActor('cli'), sink));
      stream.end();
      await once(stream, 'finish');
      write(io.stderr, `export: ${counts.rows} rows of ${counts.tables} tables`);
    }
    write(io.stdout, out);
    return 0;
  },
};
