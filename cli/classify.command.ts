import { z } from 'zod';
import { AppError } from '../server/errors.ts';
import { loadClassifier, TAXONOMIES, type Classifier, type Taxonomy } from '../server/classify/classifier.ts';
import { flag, readAll, stringOpt, write, type Command, type CommandIo } from './command.ts';

const InputLine = z.object({ text: z.string() });

/** Parses `--taxonomy`, refusing names Landmark does not know. */
export function parseTaxonomy(value: string | undefined): Taxonomy {
  if (value === undefined) return 'upr-info';
  const taxonomy = TAXONOMIES.find((t) => t === value);
  if (!taxonomy) throw new AppError('bad-input', `unknown --taxonomy "${value}"; one of: ${TAXONOMIES.join(', ')}`);
  return taxonomy;
}

/** The texts of JSON Lines input; blank lines are skipped. Throws naming the first bad line. */
export function parseJsonLines(input: string): string[] {
  const texts: string[] = [];
  input.split(/\r?\n/).forEach((line, k) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw new AppError('bad-input', `line ${k + 1}: not valid JSON (${(err as Error).message})`, { place: { line: k + 1 } });
    }
    const parsed = InputLine.safeParse(value);
    if (!parsed.success) throw new AppError('bad-input', `line ${k + 1}: expected {"text": "…"}`, { place: { line: k + 1 } });
    texts.push(parsed.data.text);
  });
  return texts;
}

function load(): Classifier {
  try {
    return loadClassifier();
  } catch (err) {
    throw new AppError('unavailable', (err as Error).message, { cause: err });
  }
}

async function exportConfirmed(taxonomy: Taxonomy, io: CommandIo): Promise<number> {
  const [{ loadConfig }, { openDatabase }, { exportConfirmedTags }, { systemActor }] = await Promise.all([
    import('../server/config.ts'),
    import('../server/db/connect.ts'),
    import('../server/services/export-confirmed-tags.ts'),
    import('../server/services/actor.ts'),
  ]);
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, command: 'classify' });
  try {
    const examples = await exportConfirmedTags(database.db, systemActor('cli'), taxonomy);
    for (const e of examples) write(io.stdout, JSON.stringify(e));
    write(io.stderr, `${examples.length} recommendations with decided ${taxonomy} tags`);
    return 0;
  } finally {
    await database.close();
  }
}

export const classifyCommand: Command = {
  name: 'classify',
  summary: 'Suggest themes (UPR Info issues, UHRI themes and groups, SDGs) for texts (no database)',
  usage: [
    'Usage: landmark classify [--taxonomy upr-info|uhri|sdg] --jsonl < texts.jsonl',
    '       landmark classify export-confirmed [--taxonomy upr-info|uhri|sdg] > confirmed.jsonl',
    '',
    '  --taxonomy T  upr-info (default): the 54 UPR Info issues; uhri: UHRI themes and',
    '                affected persons; sdg: SDG goals ("16") and targets ("16.10")',
    '  --jsonl       read one {"text": …} per line on stdin, write one',
    '                {"labels": […], "scores": {label: p}} per input line, in order',
    '',
    'export-confirmed writes, from the database, one {"text", "labels", "rejected"} per',
    'recommendation whose tags a person confirmed or rejected (labels: confirmed and',
    'imported tags), for `npm run train:classify -- --with-confirmed FILE`.',
  ].join('\n'),
  options: { taxonomy: { type: 'string' }, jsonl: { type: 'boolean' } },
  async run(args, io) {
    const [verb, ...rest] = args.positionals;
    if (verb === 'export-confirmed' && rest.length === 0) return exportConfirmed(parseTaxonomy(stringOpt(args, 'taxonomy')), io);
    if (verb !== undefined) throw new AppError('bad-input', 'classify takes no FILE: give the texts on stdin (or the verb export-confirmed)');
    if (!flag(args, 'jsonl')) throw new AppError('bad-input', 'give --jsonl (the only input and output format)');
    const taxonomy = parseTaxonomy(stringOpt(args, 'taxonomy'));
    const texts = parseJsonLines(await readAll(io.stdin));
    const classifier = load();
    const BATCH = 1000;
    for (let k = 0; k < texts.length; k += BATCH) {
      const out = classifier.classify(texts.slice(k, k + BATCH), taxonomy).map((p) => JSON.stringify(p));
      write(io.stdout, out.join('\n'));
    }
    return 0;
  },
};
