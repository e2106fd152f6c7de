import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { REPORT_KIND_FORMATS, REPORT_KINDS, reportQuerySchema, type ReportKind } from '../contracts/report-requests.ts';
import { REPORT_LANGS } from '../contracts/reports.ts';
import { AppError } from '../server/errors.ts';
import { systemActor } from '../server/services/actor.ts';
import { renderReport } from '../server/services/render-report.ts';
import { flag, requireOpt, stringOpt, write, type Command } from './command.ts';
import { withCliDatabase } from './database.ts';

function parseKind(value: string | undefined): ReportKind {
  const kind = REPORT_KINDS.find((k) => k === value);
  if (!kind) throw new AppError('bad-input', `give the report: one of ${REPORT_KINDS.join(', ')}`);
  return kind;
}

export const reportCommand: Command = {
  name: 'report',
  summary: 'Write a report (scorecard, UPR mid-term, thematic matrix, progress brief) from the database',
  usage: [
    'Usage: landmark report scorecard|upr-midterm|matrix|brief --out FILE [--format F] [options]',
    '',
    ...REPORT_KINDS.map((k) => `  ${k.padEnd(12)} formats: ${REPORT_KIND_FORMATS[k].join(', ')} (the first by default)`),
    '',
    '  --out FILE       where to write the report; its path is printed',
    '  --format F       docx, pdf or xlsx',
    '  --period P       reporting period label (`2022-2023`); the latest by default',
    '  --cycle N        UPR cycle (mid-term report, matrix, brief)',
    '  --country S      State (ISO3 code or name); the State most recommendations address by default',
    '  --monitor NAME   scorecard: the monitor whose benchmarks to list',
    '  --assessor NAME  scorecard and brief: grades by this organisation',
    `  --lang L         fixed texts in ${REPORT_LANGS.join(', ')} (default en)`,
    '  --public         the public report: published items only, no confidential evidence',
    '',
    'Without --public the report holds everything but discarded items, confidential evidence',
    'included (the command line acts as the operator); that read is audited.',
  ].join('\n'),
  options: {
    out: { type: 'string' },
    format: { type: 'string' },
    period: { type: 'string' },
    cycle: { type: 'string' },
    country: { type: 'string' },
    monitor: { type: 'string' },
    assessor: { type: 'string' },
    lang: { type: 'string' },
    public: { type: 'boolean' },
  },
  async run(args, io) {
    const [verb, ...extra] = args.positionals;
    if (extra.length > 0) throw new AppError('bad-input', `unexpected ${extra.join(' ')}`);
    const kind = parseKind(verb);
    const out = resolve(requireOpt(args, 'out'));
    const parsed = reportQuerySchema.safeParse({
      format: stringOpt(args, 'format'),
      period: stringOpt(args, 'period'),
      cycle: stringOpt(args, 'cycle'),
      country: stringOpt(args, 'country'),
      monitor: stringOpt(args, 'monitor'),
      assessor: stringOpt(args, 'assessor'),
      lang: stringOpt(args, 'lang'),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AppError('bad-input', `--${String(issue?.path[0] ?? '')}: ${issue?.message ?? 'invalid'}`);
    }
    write(io.stderr, `report ${kind}: building from the database`);
    const file = await withCliDatabase('report', (db) =>
      renderReport(db, systemActor('cli'), kind, { ...parsed.data, lang: parsed.data.lang ?? 'en', publicOnly: flag(args, 'public') }),
    );
    await writeFile(out, file.bytes);
    write(io.stdout, out);
    return 0;
  },
};
