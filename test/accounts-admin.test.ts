// Accounts managed in the API by admins: add (with a password, or invited by a mailed
// link), change role, organisation, institution and language under a version, disable
// (sessions end, reset codes void) and enable; the last active admin stays. Password-reset
// requests are limited per address (429) and per account (silently).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '../server/errors.ts';
import type { Actor } from '../server/services/actor.ts';
import { ATTEMPT_RETENTION_HOURS } from '../server/repositories/login-attempt.repository.ts';
import { LOCKOUT } from '../server/services/login.ts';
import { RESET_RATE_LIMIT } from '../server/services/request-password-reset.ts';
import { editUser } from '../server/services/update-user.ts';
import { buildInstitution, buildOrganisation, buildUser } from './factories.ts';
import { anonymous, createTestServer, signIn, type Client, type TestServer } from './server.ts';
import { mailText, startSmtpServer, type TestSmtp } from './smtp.ts';

interface UserView {
  id: string;
  email: string;
  name: string;
  role: string;
  organisationId: string | null;
  institutionId: string | null;
  language: string;
  disabled: boolean;
  version: number;
}
interface ErrorBody {
  error: { code: string; field?: string; message: string; details?: { currentVersion?: number; current?: Record<string, unknown>; reason?: string } };
}

const PUBLIC_URL = 'https://landmark.example.org';
const codeIn = (text: string) => /\?token=([A-Za-z0-9_-]{40,})/.exec(text)?.[1];

