// `landmark import` on bad input: a clear error naming each file, exit code 1, nothing stored.
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../server/db/connect.ts';
import { createServerDatabase, onPostgres } from './db.ts';
import { main } from '../cli/main.ts';
import { run } from './process.ts';

/** Runs the CLI in this process, capturing its output (for commands that touch no database). */
async function inProcess(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (add: (s: string) => void) => new Writable({ write(chunk: Buffer, _enc, done) { add(chunk.toString()); done(); } });
  const code = await main(args, { stdin: Readable.from([]), stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)) });
  return { code, stdout, stderr };
}

describe('landmark import on bad input', () => {
  let dir: string;
  let env: Record<string, string>;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'landmark-bad-'));
    env = { LANDMARK_DATA_DIR: join(dir, 'data'), DATABASE_URL: '' };
    if (onPostgres) {
      const created = await createServerDatabase();
      env.DATABASE_URL = created.url;
      drop = created.drop;
    }
  });
  afterAll(async () => {
    await drop?.();
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a 200 MB file before reading it', async () => {
    const big = join(dir, 'huge.csv');
    const handle = await open(big, 'w');
    await handle.truncate(200 * 1024 * 1024);
    await handle.close();
    const res = await run(['import', big], env);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/huge\.csv: the file is 200 MB; the limit is 100 MB/);
  });

  it('names each broken file and the place of the problem, and stores nothing', async () => {
    const files = {
      'empty.txt': '',
      'binary.pdf': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      'no-text.csv': 'To,From,Response,Issue,Session\nCambodia,France,Accepted,Justice,18\n',
      'list.txt': 'A shopping list\n\nmilk\neggs\n',
    };
    for (const [name, body] of Object.entries(files)) await writeFile(join(dir, name), body);
    const res = await run(['import', ...Object.keys(files).map((f) => join(dir, f))], env);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/empty\.txt: the file is empty/);
    expect(res.stderr).toMatch(/binary\.pdf: /);
    expect(res.stderr).toMatch(/no-text\.csv, row 1, field "Text"/);
    expect(res.stderr).toMatch(/list\.txt: not a kind of document Landmark recognises/);
    const database = await openDatabase(onPostgres ? { databaseUrl: env.DATABASE_URL, dataDir: null } : { dataDir: env.LANDMARK_DATA_DIR!, command: 'test' });
    try {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from documents`.execute(database.db);
      expect(rows[0]?.n).toBe(0);
    } finally {
      await database.close();
    }
  }, 120_000);

  it('exits 2 with the usage on an unknown command, and documents every command with --help', async () => {
    const unknown = await run(['frobnicate'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"[\s\S]*Usage: landmark <command>/);
    const help = await inProcess(['--help']);
    const commands = [...help.stdout.matchAll(/^ {2}(\S+) {2,}/gm)].map((m) => m[1]!);
    expect(commands).toEqual(expect.arrayContaining(['serve', 'import', 'extract', 'classify', 'report', 'taxonomy']));
    for (const c of commands) {
      const r = await inProcess([c, '--help']);
      expect(r.code, c).toBe(0);
      expect(r.stdout, c).toMatch(/Usage: landmark /);
    }
  }, 120_000);
});
