// Computing an indicator's value from the case register: an indicator defined as a case
// count (persons detained, convicted or released, of a category and a sex) gets, for a
// date, the count /api/case-counts gives for that date, recorded as a value whose source
// is the case register. Counts only: nothing that names a person enters the value.
import type { CaseCountDefinition } from '../../contracts/cases.ts';
import type { Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { requirePermission, requireRole } from '../policies/require.ts';
import type { IndicatorValueRow } from '../repositories/indicator.repository.ts';
import type { Actor } from './actor.ts';
import { countCases } from './read-cases.ts';
import { appendIndicatorValue } from './record-indicator-value.ts';

/** The value's source: what was counted, in words a reader of the series follows. */
function caseRegisterSource(definition: CaseCountDefinition): string {
  const among = [definition.category, definition.sex].filter((x): x is NonNullable<typeof x> => x !== null);
  return `Case register: persons ${definition.measure}${among.length > 0 ? ` (${among.join(', ')})` : ''}`;
}

/**
 * Records the count on `on` as a value of the indicator. Throws not-found (indicator),
 * forbidden, or bad-input when the indicator is not defined as a case count.
 */
export async function computeIndicatorValue(db: Db, actor: Actor, indicatorId: string, on: string): Promise<IndicatorValueRow> {
  requireRole(actor, 'indicator.edit');
  requirePermission(actor, 'case.read');
  return appendIndicatorValue(db, actor, indicatorId, async (trx, indicator) => {
    const definition = indicator.caseCount;
    if (!definition) throw new AppError('bad-input', `the indicator "${indicator.name}" is not a case count: record its values by hand`);
    const counts = await countCases(trx, { category: definition.category ?? undefined, sex: definition.sex ?? undefined }, on);
    return { value: counts.total[definition.measure], observedOn: on, sourceText: caseRegisterSource(definition), sourceKind: 'case-register', documentId: null, paragraphRef: null };
  });
}
