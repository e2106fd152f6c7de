// `landmark period add`: a reporting period of a monitor.
import { AppError } from '../server/errors.ts';
import { systemActor } from '../server/services/actor.ts';
import { addPeriod } from '../server/services/add-period.ts';
import { requireOpt, write, type Command } from './command.ts';
import { withCliDatabase } from './database.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function dateOpt(value: string, name: string): string {
  if (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw new AppError('bad-input', `--${name}: "${value}" is not a date (YYYY-MM-DD)`);
  return value;
}

export const periodCommand: Command = {
  name: 'period',
  summary: 'Add a reporting period to a monitor',
  usage: [
    'Usage: landmark period add --label L --from YYYY-MM-DD --to YYYY-MM-DD --monitor NAME',
    '',
    '  --monitor NAME   the monitoring organisation (created when unknown)',
  ].join('\n'),
  options: { label: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, monitor: { type: 'string' } },
  async run(args, io) {
    if (args.positionals.join(' ') !== 'add') throw new AppError('bad-input', 'say "period add"');
    const input = {
      label: requireOpt(args, 'label'),
      startsOn: dateOpt(requireOpt(args, 'from'), 'from'),
      endsOn: dateOpt(requireOpt(args, 'to'), 'to'),
      monitorName: requireOpt(args, 'monitor'),
    };
    const period = await withCliDatabase('period', (db) => addPeriod(db, systemActor('cli'), input));
    write(io.stdout, `added period ${period.label} (${period.startsOn} to ${period.endsOn}) of ${period.monitorName}, id ${period.id}`);
    return 0;
  },
};
