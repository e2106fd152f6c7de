// `landmark remind` mails each user's new reminders in their language and, with
// LANDMARK_PUBLIC_URL set, links each reminder and the list of them all.
import { afterAll, describe, expect, it } from 'vitest';
import { addDays, today } from '../server/presenters/action.presenter.ts';
import { systemActor } from '../server/services/actor.ts';
import { createAction } from '../server/services/create-action.ts';
import { setLanguageOf } from '../server/services/set-user-language.ts';
import { buildInstitution, buildUser } from './factories.ts';
import { freshStore, run } from './process.ts';
import { mailHeader, mailText, startSmtpServer } from './smtp.ts';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

describe('landmark remind', () => {
  it('mails the reminders with their links under LANDMARK_PUBLIC_URL', async () => {
    const smtp = await startSmtpServer();
    cleanups.push(() => smtp.close());
    const store = await freshStore(cleanups);
    const database = await store.open();
    const { actionId, email } = await (async () => {
      try {
        const ministry = (await buildInstitution(database.db, 'Ministerio de Justicia')).id;
        const focal = await buildUser(database.db, 'focal-point', { institutionId: ministry });
        await setLanguageOf(database.db, systemActor('test'), focal.email, 'es');
        const action = await createAction(database.db, systemActor('test'), { title: 'Ley de acceso a la información', description: '', institutionId: ministry, startsOn: null, dueOn: addDays(today(), 7), status: 'planned', budget: null, currency: null, recommendationIds: [] });
        return { actionId: action.id, email: focal.email };
      } finally {
        await database.close();
      }
    })();
    const result = await run(['remind'], { ...store.env, SMTP_URL: smtp.url, LANDMARK_PUBLIC_URL: 'https://landmark.example.org/' });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('1 mails sent');
    const mail = smtp.mails.find((m) => m.to.includes(email));
    expect(mail && mailHeader(mail, 'subject')).toBe('Landmark: 1 recordatorio');
    expect(mailText(mail!).trim().split(/\r?\n/)).toEqual([
      expect.stringMatching(new RegExp(`^- La acción «Ley de acceso a la información» vence el .+: https://landmark\\.example\\.org/actions/${actionId}$`)) as unknown,
      '',
      'Todos sus recordatorios: https://landmark.example.org/notifications',
    ]);
  }, 120_000);
});
