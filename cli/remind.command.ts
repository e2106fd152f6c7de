// `landmark remind`: recompute everyone's reminders and mail them when SMTP_URL is set
// (run it daily from cron or a systemd timer).
import { createMailer } from '../server/mail/mailer.ts';
import { systemActor } from '../server/services/actor.ts';
import { refreshNotifications } from '../server/services/refresh-notifications.ts';
import { write, type Command } from './command.ts';
import { withCliDatabase } from './database.ts';

export const remindCommand: Command = {
  name: 'remind',
  summary: 'Refresh reminders (actions due, call deadlines, assessments due); mail them when SMTP_URL is set',
  usage: 'Usage: landmark remind',
  options: {},
  async run(_args, io) {
    const result = await withCliDatabase('remind', (db, config) => refreshNotifications(db, systemActor('cli'), { mailer: createMailer(config.smtpUrl), publicUrl: config.publicUrl }));
    write(io.stdout, `${result.notifications} reminders current, ${result.mailed} mails sent`);
    return 0;
  },
};
