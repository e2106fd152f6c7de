// Accounts: password reset by a mailed one-time code, login lockout and rate limit.
// Reminders: actions due or overdue, call deadlines and assessments due, listed per user
// and mailed through a local SMTP server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, today } from '../server/presenters/action.presenter.ts';
import { LOCKOUT, RATE_LIMIT } from '../server/services/login.ts';
import { buildBenchmark, buildInstitution, buildOrganisation, buildPeriod, buildUser } from './factories.ts';
import { createTestServer, signIn, type TestServer } from './server.ts';
import { mailText, startSmtpServer, type TestSmtp } from './smtp.ts';

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

  it('lists each user\u2019s reminders and mails what is new once', async () => {
    const db = s.t.db;
    const ministry = (await buildInstitution(db, 'Ministry of Women\u2019s Affairs')).id;
    const other = (await buildInstitution(db, 'Ministry of Health')).id;
    const coordinatorUser = await buildUser(db, 'coordinator');
    const focalUser = await buildUser(db, 'focal-point', { institutionId: ministry });
    const coordinator = await signIn(s.app, coordinatorUser.email, coordinatorUser.password);
    const focal = await signIn(s.app, focalUser.email, focalUser.password);
    const t = today();
    await coordinator.request('POST', '/api/actions', { title: 'Quota for women candidates', institutionId: ministry, dueOn: addDays(t, 10) });
    await coordinator.request('POST', '/api/actions', { title: 'Gender budget review', institutionId: ministry, dueOn: addDays(t, -5) });
    await coordinator.request('POST', '/api/actions', { title: 'Hospital audit', institutionId: other, dueOn: addDays(t, 5) });
    await coordinator.request('POST', '/api/actions', { title: 'Far away', institutionId: ministry, dueOn: addDays(t, 200) });
    const monitorId = await buildOrganisation(db, 'Special Rapporteur');
    const benchmarkId = await buildBenchmark(db, { monitorId });
    await buildPeriod(db, { monitorId, label: 'current', startsOn: addDays(t, -300), endsOn: addDays(t, 20) });
    await coordinator.request('POST', '/api/calls', { title: 'Input on elections', deadline: new Date(Date.now() + 3 * 86_400_000).toISOString(), benchmarkIds: [benchmarkId] });

    const mailsBefore = smtp.mails.length;
    const refreshed = await coordinator.request('POST', '/api/notifications/refresh');
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    const focalList = (await focal.request('GET', '/api/notifications')).json<{ id: string; kind: string; text: string }[]>();
    expect(focalList.map((n) => `${n.kind}: ${n.text}`).sort()).toEqual([
      `action-due: Action "Quota for women candidates" is due on ${addDays(t, 10)}`,
      `action-overdue: Action "Gender budget review" is overdue (it was due on ${addDays(t, -5)})`,
    ]);
    const coordinatorKinds = (await coordinator.request('GET', '/api/notifications')).json<{ kind: string; text: string }[]>().map((n) => n.kind).sort();
    expect(coordinatorKinds).toEqual(['action-due', 'action-due', 'action-overdue', 'assessments-due', 'call-deadline']);

    const toFocal = smtp.mails.slice(mailsBefore).filter((m) => m.to.includes(focalUser.email));
    expect(toFocal).toHaveLength(1);
    expect(mailText(toFocal[0]!)).toContain('Gender budget review');
    expect(mailText(toFocal[0]!)).not.toContain('Hospital audit');

    const mailsAfterFirst = smtp.mails.length;
    await coordinator.request('POST', '/api/notifications/refresh');
    expect(smtp.mails.length).toBe(mailsAfterFirst);
    expect((await focal.request('GET', '/api/notifications')).json<unknown[]>()).toHaveLength(2);

    expect((await focal.request('POST', `/api/notifications/${focalList[0]!.id}/read`)).statusCode).toBe(204);
    expect((await focal.request('GET', '/api/notifications?unread=true')).json<unknown[]>()).toHaveLength(1);
    expect((await coordinator.request('POST', `/api/notifications/${focalList[1]!.id}/read`)).statusCode).toBe(404);
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