describe('accounts managed by admins', () => {
  let smtp: TestSmtp;
  let s: TestServer;
  let plain: TestServer;
  let admin: Client;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    s = await createTestServer({ smtpUrl: smtp.url, publicUrl: PUBLIC_URL });
    plain = await createTestServer();
    const a = await buildUser(s.t.db, 'admin');
    admin = await signIn(s.app, a.email, a.password);
  });
  afterAll(async () => {
    await s.close();
    await plain.close();
    await smtp.close();
  });

  const account = async (id: string) => (await admin.request('GET', '/api/users')).json<UserView[]>().find((u) => u.id === id)!;
  const login = (email: string, password: string) => s.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: '10.1.0.1' });

  it('adds an account with a password, organisation and institution by name, and lists it', async () => {
    const created = await admin.request('POST', '/api/users', { email: ' Dara@Example.org ', name: 'Dara', role: 'focal-point', password: 'a long enough password', organisationName: 'Royal Government', institutionName: 'Ministry of Planning', language: 'km' });
    expect(created.statusCode, created.body).toBe(201);
    const u = await account(created.json<{ id: string }>().id);
    expect(u).toMatchObject({ email: 'dara@example.org', name: 'Dara', role: 'focal-point', language: 'km', disabled: false, version: 1 });
    const orgs = (await admin.request('GET', '/api/organisations')).json<{ id: string; name: string }[]>();
    expect(orgs.find((o) => o.id === u.organisationId)?.name).toBe('Royal Government');
    const institutions = (await admin.request('GET', '/api/institutions')).json<{ id: string; name: string }[]>();
    expect(institutions.find((i) => i.id === u.institutionId)?.name).toBe('Ministry of Planning');
    expect(JSON.stringify((await admin.request('GET', '/api/users')).json())).not.toMatch(/argon2|passwordHash/);
    expect((await login('dara@example.org', 'a long enough password')).statusCode).toBe(200);

    const taken = await admin.request('POST', '/api/users', { email: 'dara@example.org', role: 'viewer', password: 'a long enough password' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json<ErrorBody>().error).toMatchObject({ field: 'email', details: { reason: 'email-taken' } });
    const both = await admin.request('POST', '/api/users', { email: 'both@example.org', role: 'viewer', password: 'a long enough password', organisationId: u.organisationId, organisationName: 'Other' });
    expect(both.json<ErrorBody>().error).toMatchObject({ code: 'bad-input', field: 'organisationName' });
  });

  it('invites an account without a password: the mailed link sets it; without mail set up, it asks for a password', async () => {
    const before = smtp.mails.length;
    const created = await admin.request('POST', '/api/users', { email: 'invited@example.org', name: 'Invited', role: 'contributor', language: 'fr' });
    expect(created.statusCode, created.body).toBe(201);
    await expect.poll(() => smtp.mails.length).toBe(before + 1);
    const mail = smtp.mails.at(-1)!;
    expect(mail.to).toEqual(['invited@example.org']);
    // The account reads French: so does its invitation.
    expect(mailText(mail)).toContain('valable 7 jours');
    const token = codeIn(mailText(mail));
    expect(mailText(mail)).toContain(`${PUBLIC_URL}/reset-password?token=${token!}`);
    const expires = await s.t.db.selectFrom('password_resets').select('expires_at').where('user_id', '=', created.json<{ id: string }>().id).executeTakeFirstOrThrow();
    expect(new Date(expires.expires_at).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    expect((await anonymous(s.app).request('POST', '/api/auth/password-reset', { token, password: 'chosen by the invited user' })).statusCode).toBe(204);
    expect((await login('invited@example.org', 'chosen by the invited user')).statusCode).toBe(200);

    const a = await buildUser(plain.t.db, 'admin');
    const refused = await (await signIn(plain.app, a.email, a.password)).request('POST', '/api/users', { email: 'nomail@example.org', role: 'viewer' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<ErrorBody>().error).toMatchObject({ field: 'password', details: { reason: 'no-mail' } });
    expect((await plain.t.db.selectFrom('users').select('id').where('email', '=', 'nomail@example.org').execute())).toEqual([]);
  });

  it('changes role, organisation, institution and language under the version read; a stale version gets 409 with the current account', async () => {
    const u = await buildUser(s.t.db, 'viewer');
    const org = await buildOrganisation(s.t.db, 'Human Rights Committee');
    const changed = await admin.request('PATCH', `/api/users/${u.id}`, { version: 1, role: 'coordinator', organisationId: org, institutionName: 'Ministry of Justice', language: 'es', name: 'Sokha' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<UserView>()).toMatchObject({ role: 'coordinator', organisationId: org, language: 'es', name: 'Sokha', version: 2 });
    const justice = changed.json<UserView>().institutionId;
    expect(justice).not.toBeNull();
    // The role holds from the next request on, in the session already open.
    const client = await signIn(s.app, u.email, u.password);
    expect((await client.request('GET', '/api/auth/me')).json<{ user: { role: string } }>().user.role).toBe('coordinator');

    const stale = await admin.request('PATCH', `/api/users/${u.id}`, { version: 1, role: 'viewer' });
    expect(stale.statusCode).toBe(409);
    const error = stale.json<ErrorBody>().error;
    expect(error).toMatchObject({ code: 'conflict', field: 'version', details: { currentVersion: 2 } });
    expect(error.details?.current).toMatchObject({ id: u.id, role: 'coordinator' });
    expect(stale.body).not.toMatch(/argon2|passwordHash/);

    const cleared = await admin.request('PATCH', `/api/users/${u.id}`, { version: 2, organisationId: null, institutionId: null });
    expect(cleared.json<UserView>()).toMatchObject({ organisationId: null, institutionId: null, version: 3 });
    const unknown = await admin.request('PATCH', `/api/users/${u.id}`, { version: 3, institutionId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.json<ErrorBody>().error).toMatchObject({ code: 'bad-input', field: 'institutionId' });
    expect((await admin.request('PATCH', '/api/users/00000000-0000-4000-8000-000000000000', { version: 1, role: 'viewer' })).statusCode).toBe(404);
    const events = await s.t.db.selectFrom('audit_events').select(['action', 'after']).where('entity', '=', 'user').where('entity_id', '=', u.id).where('action', '!=', 'login').orderBy('id').execute();
    expect(events.map((e) => e.action)).toEqual(['create', 'update', 'update']);
    expect(JSON.stringify(events)).not.toMatch(/argon2/);
  });

  it('disables an account: its sessions end, it cannot sign in or reset; enabled again, it can', async () => {
    const u = await buildUser(s.t.db, 'contributor');
    const client = await signIn(s.app, u.email, u.password);
    const mailsBefore = smtp.mails.length;
    await anonymous(s.app).request('POST', '/api/auth/password-reset/request', { email: u.email });
    await expect.poll(() => smtp.mails.length).toBe(mailsBefore + 1);
    const pending = codeIn(mailText(smtp.mails.at(-1)!));

    const disabled = await admin.request('PATCH', `/api/users/${u.id}`, { version: 1, disabled: true });
    expect(disabled.json<UserView>()).toMatchObject({ disabled: true, version: 2 });
    expect((await client.request('GET', '/api/notifications')).statusCode).toBe(401);
    expect(await s.t.db.selectFrom('sessions').select('id').where('user_id', '=', u.id).execute()).toEqual([]);
    expect((await login(u.email, u.password)).statusCode).toBe(401);
    // The code mailed before is void, and no new one goes out.
    const reset = await anonymous(s.app).request('POST', '/api/auth/password-reset', { token: pending, password: 'a takeover attempt' });
    expect(reset.json<ErrorBody>().error).toMatchObject({ field: 'token', details: { reason: 'reset-code-invalid' } });
    expect((await anonymous(s.app).request('POST', '/api/auth/password-reset/request', { email: u.email })).statusCode).toBe(202);
    expect(smtp.mails.length).toBe(mailsBefore + 1);

    const enabled = await admin.request('PATCH', `/api/users/${u.id}`, { version: 2, disabled: false });
    expect(enabled.json<UserView>().disabled).toBe(false);
    expect((await login(u.email, u.password)).statusCode).toBe(200);
    const actions = await s.t.db.selectFrom('audit_events').select('action').where('entity', '=', 'user').where('entity_id', '=', u.id).where('action', 'in', ['disable', 'enable']).orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(['disable', 'enable']);
  });

  it('keeps the last active admin: neither demoted nor disabled, even by two admins at once', async () => {
    const t = await createTestServer();
    try {
      const first = await buildUser(t.t.db, 'admin');
      const firstClient = await signIn(t.app, first.email, first.password);
      const demote = await firstClient.request('PATCH', `/api/users/${first.id}`, { version: 1, role: 'coordinator' });
      expect(demote.statusCode).toBe(409);
      expect(demote.json<ErrorBody>().error).toMatchObject({ code: 'conflict', field: 'role', details: { reason: 'last-admin' } });
      expect(demote.json<ErrorBody>().error.message).toContain('last active administrator');
      const disable = await firstClient.request('PATCH', `/api/users/${first.id}`, { version: 1, disabled: true });
      expect(disable.json<ErrorBody>().error).toMatchObject({ code: 'conflict', field: 'disabled' });
      // A disabled admin does not count; an active one does.
      const dormant = await buildUser(t.t.db, 'admin');
      await firstClient.request('PATCH', `/api/users/${dormant.id}`, { version: 1, disabled: true });
      expect((await firstClient.request('PATCH', `/api/users/${first.id}`, { version: 1, role: 'viewer' })).statusCode).toBe(409);
      const second = await buildUser(t.t.db, 'admin');
      // Two admins demote each other at once (both already past the policy check): the
      // lock on the active admins lets one through, and the other finds itself the last.
      const asAdmin = (u: { id: string; email: string }): Actor => ({ kind: 'user', id: u.id, email: u.email, role: 'admin', organisationId: null, institutionId: null, language: 'en', sessionId: u.id });
      // Open a few connections first, so that on PostgreSQL both transactions run side by side.
      await Promise.all([1, 2, 3].map(() => sql`select pg_sleep(0.05)`.execute(t.t.db)));
      const outcomes = await Promise.allSettled([
        editUser(t.t.db, asAdmin(first), second.id, { version: 1, role: 'viewer' }),
        editUser(t.t.db, asAdmin(second), first.id, { version: 1, role: 'viewer' }),
      ]);
      expect(outcomes.map((o) => (o.status === 'fulfilled' ? 'changed' : (o.reason as AppError).details?.reason)).sort()).toEqual(['changed', 'last-admin']);
      const admins = await t.t.db.selectFrom('users').select('id').where('role', '=', 'admin').where('disabled', '=', false).execute();
      expect(admins).toHaveLength(1);
    } finally {
      await t.close();
    }
  });

  it('answers a reset request before looking the account up or mailing it, so its time tells nothing', async () => {
    const u = await buildUser(s.t.db, 'viewer');
    const release = smtp.hold();
    try {
      const before = smtp.mails.length;
      // The mail server holds the message: an answer that waited for it would not come.
      const answer = await s.app.inject({ method: 'POST', url: '/api/auth/password-reset/request', payload: { email: u.email }, remoteAddress: '10.4.0.1' });
      expect(answer.statusCode).toBe(202);
      expect(smtp.mails.length).toBe(before);
      release();
      await expect.poll(() => smtp.mails.filter((m) => m.to.includes(u.email)).length).toBe(1);
    } finally {
      release();
    }
  });

  it('limits reset requests: per address with a 429, per account silently', async () => {
    const u = await buildUser(s.t.db, 'viewer');
    const request = (email: string, ip: string) => s.app.inject({ method: 'POST', url: '/api/auth/password-reset/request', payload: { email }, remoteAddress: ip });
    const before = smtp.mails.length;
    for (let i = 0; i < RESET_RATE_LIMIT.perAccount + 2; i++) expect((await request(u.email, `10.2.0.${i + 1}`)).statusCode).toBe(202);
    await expect.poll(() => smtp.mails.filter((m) => m.to.includes(u.email)).length).toBe(RESET_RATE_LIMIT.perAccount);
    expect(smtp.mails.length).toBe(before + RESET_RATE_LIMIT.perAccount);

    for (let i = 0; i < RESET_RATE_LIMIT.perAddress; i++) expect((await request(`nobody${i}@example.org`, '10.3.0.1')).statusCode).toBe(202);
    const limited = await request('nobody@example.org', '10.3.0.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.json<ErrorBody>().error).toMatchObject({ code: 'rate-limited', details: { retryAfterMinutes: RESET_RATE_LIMIT.windowMinutes } });
    expect((await request('nobody@example.org', '10.3.0.2')).statusCode).toBe(202);
  });

  it('forgets sign-in and reset attempts after a day', async () => {
    const at = (hours: number) => sql<Date>`now() - make_interval(hours => ${hours})`;
    await s.t.db.insertInto('login_attempts').values([
      { key: 'ip:10.5.0.1', succeeded: false, at: at(ATTEMPT_RETENTION_HOURS + 1) },
      { key: 'ip:10.5.0.2', succeeded: true, at: at(ATTEMPT_RETENTION_HOURS - 1) },
    ]).execute();
    const answer = await s.app.inject({ method: 'POST', url: '/api/auth/password-reset/request', payload: { email: 'nobody@example.org' }, remoteAddress: '10.5.0.3' });
    expect(answer.statusCode).toBe(202);
    const keys = (await s.t.db.selectFrom('login_attempts').select('key').where('key', 'like', '%10.5.0.%').execute()).map((r) => r.key).sort();
    expect(keys).toEqual(['ip:10.5.0.2', 'reset:ip:10.5.0.3']);
  });

  it('tells a locked account when its lock ends', async () => {
    const u = await buildUser(s.t.db, 'viewer');
    const ip = '10.4.0.1';
    for (let i = 0; i < LOCKOUT.failures; i++) await s.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: u.email, password: 'wrong' }, remoteAddress: ip });
    const locked = await s.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: u.email, password: u.password }, remoteAddress: ip });
    expect(locked.statusCode).toBe(423);
    const until = locked.json<{ error: { details: { lockedUntil: string } } }>().error.details.lockedUntil;
    expect(new Date(until).getTime()).toBeGreaterThan(Date.now());
  });

  it('is for admins only', async () => {
    const coordinator = await signIn(s.app, (await buildUser(s.t.db, 'coordinator')).email, 'correct horse battery staple');
    const target = await buildUser(s.t.db, 'viewer', { institutionId: (await buildInstitution(s.t.db)).id });
    expect((await coordinator.request('GET', '/api/users')).statusCode).toBe(403);
    expect((await coordinator.request('PATCH', `/api/users/${target.id}`, { version: 1, role: 'admin' })).statusCode).toBe(403);
    expect((await anonymous(s.app).request('PATCH', `/api/users/${target.id}`, { version: 1, role: 'admin' })).statusCode).toBe(401);
  });
});
