// `landmark extract <seed> --json` end to end, through the CLI's own dispatch.
import { PassThrough } from 'node:stream';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main.ts';
import { extractResultSchema } from '../../../contracts/extract.ts';
import { seedPath, sharedAvailable } from '../../../test/shared.ts';

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await main(args, { stdin: new PassThrough(), stdout, stderr });
  return { code, stdout: out, stderr: err };
}

describe.runIf(sharedAvailable)('landmark extract on the five seeds', () => {
  it('prints the contract for every seed, all five well under a second', async () => {
    const kinds: string[] = [];
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const { code, stdout } = await run(['extract', seedPath(prefix), '--json']);
      expect(code).toBe(0);
      const result = extractResultSchema.parse(JSON.parse(stdout));
      kinds.push(result.document.kind);
      expect(result.paragraphs!.length).toBeGreaterThan(0);
    }
    expect(kinds).toEqual(['sr-benchmarks', 'sr-benchmarks', 'lettered-recommendations', 'hc-upr-letter', 'progress-brief']);
  });
});

describe('landmark extract on a text of no known kind', () => {
  it('fails with the unsupported-kind message and exit code 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'landmark-'));
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'Minutes of the garden club\n\nWe planted tulips and agreed to meet again in spring.\n');
    const { code, stderr } = await run(['extract', file, '--json']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/not a kind of document Landmark recognises/);
  });
});
