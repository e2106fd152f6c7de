import { resolve } from 'node:path';
import { AppError } from '../server/errors.ts';
import { loadConfig } from '../server/config.ts';
import { systemActor } from '../server/services/actor.ts';
import { flag, write, type Command } from './command.ts';

export const taxonomyCommand: Command = {
  name: 'taxonomy',
  summary: 'Load the reference taxonomies (SDG, UHRI themes and affected persons, UPR Info issues) and the States\' names in French and Spanish',
  usage: [
    'Usage: landmark taxonomy import DIR [--json]',
    '',
    '  DIR      the folder of the lists (sdg-goals.csv, sdg-targets.csv, sdg-indicators.csv,',
    '           uhri-themes.csv, uhri-affected-persons.csv, un-m49-countries.csv),',
    '           e.g. ../shared/data/taxonomies',
    '  --json   print the outcome as JSON',
    '',
    'un-m49-countries.csv gives each State its ISO alpha-2 code and its UN short name in',
    'French and Spanish, which the API shows to readers of those languages.',
    '',
    'Idempotent: a second run updates the labels in place. The server does the same at its',
    'start when ../shared/data/taxonomies exists and something in it is not loaded yet.',
  ].join('\n'),
  options: { json: { type: 'boolean' } },
  async run(args, io) {
    const [verb, dir, ...rest] = args.positionals;
    if (verb !== 'import') throw new AppError('bad-input', `unknown taxonomy command "${verb ?? ''}"; try \`landmark taxonomy import DIR\``);
    if (dir === undefined || rest.length > 0) throw new AppError('bad-input', 'give exactly one DIR');
    const config = loadConfig();
    const [{ openDatabase }, { importTaxonomies }] = await Promise.all([import('../server/db/connect.ts'), import('../server/services/import-taxonomies.ts')]);
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, command: 'taxonomy' });
    try {
      const outcome = await importTaxonomies(database.db, systemActor('cli'), resolve(dir));
      if (flag(args, 'json')) write(io.stdout, JSON.stringify(outcome, null, 2));
      else {
        const per = Object.entries(outcome.terms).map(([t, n]) => `${t} ${n}`).join(', ');
        write(io.stdout, `${outcome.dir}: ${per} terms (${outcome.added} new), ${outcome.states} States named`);
      }
      return 0;
    } finally {
      await database.close();
    }
  },
};
