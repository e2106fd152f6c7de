// Accounts: password reset by a mailed one-time code, login lockout and rate limit.
// Reminders: actions due or overdue, call deadlines and assessments due, listed per user
// and mailed, in each user's language, through a local SMTP server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, today } from '../server/presenters/action.presenter.ts';
import { LOCKOUT, RATE_LIMIT } from '../server/services/login.ts';
import { buildAssessment, buildBenchmark, buildInstitution, buildOrganisation, buildPeriod, buildUser } from './factories.ts';
import { createTestServer, signIn, type TestServer } from './server.ts';
import { mailHeader, mailText, startSmtpServer, type TestSmtp } from './smtp.ts';

describe('accounts and reminders', () => {
  let smtp: TestSmtp;
  let s: TestServer;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    s = await createTestServer({ smtpUrl: smtp.url, publicUrl: 'https://landmark.example.org' });
  });
  afterAll(async () => {
    await s.close();
    await smtp.close();
  });

  const login = (email: string, password: string, ip = '10.0.0.1') => s.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: ip });

  it('locks an account after repeated failures; a mailed one-time code resets the password and lifts the lock', async () => {
    const u = await buildUser(s.t.db, 'viewer');
    for (let i = 0; i < LOCKOUT.failures; i++) expect((await login(u.email, 'wrong password', '10.0.1.1')).statusCode).toBe(401);
    const locked = await login(u.email, u.password, '10.0.1.1');
    expect(locked.statusCode).toBe(423);

    const before = smtp.mails.length;
    const unknown = await s.app.inject({ method: 'POST', url: '/api/auth/password-reset/request', payload: { email: 'nobody@example.org' } });
    expect(unknown.statusCode).toBe(202);
    const req = await s.app.inject({ method: 'POST', url: '/api/auth/password-reset/request', payload: { email: u.email } });
    expect(req.statusCode).toBe(202);
    await expect.poll(() => smtp.mails.length).toBe(before + 1);
    const mail = smtp.mails.at(-1)!;
    expect(mail.to).toEqual([u.email]);
    const token = /valid for one hour:\s+([A-Za-z0-9_-]{40,})/.exec(mailText(mail))?.[1];
    expect(token).toBeDefined();
    expect(mailText(mail)).toContain(`https://landmark.example.org/reset-password?token=${token!}`);

    const short = await s.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { token, password: 'short' } });
    expect(short.json<{ error: { field: string } }>().error.field).toBe('password');
    const done = await s.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { token, password: 'a new and long passphrase' } });
    expect(done.statusCode).toBe(204);
    expect((await login(u.email, 'a new and long passphrase', '10.0.1.2')).statusCode).toBe(200);
    const reused = await s.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { token, password: 'yet another passphrase' } });
    expect(reused.json<{ error: { field: string } }>().error.field).toBe('token');
  });

  it('rate-limits failed logins per address', async () => {
    for (let i = 0; i < RATE_LIMIT.attempts; i++) expect((await login(`nobody${i}@example.org`, 'x', '10.0.2.1')).statusCode).toBe(401);
    expect((await login('nobody@example.org', 'x', '10.0.2.1')).statusCode).toBe(429);
    expect((await login('nobody@example.org', 'x', '10.0.2.2')).statusCode).toBe(401);
  });

  it('lists each user\u2019s reminders and mails what is new once, each in the user\u2019s language', async () => {
    const db = s.t.db;
    const ministry = (await buildInstitution(db, 'Ministry of Women\u2019s Affairs')).id;
    const other = (await buildInstitution(db, 'Ministry of Health')).id;
    const coordinatorUser = await buildUser(db, 'coordinator');
    const focalUser = await buildUser(db, 'focal-point', { institutionId: ministry });
    const coordinator = await signIn(s.app, coordinatorUser.email, coordinatorUser.password);
    const focal = await signIn(s.app, focalUser.email, focalUser.password);
    expect((await focal.request('GET', '/api/auth/me')).json<{ user: { language: string } }>().user.language).toBe('en');
    expect((await focal.request('PUT', '/api/auth/me/language', { language: 'fr' })).statusCode).toBe(204);
    expect((await focal.request('PUT', '/api/auth/me/language', { language: 'de' })).statusCode).toBe(400);
    expect((await focal.request('GET', '/api/auth/me')).json<{ user: { language: string } }>().user.language).toBe('fr');
    const t = today();
    const quota = (await coordinator.request('POST', '/api/actions', { title: 'Quota for women candidates', institutionId: ministry, dueOn: addDays(t, 10) })).json<{ id: string; version: number }>();
    await coordinator.request('POST', '/api/actions', { title: 'Gender budget review', institutionId: ministry, dueOn: addDays(t, -5) });
    await coordinator.request('POST', '/api/actions', { title: 'Hospital audit', institutionId: other, dueOn: addDays(t, 5) });
    await coordinator.request('POST', '/api/actions', { title: 'Far away', institutionId: ministry, dueOn: addDays(t, 200) });
    const monitorId = await buildOrganisation(db, 'Special Rapporteur');
    const benchmarkId = await buildBenchmark(db, { monitorId });
    const periodId = await buildPeriod(db, { monitorId, label: 'current', startsOn: addDays(t, -300), endsOn: addDays(t, 20) });
    await coordinator.request('POST', '/api/calls', { title: 'Input on elections', deadline: new Date(Date.now() + 3 * 86_400_000).toISOString(), benchmarkIds: [benchmarkId] });

    const mailsBefore = smtp.mails.length;
    const refreshed = await coordinator.request('POST', '/api/notifications/refresh');
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    const focalList = (await focal.request('GET', '/api/notifications')).json<{ id: string; kind: string; params: unknown; text?: string }[]>();
    expect(focalList.map((n) => ({ kind: n.kind, params: n.params }))).toEqual([
      { kind: 'action-overdue', params: { title: 'Gender budget review', dueOn: addDays(t, -5) } },
      { kind: 'action-due', params: { title: 'Quota for women candidates', dueOn: addDays(t, 10) } },
    ]);
    expect(focalList[0]!.text).toBeUndefined();
    const coordinatorList = (await coordinator.request('GET', '/api/notifications')).json<{ kind: string; params: Record<string, unknown> }[]>();
    expect(coordinatorList.map((n) => n.kind).sort()).toEqual(['action-due', 'action-due', 'action-overdue', 'assessments-due', 'call-deadline']);
    expect(coordinatorList.find((n) => n.kind === 'assessments-due')!.params).toEqual({ count: 1, monitor: 'Special Rapporteur', period: 'current', endsOn: addDays(t, 20) });

    // The focal point reads French: the mail is French, dates written out in French.
    const toFocal = smtp.mails.slice(mailsBefore).filter((m) => m.to.includes(focalUser.email));
    expect(toFocal).toHaveLength(1);
    expect(mailHeader(toFocal[0]!, 'subject')).toBe('Landmark : 2 rappels');
    const frenchDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${addDays(t, -5)}T00:00:00Z`));
    expect(mailText(toFocal[0]!)).toContain(`- L’action « Gender budget review » est en retard (son échéance était le ${frenchDate})`);
    expect(mailText(toFocal[0]!)).toContain('L’action « Quota for women candidates » arrive à échéance le');
    expect(mailText(toFocal[0]!)).not.toContain('Hospital audit');
    // LANDMARK_PUBLIC_URL is set: each line links its reminder, the last line the list.
    const focalLines = mailText(toFocal[0]!).trim().split(/\r?\n/);
    expect(focalLines.find((l) => l.includes('Quota for women candidates'))).toMatch(new RegExp(` : https://landmark\\.example\\.org/actions/${quota.id}$`));
    expect(focalLines.find((l) => l.includes('Gender budget review'))).toMatch(/ : https:\/\/landmark\.example\.org\/actions\/[0-9a-f-]{36}$/);
    expect(focalLines.at(-1)).toBe('Tous vos rappels : https://landmark.example.org/notifications');
    // The coordinator kept the default: English.
    const toCoordinator = smtp.mails.slice(mailsBefore).filter((m) => m.to.includes(coordinatorUser.email));
    expect(mailHeader(toCoordinator[0]!, 'subject')).toBe('Landmark: 5 reminders');
    expect(mailText(toCoordinator[0]!)).toContain('1 benchmark of Special Rapporteur has no assessment yet for the period current');
    expect(mailText(toCoordinator[0]!)).toMatch(new RegExp(`for the period current \\(it ends on [^)]+\\): https://landmark\\.example\\.org/benchmarks\\?unassessedIn=${periodId}\\r?\\n`));
    expect(mailText(toCoordinator[0]!).trim().split(/\r?\n/).at(-1)).toBe('All your reminders: https://landmark.example.org/notifications');

    const mailsAfterFirst = smtp.mails.length;
    await coordinator.request('POST', '/api/notifications/refresh');
    expect(smtp.mails.length).toBe(mailsAfterFirst);
    expect((await focal.request('GET', '/api/notifications')).json<unknown[]>()).toHaveLength(2);

    expect((await focal.request('POST', `/api/notifications/${focalList[0]!.id}/read`)).statusCode).toBe(204);
    expect((await focal.request('GET', '/api/notifications?unread=true')).json<unknown[]>()).toHaveLength(1);
    expect((await coordinator.request('POST', `/api/notifications/${focalList[1]!.id}/read`)).statusCode).toBe(404);

    // The assessments-due reminder leads to the benchmarks the period still lacks.
    const due = coordinatorList.find((n) => n.kind === 'assessments-due') as { link: string } | undefined;
    expect(due?.link).toBe(`/benchmarks?unassessedIn=${periodId}`);
    const lacking = (await coordinator.request('GET', `/api/${due!.link.slice(1)}`)).json<{ items: { id: string }[] }>();
    expect(lacking.items.map((b) => b.id)).toEqual([benchmarkId]);
    // Once the benchmark is assessed and the action completed, their reminders are gone.
    await buildAssessment(db, { benchmarkId, periodId, assessorId: monitorId, grade: 'variable' });
    expect((await coordinator.request('GET', `/api/${due!.link.slice(1)}`)).json<{ items: unknown[] }>().items).toEqual([]);
    const done = await coordinator.request('PATCH', `/api/actions/${quota.id}`, { status: 'completed', version: quota.version });
    expect(done.statusCode, done.body).toBe(200);
    await coordinator.request('POST', '/api/notifications/refresh');
    const after = (await coordinator.request('GET', '/api/notifications')).json<{ kind: string }[]>();
    expect(after.map((n) => n.kind).sort()).toEqual(['action-due', 'action-overdue', 'call-deadline']);
    expect((await focal.request('GET', '/api/notifications')).json<{ kind: string }[]>().map((n) => n.kind)).toEqual(['action-overdue']);
  });

  it('gives admins the audit log, filterable, and nobody else', async () => {
    const adminUser = await buildUser(s.t.db, 'admin');
    const admin = await signIn(s.app, adminUser.email, adminUser.password);
    const created = await admin.request('POST', '/api/organisations', { name: 'Audited NGO', kind: 'civil-society' });
    const orgId = created.json<{ id: string }>().id;
    const events = (await admin.request('GET', `/api/audit?entity=organisation&entityId=${orgId}`)).json<{ action: string; actorLabel: string; after: { name: string } }[]>();
    expect(events.map((e) => [e.action, e.actorLabel, e.after.name])).toEqual([['create', adminUser.email, 'Audited NGO']]);
    const logins = (await admin.request('GET', '/api/audit?action=login&limit=2')).json<unknown[]>();
    expect(logins).toHaveLength(2);
    const coordinatorUser = await buildUser(s.t.db, 'coordinator');
    expect((await (await signIn(s.app, coordinatorUser.email, coordinatorUser.password)).request('GET', '/api/audit')).statusCode).toBe(403);
  });
  it('tells the signed-in user what their role may do, so the web app offers only those forms', async () => {
    const me = async (role: 'contributor' | 'coordinator' | 'viewer') => {
      const u = await buildUser(s.t.db, role);
      return (await (await signIn(s.app, u.email, u.password)).request('GET', '/api/auth/me')).json<{ user: { permissions: string[] } }>().user.permissions;
    };
    const contributor = await me('contributor');
    expect(contributor).toContain('assessment.record');
    expect(contributor).not.toContain('assessment.moderate');
    expect(contributor).not.toContain('action.edit');
    expect(await me('coordinator')).toEqual(expect.arrayContaining(['assessment.moderate', 'call.manage', 'submission.moderate', 'action.edit', 'confidential.read']));
    expect(await me('viewer')).not.toContain('assessment.record');
  });
});
