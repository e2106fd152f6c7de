import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_DIR } from '../test/shared.ts';

const BIN = resolve(REPO_DIR, 'bin/landmark');

function run(args: string[], input: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: REPO_DIR });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('landmark classify --jsonl', () => {
  it('writes one prediction per input line, in order', () => {
    const input = [
      JSON.stringify({ text: 'Abolish the death penalty and commute all death sentences' }),
      '',
      JSON.stringify({ text: 'Ratify the Convention on the Rights of Persons with Disabilities' }),
      JSON.stringify({ text: 'Criminalise marital rape and domestic violence against women' }),
    ].join('\n');
    const r = run(['classify', '--taxonomy', 'upr-info', '--jsonl'], input);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { labels: string[]; scores: Record<string, number> });
    expect(lines).toHaveLength(3);
    expect(lines[0]!.labels).toContain('Death penalty');
    expect(lines[1]!.labels).toContain('Disabilities');
    expect(lines[2]!.labels).toContain("Women's rights");
    expect(lines[2]!.scores["Women's rights"]).toBeGreaterThan(0.5);
  });

  it('gives SDG goals and targets as numbers in strings', () => {
    const r = run(['classify', '--taxonomy', 'sdg', '--jsonl'], '{"text":"Release all journalists detained for their reporting and protect freedom of expression"}\n');
    expect(r.status).toBe(0);
    const p = JSON.parse(r.stdout) as { labels: string[] };
    expect(p.labels).toEqual(expect.arrayContaining(['16', '16.10']));
  });

  it('names the line of bad JSON and exits 1 with nothing on stdout', () => {
    const r = run(['classify', '--taxonomy', 'uhri', '--jsonl'], '{"text":"ok"}\n{"text": oops}\n');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/line 2/);
  });

  it('refuses a line without text and an unknown taxonomy', () => {
    expect(run(['classify', '--jsonl'], '{"txt":"x"}\n').stderr).toMatch(/line 1: expected \{"text"/);
    const r = run(['classify', '--taxonomy', 'eurovoc', '--jsonl'], '');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/unknown --taxonomy "eurovoc"/);
  });
});
