// `landmark user add`, `reset-password`, `set-language`, `disable` and `enable`.
import { ROLES, type Role } from '../contracts/enums.ts';
import { asLanguage, LANGUAGES, type Language } from '../contracts/languages.ts';
import { AppError } from '../server/errors.ts';
import { createMailer } from '../server/mail/mailer.ts';
import { systemActor } from '../server/services/actor.ts';
import { addUser } from '../server/services/add-user.ts';
import { requestPasswordReset } from '../server/services/request-password-reset.ts';
import { setLanguageOf } from '../server/services/set-user-language.ts';
import { setDisabledByEmail } from '../server/services/update-user.ts';
import { flag, readAll, requireOpt, stringOpt, write, type Command } from './command.ts';
import { withCliDatabase } from './database.ts';

function parseRole(value: string): Role {
  const role = ROLES.find((r) => r === value);
  if (!role) throw new AppError('bad-input', `unknown --role "${value}"; one of: ${ROLES.join(', ')}`);
  return role;
}

function parseLanguage(value: string): Language {
  const language = asLanguage(value);
  if (!language) throw new AppError('bad-input', `unknown --language "${value}"; one of: ${LANGUAGES.join(', ')}`);
  return language;
}

export const userCommand: Command = {
  name: 'user',
  summary: 'Add, disable and enable accounts, reset passwords, set the language of reminder mails',
  usage: [
    'Usage: landmark user add --email E --role R [--org O] [--institution I] [--name N] [--language L] --password-stdin',
    '       landmark user reset-password --email E',
    '       landmark user set-language --email E --language L',
    '       landmark user disable|enable --email E',
    '',
    `  --role R           one of ${ROLES.join(', ')}`,
    `  --language L       the user's language (web app and reminder mails): ${LANGUAGES.join(', ')}; add defaults to en`,
    '  --org O            the organisation (by name; created when unknown)',
    '  --institution I    the institution of a focal point (by name; created when unknown)',
    '  --password-stdin   read the password from standard input (first line)',
    '',
    'reset-password prints a one-time code valid for an hour, or mails it when SMTP_URL is set.',
    'disable ends the account\'s sessions; the last active admin cannot be disabled.',
  ].join('\n'),
  options: {
    email: { type: 'string' },
    role: { type: 'string' },
    org: { type: 'string' },
    institution: { type: 'string' },
    name: { type: 'string' },
    language: { type: 'string' },
    'password-stdin': { type: 'boolean' },
  },
  async run(args, io) {
    const [verb, ...extra] = args.positionals;
    if (extra.length > 0) throw new AppError('bad-input', `unexpected ${extra.join(' ')}`);
    const email = requireOpt(args, 'email');
    switch (verb ?? '') {
      case 'add': {
        const role = parseRole(requireOpt(args, 'role'));
        const language = stringOpt(args, 'language');
        if (!flag(args, 'password-stdin')) throw new AppError('bad-input', 'give the password on standard input with --password-stdin');
        const password = (await readAll(io.stdin)).split(/\r?\n/)[0] ?? '';
        const { id } = await withCliDatabase('user', (db) =>
          addUser(db, systemActor('cli'), { email, role, password, name: stringOpt(args, 'name'), organisationName: stringOpt(args, 'org'), institutionName: stringOpt(args, 'institution'), language: language === undefined ? undefined : parseLanguage(language) }),
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
      case 'set-language': {
        const language = parseLanguage(requireOpt(args, 'language'));
        await withCliDatabase('user', (db) => setLanguageOf(db, systemActor('cli'), email, language));
        write(io.stdout, `${email.trim().toLowerCase()} now reads Landmark in ${language}`);
        return 0;
      }
      case 'disable':
      case 'enable': {
        const user = await withCliDatabase('user', (db) => setDisabledByEmail(db, systemActor('cli'), email, verb === 'disable'));
        write(io.stdout, `${user.email} is ${user.disabled ? 'disabled' : 'enabled'}`);
        return 0;
      }
      default:
        throw new AppError('bad-input', `say "user add", "user reset-password", "user set-language", "user disable" or "user enable"${verb ? `, not "${verb}"` : ''}`);
    }
  },
};
