// render-report: one report (scorecard, UPR mid-term, matrix, brief) from the database as
// a file, for the audience of the actor. Anonymous callers and `publicOnly` get the public
// report; a report holding confidential evidence (cleared roles only) is audited.
import { REPORT_KIND_FORMATS, MEDIA_TYPES, type ReportKind, type ReportQuery } from '../../contracts/report-requests.ts';
import type { ReportFormat, ReportLang } from '../../contracts/reports.ts';
import type { Db } from '../db/handle.ts';
import { withTransaction } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { reportAudience, type ReportAudience } from '../presenters/evidence.presenter.ts';
import { findOrganisationName } from '../repositories/scorecard-read.repository.ts';
import {
  renderBriefDocx,
  renderBriefPdf,
  renderMatrixDocx,
  renderMatrixXlsx,
  renderScorecardDocx,
  renderScorecardPdf,
  renderUprMidtermDocx,
} from '../reports/index.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { buildBrief } from './build-brief.ts';
import { buildMatrix } from './build-matrix.ts';
import { buildScorecard } from './build-scorecard.ts';
import { buildUprMidterm } from './build-upr-midterm.ts';

export interface ReportRequest extends ReportQuery {
  lang: ReportLang;
  /** Make the public report whoever asks. */
  publicOnly?: boolean;
}

export interface ReportFile {
  bytes: Buffer;
  mediaType: string;
  fileName: string;
  audience: ReportAudience;
}

/** The format to write: the one asked for when the report has it, else its first. Throws bad-input. */
export function reportFormat(kind: ReportKind, asked: ReportFormat | undefined): ReportFormat {
  const formats = REPORT_KIND_FORMATS[kind];
  if (asked === undefined) return formats[0]!;
  if (!formats.includes(asked)) throw new AppError('bad-input', `the ${kind} report is written as ${formats.join(' or ')}, not ${asked}`, { place: { field: 'format' } });
  return asked;
}

async function preparedBy(db: Db, actor: Actor): Promise<string> {
  const name = actor.kind === 'user' && actor.organisationId ? await findOrganisationName(db, actor.organisationId) : null;
  return name ?? 'Landmark';
}

async function build(db: Db, actor: Actor, kind: ReportKind, format: ReportFormat, req: ReportRequest, audience: ReportAudience): Promise<{ bytes: Buffer; confidentialItems: number; label: string }> {
  const options = { lang: req.lang };
  switch (kind) {
    case 'scorecard': {
      const { report, confidentialItems } = await buildScorecard(db, audience, { period: req.period, monitor: req.monitor, assessor: req.assessor });
      const bytes = format === 'pdf' ? await renderScorecardPdf(report, options) : await renderScorecardDocx(report, options);
      return { bytes, confidentialItems, label: report.periodLabel };
    }
    case 'upr-midterm': {
      const { report, confidentialItems } = await buildUprMidterm(db, audience, { country: req.country, cycle: req.cycle, period: req.period, preparedBy: await preparedBy(db, actor), lang: req.lang });
      return { bytes: await renderUprMidtermDocx(report, options), confidentialItems, label: `cycle-${report.cycle}` };
    }
    case 'matrix': {
      const { report, confidentialItems } = await buildMatrix(db, audience, { country: req.country, cycle: req.cycle, lang: req.lang });
      const bytes = format === 'docx' ? await renderMatrixDocx(report, options) : await renderMatrixXlsx(report, options);
      return { bytes, confidentialItems, label: req.cycle === undefined ? 'all' : `cycle-${req.cycle}` };
    }
    case 'brief': {
      const { report, confidentialItems } = await buildBrief(db, audience, { period: req.period, assessor: req.assessor, cycle: req.cycle });
      const bytes = format === 'pdf' ? await renderBriefPdf(report, options) : await renderBriefDocx(report, options);
      return { bytes, confidentialItems, label: report.periodLabel };
    }
  }
}

/** Renders a report. Throws bad-input (format, State) and not-found (period, monitor, no data). */
export async function renderReport(db: Db, actor: Actor, kind: ReportKind, req: ReportRequest): Promise<ReportFile> {
  const format = reportFormat(kind, req.format);
  const audience = reportAudience(actor, req.publicOnly === true);
  const built = await build(db, actor, kind, format, req, audience);
  if (built.confidentialItems > 0) {
    await withTransaction(db, (trx) => audit(trx, actor, 'read-confidential', 'report', kind, { after: { format, period: req.period ?? null, confidentialItems: built.confidentialItems } }));
  }
  const safeLabel = built.label.replace(/[^\w.-]+/g, '-');
  return { bytes: built.bytes, mediaType: MEDIA_TYPES[format], fileName: `${kind}-${safeLabel}-${audience === 'public' ? 'public' : 'internal'}.${format}`, audience };
}
