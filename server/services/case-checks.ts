// Checks shared by the services that write cases and trials: what they point at exists,
// and each event is dated, sourced and consistent with its kind.
import type { Db } from '../db/handle.ts';
import { AppError, inputError } from '../errors.ts';
import type { CaseEventFields } from '../repositories/case.repository.ts';
import { documentExists } from '../repositories/document.repository.ts';
import { findTrialById } from '../repositories/trial.repository.ts';

/** Throws bad-input naming `field` when the trial does not exist. */
export async function requireTrial(db: Db, trialId: string | null | undefined, field = 'trialId'): Promise<void> {
  if (trialId && !(await findTrialById(db, trialId))) throw new AppError('bad-input', `${field}: no trial ${trialId}`, { place: { field } });
}

/** Throws bad-input naming `field` when the document does not exist. */
export async function requireDocument(db: Db, documentId: string | null | undefined, field = 'documentId'): Promise<void> {
  if (documentId && !(await documentExists(db, documentId))) throw new AppError('bad-input', `${field}: no document ${documentId}`, { place: { field } });
}

/** Throws bad-input naming the field when an event is not sourced or carries fields of another kind. */
export function checkEvent(e: CaseEventFields): void {
  if (!(e.documentId && e.paragraphRef) && e.source.trim() === '') {
    throw inputError({ field: 'source' }, 'give the source: a document and its paragraph (documentId, paragraphRef), or a citation or URL');
  }
  if (e.kind === 'verdict' && e.verdict === null) throw inputError({ field: 'verdict' }, 'a verdict event says which: conviction, acquittal or in-absentia');
  if (e.kind !== 'verdict' && e.verdict !== null) throw inputError({ field: 'verdict' }, `only a verdict event has a verdict (this one is "${e.kind}")`);
  const sentenceFields = e.sentenceMonths !== null || e.suspendedMonths !== null || e.fine !== null;
  if (e.kind !== 'sentence' && sentenceFields) throw inputError({ field: 'sentenceMonths' }, `only a sentence event has a length, suspended part or fine (this one is "${e.kind}")`);
  if (e.suspendedMonths !== null && (e.sentenceMonths === null || e.suspendedMonths > e.sentenceMonths)) {
    throw inputError({ field: 'suspendedMonths' }, 'the suspended part cannot be longer than the sentence');
  }
  if (e.kind !== 'charge' && e.kind !== 'verdict' && e.kind !== 'sentence' && e.kind !== 'appeal' && e.articles.length > 0) {
    throw inputError({ field: 'articles' }, `Criminal Code articles go with a charge, verdict, sentence or appeal (this one is "${e.kind}")`);
  }
}
