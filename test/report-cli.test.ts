// `landmark report`, `export` and `restore` as processes: stdout holds only the written
// path, progress goes to stderr, and a backup restored into a new instance exports the same bytes.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText, squash } from '../server/reports/read-back.testing.ts';
import { createServerDatabase, onPostgres } from './db.ts';
import { run } from './process.ts';
import { seedPath } from './shared.ts';

describe('landmark report, export and restore', () => {
  let dir: string;
  let source: Record<string, string>;
  let target: Record<string, string>;
  const drops: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'landmark-report-cli-'));
    source = { LANDMARK_DATA_DIR: join(dir, 'source'), DATABASE_URL: '' };
    target = { LANDMARK_DATA_DIR: join(dir, 'target'), DATABASE_URL: '' };
    if (onPostgres) {
      for (const env of [source, target]) {
        const created = await createServerDatabase();
        env.DATABASE_URL = created.url;
        drops.push(created.drop);
      }
    }
    const imported = await run(['import', '--publish', seedPath('000'), seedPath('001')], source);
    expect(imported.code, imported.stderr).toBe(0);
  }, 180_000);
  afterAll(async () => {
    for (const drop of drops) await drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the scorecard and prints only its path', async () => {
    const out = join(dir, 'scorecard.docx');
    const res = await run(['report', 'scorecard', '--format', 'docx', '--lang', 'fr', '--public', '--out', out], source);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toBe(`${out}\n`);
    const text = squash(await docxText(await readFile(out)));
    expect(text).toContain('5 sur la bonne voie, 3 variables, 12 hors de la trajectoire');
    const bad = await run(['report', 'matrix', '--format', 'pdf', '--out', join(dir, 'm.pdf')], source);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/the matrix report is written as xlsx or docx, not pdf/);
  }, 120_000);

  it('backs up, restores into an empty instance, backs up the same bytes, and refuses a second restore', async () => {
    const first = join(dir, 'first.json');
    const second = join(dir, 'second.json');
    const exported = await run(['export', '--format', 'json', '--out', first], source);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toBe(`${first}\n`);
    const restored = await run(['restore', first], target);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toBe('');
    expect((await run(['export', '--out', second], target)).code).toBe(0);
    expect((await readFile(second)).equals(await readFile(first))).toBe(true);
    const again = await run(['restore', first], target);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/this instance is not empty/);
  }, 180_000);
});
