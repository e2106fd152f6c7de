import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { DOCUMENT_KINDS, type DocumentKind } from '../contracts/enums.ts';
import { AppError } from '../server/errors.ts';
import { MAX_IMPORT_BYTES } from '../server/importers/limits.ts';
import { stringOpt, write, type Command } from './command.ts';
import { createProgress } from './progress.ts';

/** Parses `--kind`, refusing names Landmark does not know. */
export function parseKind(value: string | undefined): DocumentKind | undefined {
  if (value === undefined) return undefined;
  const kind = DOCUMENT_KINDS.find((k) => k === value);
  if (!kind) throw new AppError('bad-input', `unknown --kind "${value}"; one of: ${DOCUMENT_KINDS.join(', ')}`);
  return kind;
}

/** Reads a file from disk for import, refusing oversized files before reading them. */
export async function readSourceFile(path: string): Promise<{ name: string; bytes: Uint8Array }> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new AppError('not-found', `${path}: no such file`);
  }
  if (size > MAX_IMPORT_BYTES) {
    throw new AppError('too-large', `${path}: the file is ${Math.round(size / 1048576)} MB; the limit is ${MAX_IMPORT_BYTES / 1048576} MB`, { place: { file: path } });
  }
  return { name: basename(path), bytes: new Uint8Array(await readFile(path)) };
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'Print the structured contents of a document (no database)',
  usage: [
    'Usage: landmark extract FILE [--kind KIND] --json',
    '',
    '  --kind KIND   skip detection; one of ' + DOCUMENT_KINDS.join(', '),
    '  --json        print the result as JSON (the only output format)',
  ].join('\n'),
  options: { kind: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, io) {
    const [path, ...extra] = args.positionals;
    if (path === undefined || extra.length > 0) throw new AppError('bad-input', 'give exactly one FILE');
    const kind = parseKind(stringOpt(args, 'kind'));
    const file = await readSourceFile(path);
    const progress = createProgress(io, `extract ${file.name}`);
    const { extract } = await import('../server/importers/index.ts');
    const result = await extract(file, { kind, onProgress: (d, t, m) => progress.update(d, t, m) });
    progress.done();
    write(io.stdout, JSON.stringify(result, null, 2));
    return 0;
  },
};
