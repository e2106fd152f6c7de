// `landmark user add` and `landmark user reset-password`.
import { ROLES, type Role } from '../contracts/enums.ts';
import { AppError } from '../server/errors.ts';
import { createMailer } from '../server/mail/mailer.ts';
import { systemActor } from '../server/services/actor.ts';
import { addUser } from '../server/services/add-user.ts';
import { requestPasswordReset } from '../server/services/request-password-reset.ts';
import { flag, readAll, requireOpt, stringOpt, write, type Command } from './command.ts';
import { withCliDatabase } from './database.ts';

function parseRole(value: string): Role {
  const role = ROLES.find((r) => r === value);
  if (!role) throw new AppError('bad-input', `unknown --role "${value}"; one of: ${ROLES.join(', ')}`);
  return role;
}

export const userCommand: Command = {
  name: 'user',
  summary: 'Add accounts and reset passwords',
  usage: [
    'Usage: landmark user add --email E --role R [--org O] [--institution I] [--name N] --password-stdin',
    '       landmark user reset-password --email E',
    '',
    `  --role R           one of ${ROLES.join(', ')}`,
    '  --org O            the organisation (by name; created when unknown)',
    '  --institution I    the institution of a focal point (by name; created when unknown)',
    '  --password-stdin   read the password from standard input (first line)',
    '',
    'reset-password prints a one-time code valid for an hour, or mails it when SMTP_URL is set.',
  ].join('\n'),
  options: {
    email: { type: 'string' },
    role: { type: 'string' },
    org: { type: 'string' },
    institution: { type: 'string' },
    name: { type: 'string' },
    'password-stdin': { type: 'boolean' },
  },
  async run(args, io) {
    const [verb, ...extra] = args.positionals;
    if (extra.length > 0) throw new AppError('bad-input', `unexpected ${extra.join(' ')}`);
    const email = requireOpt(args, 'email');
    switch (verb ?? '') {
      case 'add': {
        const role = parseRole(requireOpt(args, 'role'));
        if (!flag(args, 'password-stdin')) throw new AppError('bad-input', 'give the password on standard input with --password-stdin');
        const password = (await readAll(io.stdin)).split(/\r?\n/)[0] ?? '';
        const { id } = await withCliDatabase('user', (db) =>
          addUser(db, systemActor('cli'), { email, role, password, name: stringOpt(args, 'name'), organisationName: stringOpt(args, 'org'), institutionName: stringOpt(args, 'institution') }),
        );
        write(io.stdout, `added ${email.trim().toLowerCase()} (${role}), id ${id}`);
        return 0;
      }
      case 'reset-password': {
        const result = await withCliDatabase('user', (db, config) =>
          requestPasswordReset(db, systemActor('cli'), { email, mailer: createMailer(config.smtpUrl), publicUrl: config.publicUrl }),
        );
        write(io.stdout, result.mailed ? `mailed a one-time reset code to ${email}` : `one-time reset code for ${email} (valid for one hour):\n${result.token ?? ''}`);
        return 0;
      }
      default:
        throw new AppError('bad-input', `say "user add" or "user reset-password"${verb ? `, not "${verb}"` : ''}`);
    }
  },
};
