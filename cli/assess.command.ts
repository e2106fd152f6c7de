// `landmark assess`: record one grade of a benchmark for a period, for scripts.
import { AppError } from '../server/errors.ts';
import { systemActor } from '../server/services/actor.ts';
import { findBenchmarkId } from '../server/services/find-benchmark.ts';
import { readPeriods } from '../server/services/read-periods.ts';
import { recordAssessment } from '../server/services/record-assessment.ts';
import { flag, requireOpt, stringOpt, write, type Command } from './command.ts';
import { withCliDatabase } from './database.ts';

export const assessCommand: Command = {
  name: 'assess',
  summary: 'Record an assessment of a benchmark for a reporting period',
  usage: [
    'Usage: landmark assess --benchmark CODE --period LABEL --grade GRADE --assessor NAME',
    '                       [--evidence TEXT]... [--confidential] [--narrative TEXT] [--scale SCALE] [--json]',
    '',
    '  --benchmark CODE   the benchmark\u2019s code or number (e.g. F)',
    '  --assessor NAME    the assessing organisation (created when unknown)',
    '  --evidence TEXT    evidence (repeatable); --confidential marks it confidential',
    '  --scale SCALE      sr-benchmark (default), implementation or progress',
  ].join('\n'),
  options: {
    benchmark: { type: 'string' },
    period: { type: 'string' },
    grade: { type: 'string' },
    assessor: { type: 'string' },
    evidence: { type: 'string', multiple: true },
    confidential: { type: 'boolean' },
    narrative: { type: 'string' },
    scale: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(args, io) {
    if (args.positionals.length > 0) throw new AppError('bad-input', `unexpected ${args.positionals.join(' ')}`);
    const ref = requireOpt(args, 'benchmark');
    const periodLabel = requireOpt(args, 'period');
    const evidence = (args.values.evidence as string[] | undefined) ?? [];
    const confidential = flag(args, 'confidential');
    const assessment = await withCliDatabase('assess', async (db) => {
      const periods = (await readPeriods(db)).filter((p) => p.label === periodLabel);
      const benchmarkId = await findBenchmarkId(db, ref, { monitorId: periods.length === 1 ? periods[0]!.monitorId : undefined, field: '--benchmark' });
      return recordAssessment(db, systemActor('cli'), {
        itemType: 'benchmark',
        itemId: benchmarkId,
        periodLabel,
        assessorName: requireOpt(args, 'assessor'),
        grade: requireOpt(args, 'grade'),
        scale: stringOpt(args, 'scale'),
        narrative: stringOpt(args, 'narrative'),
        evidence: evidence.map((text) => ({ kind: 'text' as const, text, confidential })),
      });
    });
    write(io.stdout, flag(args, 'json') ? JSON.stringify(assessment, null, 2) : `recorded ${assessment.grade} for benchmark ${ref} in ${assessment.periodLabel} by ${assessment.assessorName}, id ${assessment.id}`);
    return 0;
  },
};
