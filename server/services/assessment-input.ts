// Resolving and checking what an assessment points at: its item, period, assessor, grade
// and evidence. Every failure is a bad-input error naming the field; nothing is stored.
import { MAX_EVIDENCE_BYTES, type AssessableItem, type EvidenceKind } from '../../contracts/tracking.ts';
import { SCALES, type Scale } from '../../contracts/enums.ts';
import type { Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { gradesOfScale, type EvidenceInput } from '../repositories/assessment.repository.ts';
import { findSubmissionById } from '../repositories/call.repository.ts';
import { ensureOrganisation, findOrganisationById } from '../repositories/organisation.repository.ts';
import { findPeriodById, findPeriodsByLabel, type PeriodWithMonitor } from '../repositories/period.repository.ts';
import type { Actor } from './actor.ts';
import { requireItems } from './item-checks.ts';

export interface EvidenceItemInput {
  kind: EvidenceKind;
  text?: string | undefined;
  url?: string | undefined;
  documentId?: string | undefined;
  paragraphRef?: string | undefined;
  submissionId?: string | undefined;
  confidential?: boolean | undefined;
}

function bad(field: string, message: string): AppError {
  return new AppError('bad-input', `${field}: ${message}`, { place: { field } });
}

export function defaultScale(itemType: AssessableItem): Scale {
  return itemType === 'benchmark' ? 'sr-benchmark' : 'implementation';
}

/** The item's columns; the item must exist (recommendation, benchmark) or be named (cluster, theme). */
export async function resolveItem(db: Db, itemType: AssessableItem, itemId: string): Promise<{ benchmarkId: string | null; recommendationId: string | null; itemKey: string | null }> {
  if (!itemId.trim()) throw bad('itemId', 'say which item is assessed');
  switch (itemType) {
    case 'benchmark':
      await requireItems(db, { benchmarkIds: [itemId] }, { benchmark: 'itemId', recommendation: 'itemId' });
      return { benchmarkId: itemId, recommendationId: null, itemKey: null };
    case 'recommendation':
      await requireItems(db, { recommendationIds: [itemId] }, { benchmark: 'itemId', recommendation: 'itemId' });
      return { benchmarkId: null, recommendationId: itemId, itemKey: null };
    case 'cluster':
    case 'theme':
      return { benchmarkId: null, recommendationId: null, itemKey: itemId.trim() };
  }
}

/** The period by id, or by label when exactly one monitor has a period of that label. */
export async function resolvePeriod(db: Db, period: { id?: string | undefined; label?: string | undefined }): Promise<PeriodWithMonitor> {
  if (period.id) {
    const row = await findPeriodById(db, period.id);
    if (!row) throw bad('periodId', `no reporting period ${period.id}; add it first (landmark period add)`);
    return row;
  }
  if (!period.label) throw bad('periodId', 'say which reporting period');
  const rows = await findPeriodsByLabel(db, period.label);
  if (rows.length === 0) throw bad('period', `no reporting period "${period.label}"; add it first (landmark period add)`);
  if (rows.length > 1) throw bad('period', `several monitors have a period "${period.label}" (${rows.map((r) => r.monitorName).join(', ')}); give its id`);
  return rows[0]!;
}

/** The assessor by id, or by name (created when unknown, for the operator and coordinators). */
export async function resolveAssessor(db: Db, actor: Actor, assessor: { id?: string | undefined; name?: string | undefined }): Promise<string> {
  if (assessor.id) {
    const row = await findOrganisationById(db, assessor.id);
    if (!row) throw bad('assessorId', `no organisation ${assessor.id}`);
    return row.id;
  }
  if (assessor.name?.trim()) return ensureOrganisation(db, assessor.name.trim(), 'other');
  if (actor.kind === 'user' && actor.organisationId) return actor.organisationId;
  throw bad('assessorId', 'say who assesses (an organisation)');
}

/** Throws naming `grade` when it is not a grade of `scale`. */
export async function checkGrade(db: Db, scale: string, grade: string): Promise<void> {
  if (!SCALES.some((s) => s === scale)) throw bad('scale', `unknown scale "${scale}"; one of ${SCALES.join(', ')}`);
  const grades = await gradesOfScale(db, scale);
  if (!grades.includes(grade)) throw bad('grade', `"${grade}" is not a grade of the scale ${scale}; one of ${grades.join(', ')}`);
}

export function checkSize(field: string, text: string): void {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_EVIDENCE_BYTES) throw bad(field, `${Math.ceil(bytes / 1024)} KB is over the limit of ${MAX_EVIDENCE_BYTES / 1024} KB`);
}

/** Checks each evidence item (size, kind-specific fields, approved submissions) and returns rows to store. */
export async function resolveEvidence(db: Db, items: readonly EvidenceItemInput[]): Promise<EvidenceInput[]> {
  const out: EvidenceInput[] = [];
  for (const [i, e] of items.entries()) {
    const field = `evidence.${i}`;
    let text = e.text ?? '';
    checkSize(`${field}.text`, text);
    if (e.kind === 'url' && !e.url) throw bad(`${field}.url`, 'a URL is needed for evidence of kind url');
    if (e.kind === 'paragraph' && !e.documentId) throw bad(`${field}.documentId`, 'a document is needed for evidence of kind paragraph');
    if (e.kind === 'text' && !text.trim()) throw bad(`${field}.text`, 'the evidence text is empty');
    if (e.kind === 'submission') {
      if (!e.submissionId) throw bad(`${field}.submissionId`, 'say which submission');
      const submission = await findSubmissionById(db, e.submissionId);
      if (!submission) throw bad(`${field}.submissionId`, `no submission ${e.submissionId}`);
      if (submission.state !== 'approved') throw bad(`${field}.submissionId`, 'only approved submissions can be evidence');
      if (!text) text = submission.text;
    }
    out.push({
      kind: e.kind,
      text,
      url: e.url ?? null,
      documentId: e.documentId ?? null,
      paragraphRef: e.paragraphRef ?? null,
      submissionId: e.submissionId ?? null,
      confidential: e.confidential ?? false,
    });
  }
  return out;
}
