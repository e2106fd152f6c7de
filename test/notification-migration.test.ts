// Migration 2026-11-27-0301 moves data: the English sentences notifications stored before
// become their kind's params, so old reminders still read in every language; a sentence it
// cannot read is dropped (the next refresh recreates what still applies). Down restores them.
import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationSentence } from '../contracts/notifications.ts';
import { migrateToLatest, MIGRATIONS } from '../server/db/migrate.ts';
import { listNotificationsOfUser } from '../server/repositories/notification.repository.ts';
import { createTestDb, type TestDb } from './db.ts';

const OLD_TEXTS: Record<string, [kind: string, text: string]> = {
  '/actions/1': ['action-due', 'Action "Adopt the "access to information" law" is due on 2026-12-07'],
  '/actions/2': ['action-overdue', 'Action "Gender budget review" is overdue (it was due on 2026-03-01)'],
  '/calls/1': ['call-deadline', 'The call for input "Input on elections" closes on 2027-01-15'],
  '/periods/1': ['assessments-due', '1 benchmark of Special Rapporteur has no assessment yet for the period 2025 (it ends on 2026-06-30)'],
  '/periods/2': ['assessments-due', '12 benchmarks of UN Human Rights Office of Cambodia have no assessment yet for the period 2025-2026 (mid-term) (it ends on 2026-06-30)'],
  '/elsewhere': ['action-due', 'Something Landmark never wrote'],
};

const MIGRATION = '2026-11-27-0301-notification-subjects';
const names = Object.keys(MIGRATIONS).sort();
const PREVIOUS = names[names.indexOf(MIGRATION) - 1]!;

describe(`migration ${MIGRATION}`, () => {
  let t: TestDb;
  let userId = '';
  const migrator = () => new Migrator({ db: t.db, provider: { getMigrations: () => Promise.resolve(MIGRATIONS) } });

  beforeAll(async () => {
    t = await createTestDb({ migrate: false });
    const to = await migrator().migrateTo(PREVIOUS);
    expect(to.error).toBeUndefined();
    const user = await sql<{ id: string }>`insert into users (email, password_hash, role, language) values ('old@example.org', 'x', 'coordinator', 'xx') returning id`.execute(t.db);
    userId = user.rows[0]!.id;
    for (const [link, [kind, text]] of Object.entries(OLD_TEXTS)) {
      await sql`insert into notifications (user_id, kind, text, link) values (${userId}, ${kind}, ${text}, ${link})`.execute(t.db);
    }
    await migrateToLatest(t.db);
  });
  afterAll(async () => t.close());

  it('turns every sentence Landmark wrote into its kind and params, and drops the rest', async () => {
    const rows = await listNotificationsOfUser(t.db, userId, false);
    const byLink = Object.fromEntries(rows.map((r) => [r.link, r.subject]));
    expect(byLink).toEqual({
      '/actions/1': { kind: 'action-due', params: { title: 'Adopt the "access to information" law', dueOn: '2026-12-07' } },
      '/actions/2': { kind: 'action-overdue', params: { title: 'Gender budget review', dueOn: '2026-03-01' } },
      '/calls/1': { kind: 'call-deadline', params: { title: 'Input on elections', closesOn: '2027-01-15' } },
      '/periods/1': { kind: 'assessments-due', params: { count: 1, monitor: 'Special Rapporteur', period: '2025', endsOn: '2026-06-30' } },
      '/periods/2': { kind: 'assessments-due', params: { count: 12, monitor: 'UN Human Rights Office of Cambodia', period: '2025-2026 (mid-term)', endsOn: '2026-06-30' } },
    });
    expect(notificationSentence('km', byLink['/actions/2']!)).toBe('សកម្មភាព “Gender budget review” ហួសកាលកំណត់ហើយ (កាលកំណត់គឺថ្ងៃទី 1 មីនា 2026)');
  });

  it('gives a user with an unknown language English, and refuses unknown languages and kinds from now on', async () => {
    const user = await sql<{ language: string }>`select language from users where id = ${userId}`.execute(t.db);
    expect(user.rows[0]!.language).toBe('en');
    await expect(sql`update users set language = 'de' where id = ${userId}`.execute(t.db)).rejects.toThrow(/users_language/);
    await expect(sql`insert into notifications (user_id, kind, params, link) values (${userId}, 'other', '{}', '/x')`.execute(t.db)).rejects.toThrow(/notifications_kind/);
  });

  it('writes the English sentences back when migrated down', async () => {
    const down = await migrator().migrateTo(PREVIOUS);
    expect(down.error).toBeUndefined();
    const rows = await sql<{ link: string; text: string }>`select link, text from notifications order by link`.execute(t.db);
    const kept = Object.fromEntries(Object.entries(OLD_TEXTS).filter(([link]) => link !== '/elsewhere').map(([link, [, text]]) => [link, text]));
    expect(Object.fromEntries(rows.rows.map((r) => [r.link, r.text]))).toEqual(kept);
    await migrateToLatest(t.db);
  });
});
