// The follow-up commands end to end: user add and reset, period add, assess (bad input
// leaves nothing), the public export and remind with mail. Commands run in-process through
// cli/main.ts (as bin/landmark does) to spare a process start per command; one spawns the
// real binary.
import { spawnSync } from 'node:child_process';
import { Readable, Writable } from 'node:stream';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../server/db/connect.ts';
import { systemActor } from '../server/services/actor.ts';
import { resetPassword } from '../server/services/reset-password.ts';
import { main } from './main.ts';
import { createServerDatabase, onPostgres } from '../test/db.ts';
import { buildBenchmark, buildOrganisation } from '../test/factories.ts';
import { REPO_DIR } from '../test/shared.ts';
import { mailHeader, mailText, startSmtpServer, type TestSmtp } from '../test/smtp.ts';

const BIN = resolve(REPO_DIR, 'bin/landmark');
const MARKER = 'CONFIDENTIAL-SOURCE-7f3a';

describe('landmark user, period, assess, export, remind', { timeout: 240_000 }, () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let drop: (() => Promise<void>) | undefined;
  let smtp: TestSmtp;

  const sink = () => {
    const chunks: string[] = [];
    const stream = new Writable({ write: (c: Buffer, _e, cb) => { chunks.push(c.toString()); cb(); } });
    return { stream, text: () => chunks.join('') };
  };
  const run = async (args: string[], input = '', extraEnv: NodeJS.ProcessEnv = {}) => {
    for (const [key, value] of Object.entries({ DATABASE_URL: '', SMTP_URL: '', ...env, ...extraEnv })) vi.stubEnv(key, value ?? '');
    const out = sink();
    const err = sink();
    try {
      const status = await main(args, { stdin: Readable.from([input]), stdout: out.stream, stderr: err.stream });
      return { status, stdout: out.text(), stderr: err.text() };
    } finally {
      vi.unstubAllEnvs();
    }
  };
  const open = () => openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: dir, command: 'test' });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'landmark-cli-'));
    env = { LANDMARK_DATA_DIR: dir, LOG_LEVEL: 'silent' };
    if (onPostgres) {
      const created = await createServerDatabase();
      env.DATABASE_URL = created.url;
      drop = created.drop;
    }
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    await smtp.close();
    await drop?.();
    await rm(dir, { recursive: true, force: true });
  });

  it('runs as bin/landmark, with usage on --help', () => {
    const r = spawnSync(process.execPath, [BIN, 'period', '--help'], { encoding: 'utf8', cwd: REPO_DIR });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('landmark period add --label L --from YYYY-MM-DD --to YYYY-MM-DD --monitor NAME');
  });

  it('adds a user from standard input and prints a one-time reset code that works once', async () => {
    const added = await run(['user', 'add', '--email', 'Coordinator@Example.org', '--role', 'coordinator', '--org', 'National Secretariat', '--password-stdin'], 'a long enough password\n');
    expect(added.stderr).toBe('');
    expect(added.stdout).toMatch(/^added coordinator@example\.org \(coordinator\)/);
    const badRole = await run(['user', 'add', '--email', 'x@example.org', '--role', 'king', '--password-stdin'], 'a long enough password\n');
    expect(badRole.status).toBe(1);
    expect(badRole.stderr).toContain('--role');
    const spanish = await run(['user', 'add', '--email', 'viewer@example.org', '--role', 'viewer', '--language', 'es', '--password-stdin'], 'a long enough password\n');
    expect(spanish.status).toBe(0);
    const badLanguage = await run(['user', 'add', '--email', 'y@example.org', '--role', 'viewer', '--language', 'de', '--password-stdin'], 'a long enough password\n');
    expect(badLanguage.stderr).toContain('--language "de"; one of: en, fr, es, km');
    const khmer = await run(['user', 'set-language', '--email', 'coordinator@example.org', '--language', 'km']);
    expect(khmer.stdout).toContain('coordinator@example.org now reads Landmark in km');
    expect((await run(['user', 'set-language', '--email', 'nobody@example.org', '--language', 'km'])).status).not.toBe(0);
    // The viewer's account disabled, then enabled again.
    expect((await run(['user', 'disable', '--email', 'viewer@example.org'])).stdout).toContain('viewer@example.org is disabled');
    expect((await run(['user', 'enable', '--email', 'viewer@example.org'])).stdout).toContain('viewer@example.org is enabled');
    const unknown = await run(['user', 'disable', '--email', 'nobody@example.org']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('no user nobody@example.org');
    const reset = await run(['user', 'reset-password', '--email', 'coordinator@example.org']);
    expect(reset.status).toBe(0);
    const token = reset.stdout.trim().split('\n').at(-1)!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const database = await open();
    try {
      const languages = await database.db.selectFrom('users').select(['email', 'language']).orderBy('email').execute();
      expect(languages).toEqual([{ email: 'coordinator@example.org', language: 'km' }, { email: 'viewer@example.org', language: 'es' }]);
      await resetPassword(database.db, systemActor('test'), token, 'another long password');
      await expect(resetPassword(database.db, systemActor('test'), token, 'a third long password')).rejects.toThrow(/token/);
    } finally {
      await database.close();
    }
  });

  it('adds periods, records grades, refuses bad input without storing anything', async () => {
    const database = await open();
    try {
      const monitorId = await buildOrganisation(database.db, 'Special Rapporteur on Cambodia');
      await buildBenchmark(database.db, { monitorId, code: 'F', title: 'Free and fair elections' });
    } finally {
      await database.close();
    }
    const p1 = await run(['period', 'add', '--label', '2022-2023', '--from', '2022-06-01', '--to', '2023-06-30', '--monitor', 'Special Rapporteur on Cambodia']);
    expect(p1.stdout).toContain('added period 2022-2023');
    const p2 = await run(['period', 'add', '--label', '2024', '--from', '2023-07-01', '--to', '2024-06-30', '--monitor', 'Special Rapporteur on Cambodia']);
    expect(p2.status).toBe(0);
    const backwards = await run(['period', 'add', '--label', '2025', '--from', '2025-07-01', '--to', '2024-06-30', '--monitor', 'Special Rapporteur on Cambodia']);
    expect(backwards.status).toBe(1);
    expect(backwards.stderr).toContain('endsOn');

    const graded = await run(['assess', '--benchmark', 'F', '--period', '2022-2023', '--grade', 'variable', '--assessor', 'Cambodian Center for Human Rights', '--evidence', `${MARKER} said so`, '--confidential', '--json']);
    expect(graded.stderr).toBe('');
    const assessment = JSON.parse(graded.stdout) as { grade: string; assessorName: string; evidence: unknown[] };
    expect(assessment).toMatchObject({ grade: 'variable', assessorName: 'Cambodian Center for Human Rights' });
    expect(assessment.evidence).toEqual([]);
    expect((await run(['assess', '--benchmark', 'F', '--period', '2024', '--grade', 'on-target', '--assessor', 'Special Rapporteur on Cambodia', '--evidence', 'Public record.'])).status).toBe(0);

    const cases: [string[], string][] = [
      [['--grade', 'excellent', '--period', '2024'], 'grade'],
      [['--grade', 'variable', '--period', '1999'], 'period'],
      [['--grade', 'variable', '--period', '2024', '--benchmark', 'Z'], '--benchmark'],
    ];
    for (const [args, field] of cases) {
      const r = await run(['assess', '--benchmark', 'F', '--assessor', 'Yet Another Assessor', ...args]);
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toContain(field);
    }
    const check = await open();
    try {
      const n = await check.db.selectFrom('assessments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(n.n).toBe(2);
      expect(await check.db.selectFrom('organisations').select('id').where('name', '=', 'Yet Another Assessor').executeTakeFirst()).toBeUndefined();
    } finally {
      await check.close();
    }
  });

  it('exports only published, non-confidential data, as JSON and CSV', async () => {
    const json = join(dir, 'public.json');
    const csv = join(dir, 'public.csv');
    expect((await run(['export', '--public', '--format', 'json', '--out', json])).status).toBe(0);
    expect((await run(['export', '--public', '--format', 'csv', '--out', csv])).status).toBe(0);
    expect((await run(['export', '--format', 'csv', '--out', csv])).status).toBe(1);
    const record = JSON.parse(await readFile(json, 'utf8')) as { assessments: { grade: string; periodLabel: string }[] };
    expect(record.assessments.map((a) => `${a.periodLabel}:${a.grade}`).sort()).toEqual(['2022-2023:variable', '2024:on-target']);
    const csvText = await readFile(csv, 'utf8');
    expect(csvText.split('\r\n')[0]).toMatch(/^assessment_id,item_type,benchmark,/);
    expect(csvText).toContain('Public record.');
    expect(await readFile(json, 'utf8')).not.toContain(MARKER);
    expect(csvText).not.toContain(MARKER);
  });

  it('refreshes reminders and mails them when SMTP_URL is set', async () => {
    await run(['period', 'add', '--label', 'now', '--from', new Date(Date.now() - 200 * 86_400_000).toISOString().slice(0, 10), '--to', new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10), '--monitor', 'Special Rapporteur on Cambodia']);
    const r = await run(['remind'], '', { SMTP_URL: smtp.url });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^\d+ reminders current, 1 mails sent/);
    expect(smtp.mails.map((m) => m.to)).toEqual([['coordinator@example.org']]);
    // The coordinator reads Khmer (user set-language above): so does the mail.
    expect(mailHeader(smtp.mails[0]!, 'subject')).toBe('Landmark៖ ការរំលឹក 1');
    expect(mailText(smtp.mails[0]!)).toContain('គោលដៅ 1 របស់ Special Rapporteur on Cambodia មិនទាន់មានការវាយតម្លៃសម្រាប់រយៈពេល now');
  });
});
