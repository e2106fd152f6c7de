// Reading cases (signed-in readers): lists with filters, one case with its timeline, the
// counts on a date by category and sex, and the flags a monitor acts on. Identities only
// for cleared readers, and each such read is audited.
import type { CaseCountsView, CaseDetail, CaseFlagKind, CaseStatus, CaseSummary } from '../../contracts/cases.ts';
import { withTransaction, type Db } from '../db/handle.ts';
import { countCasesOn } from '../cases/counts.ts';
import { requirePermission } from '../policies/require.ts';
import { audienceOf } from '../presenters/audience.ts';
import { presentCase, presentCaseSummary, showsIdentity, type CaseEvaluation } from '../presenters/case.presenter.ts';
import { findCaseById, listCaseEvents, listCases, type CaseFilter, type CaseRow } from '../repositories/case.repository.ts';
import type { Actor } from './actor.ts';
import { audit } from './audit.ts';
import { found } from './stale-version.ts';

export type CaseListFilter = CaseFilter & { status?: CaseStatus | undefined; flag?: CaseFlagKind | undefined };

async function auditIdentities(db: Db, actor: Actor, cases: readonly CaseRow[]): Promise<void> {
  if (!showsIdentity(cases, audienceOf(actor))) return;
  const ids = cases.filter((c) => c.identity).map((c) => c.id);
  await withTransaction(db, (trx) => audit(trx, actor, 'read-confidential', 'case', ids.length === 1 ? ids[0]! : null, { after: { caseIds: ids } }));
}

/** Cases matching the filters, evaluated on `evaluation.on` (status and flag filters apply to that day). */
export async function readCases(db: Db, actor: Actor, filter: CaseListFilter, evaluation: CaseEvaluation): Promise<CaseSummary[]> {
  requirePermission(actor, 'case.read');
  const rows = await listCases(db, filter);
  const events = await listCaseEvents(db, rows.map((r) => r.id));
  const audience = audienceOf(actor);
  const kept: CaseRow[] = [];
  const views: CaseSummary[] = [];
  for (const row of rows) {
    const view = presentCaseSummary(row, events, audience, evaluation);
    if (filter.status && view.status !== filter.status) continue;
    if (filter.flag && !view.flags.some((f) => f.kind === filter.flag)) continue;
    kept.push(row);
    views.push(view);
  }
  await auditIdentities(db, actor, kept);
  return views;
}

/** One case with its timeline. Throws not-found. */
export async function readCase(db: Db, actor: Actor, id: string, evaluation: CaseEvaluation): Promise<CaseDetail> {
  requirePermission(actor, 'case.read');
  const row = found(await findCaseById(db, id), 'case', id);
  await auditIdentities(db, actor, [row]);
  return presentCase(row, await listCaseEvents(db, [id]), audienceOf(actor), evaluation);
}

/** Persons detained, convicted and released on `on`, by category and sex, among the cases matching the filter. */
export async function readCaseCounts(db: Db, actor: Actor, filter: CaseFilter, on: string): Promise<CaseCountsView> {
  requirePermission(actor, 'case.read');
  return countCases(db, filter, on);
}

/** The counts of `readCaseCounts`, for services that have checked the caller (indicator values computed from the cases). */
export async function countCases(db: Db, filter: CaseFilter, on: string): Promise<CaseCountsView> {
  const rows = await listCases(db, filter);
  const events = await listCaseEvents(db, rows.map((r) => r.id));
  return countCasesOn(rows.map((r) => ({ ...r, events: events.filter((e) => e.caseId === r.id) })), on);
}

/** The cases with at least one flag on `evaluation.on`: for the dashboard of cleared readers. */
export async function readCaseFlags(db: Db, actor: Actor, evaluation: CaseEvaluation): Promise<CaseSummary[]> {
  requirePermission(actor, 'confidential.read');
  const rows = await listCases(db, {});
  const events = await listCaseEvents(db, rows.map((r) => r.id));
  // The dashboard shows labels; identities stay on the case page, where reading them is audited.
  return rows.map((r) => presentCaseSummary(r, events, 'viewer', evaluation)).filter((c) => c.flags.length > 0);
}
