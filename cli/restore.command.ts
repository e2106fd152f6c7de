import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { loadConfig } from '../server/config.ts';
import { AppError } from '../server/errors.ts';
import { systemActor } from '../server/services/actor.ts';
import { parseBackup } from '../server/services/backup-format.ts';
import { write, type Command } from './command.ts';

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Restore a full backup (landmark export --format json) into an empty instance',
  usage: [
    'Usage: landmark restore FILE',
    '',
    'Restores every table in one transaction. The instance must be empty (a new data folder or',
    'an empty database; the reference scales and taxonomies loaded at start do not count) and',
    'at the same migrations as the backup; otherwise nothing is changed.',
  ].join('\n'),
  options: {},
  async run(args, io) {
    const [path, ...extra] = args.positionals;
    if (path === undefined || extra.length > 0) throw new AppError('bad-input', 'give exactly one FILE');
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      throw new AppError('not-found', `${path}: no such file`);
    }
    const backup = parseBackup(text, basename(path));
    const config = loadConfig();
    const [{ openDatabase }, { restoreBackup }] = await Promise.all([import('../server/db/connect.ts'), import('../server/services/restore-backup.ts')]);
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, command: 'restore' });
    try {
      const counts = await restoreBackup(database.db, systemActor('cli'), backup, (name, rows) => {
        if (rows > 0) write(io.stderr, `restore: ${name} ${rows}`);
      });
      write(io.stderr, `restore: ${counts.rows} rows into ${counts.tables} tables`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
