import { AppError } from '../server/errors.ts';
import { loadConfig } from '../server/config.ts';
import type { FileOutcome } from '../server/services/import-files.ts';
import { systemActor } from '../server/services/actor.ts';
import type { SuggestTagsOutcome } from '../server/services/suggest-tags.ts';
import { flag, stringOpt, write, type Command } from './command.ts';
import { parseKind, readSourceFile } from './extract.command.ts';
import { createProgress } from './progress.ts';

export const importCommand: Command = {
  name: 'import',
  summary: 'Import documents (PDF, DOCX, HTML, text, CSV, XLSX) into the database',
  usage: [
    'Usage: landmark import FILE... [--kind KIND] [--publish] [--json]',
    '',
    '  --kind KIND   skip detection (see `landmark extract --help`)',
    '  --publish     publish at once instead of leaving the items in review',
    '  --json        print the outcome of each file as JSON',
    '',
    'The same file twice is stored once (by content hash). Each file is imported in one',
    'transaction: a broken file is named with the place of the problem and leaves nothing.',
    'Then tags are suggested for the new recommendations (UPR Info issues, UHRI themes and',
    'groups, SDGs; origin "suggested"), with progress on stderr.',
  ].join('\n'),
  options: { kind: { type: 'string' }, publish: { type: 'boolean' }, json: { type: 'boolean' } },
  async run(args, io) {
    if (args.positionals.length === 0) throw new AppError('bad-input', 'give at least one FILE');
    const kind = parseKind(stringOpt(args, 'kind'));
    const files = [];
    for (const path of args.positionals) files.push(await readSourceFile(path));
    const config = loadConfig();
    const [{ openDatabase }, { ensureReferenceData }, { enqueueImport }, { runJobNow }, { findSuggestJobsOf }] = await Promise.all([
      import('../server/db/connect.ts'),
      import('../server/services/ensure-reference-data.ts'),
      import('../server/services/import-files.ts'),
      import('../server/services/run-job-now.ts'),
      import('../server/services/suggest-tags.ts'),
    ]);
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, command: 'import' });
    try {
      await ensureReferenceData(database.db, config.sharedDir);
      const actor = systemActor('cli');
      const jobId = await enqueueImport(database.db, actor, files, { ...(kind ? { kind } : {}), publish: flag(args, 'publish') });
      const progress = createProgress(io, 'import');
      const run = await runJobNow(database.db, jobId, (d, t, m) => progress.update(d, t, m));
      progress.done();
      const outcomes = (run.outcomes ?? []) as FileOutcome[];
      const suggestions: SuggestTagsOutcome[] = [];
      for (const suggestJob of await findSuggestJobsOf(database.db, jobId)) {
        const tagging = createProgress(io, 'suggest-tags');
        const done = await runJobNow(database.db, suggestJob, (d, t, m) => tagging.update(d, t, m));
        tagging.done();
        if (done.error) write(io.stderr, `suggest-tags: ${done.error}`);
        else suggestions.push(done.outcomes as SuggestTagsOutcome);
      }
      if (flag(args, 'json')) write(io.stdout, JSON.stringify({ job: jobId, files: outcomes, suggestions }, null, 2));
      else {
        for (const o of outcomes) {
          if (!o.ok) continue;
          const c = o.outcome?.counts;
          write(io.stdout, o.outcome?.status === 'already-imported' ? `${o.file}: already imported` : `${o.file}: imported ${c?.recommendations ?? 0} recommendations, ${c?.benchmarks ?? 0} benchmarks, ${c?.assessments ?? 0} assessments, ${c?.facts ?? 0} facts${c?.trials ? `, ${c.trials} trials` : ''}`);
        }
        for (const s of suggestions) {
          write(io.stdout, `suggested tags for ${s.recommendations} recommendations: ${s.tags['upr-info']} UPR Info issues, ${s.tags.uhri} UHRI themes and groups, ${s.tags.sdg} SDGs`);
          for (const w of s.warnings) write(io.stderr, `suggest-tags: ${w}`);
        }
      }
      if (run.error) {
        write(io.stderr, run.error);
        return 1;
      }
      return 0;
    } finally {
      await database.close();
    }
  },
};
