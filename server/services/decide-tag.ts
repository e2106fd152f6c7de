// decide-tag: a person confirms or rejects one tag of a recommendation (a machine
// suggestion, an imported tag, or a term the machine missed). The decision replaces the
// tag's origin, so later suggestion runs leave it alone; audited with before and after.
import type { Language } from '../../contracts/languages.ts';
import type { DecideTagBody, Tag } from '../../contracts/tagging.ts';
import { withTransaction, type Db } from '../db/handle.ts';
import { AppError } from '../errors.ts';
import { requirePermission } from '../policies/require.ts';
import { findRecommendationBriefs } from '../repositories/related.repository.ts';
import { decideTag as storeDecision, findTag, type TagRow } from '../repositories/recommendation-tag.repository.ts';
import { findTermById, findTermsByCode, type TermRow } from '../repositories/taxonomy.repository.ts';
import { actorUserId, type Actor } from './actor.ts';
import { audit } from './audit.ts';

async function resolveTerm(db: Db, body: DecideTagBody): Promise<TermRow> {
  if (body.termId !== undefined) {
    const term = await findTermById(db, body.termId);
    if (!term) throw new AppError('not-found', `no taxonomy term ${body.termId}`, { place: { field: 'termId' } });
    return term;
  }
  const [term] = await findTermsByCode(db, [body.taxonomy ?? ''], [body.code ?? '']);
  if (!term) throw new AppError('not-found', `no term "${body.code ?? ''}" in taxonomy "${body.taxonomy ?? ''}"`, { place: { field: 'code' } });
  return term;
}

/** The tag with its label in `language` (the audit trail keeps English). */
function toTag(row: TagRow, language: Language): Tag {
  return { termId: row.termId, taxonomy: row.taxonomy, code: row.code, label: row.labels[language] ?? row.label, origin: row.origin, confidence: row.confidence };
}

/**
 * The tag decided, labelled in `language`. Throws forbidden (not a coordinator or admin;
 * unauthenticated when anonymous), not-found (recommendation or term).
 */
export async function decideRecommendationTag(db: Db, actor: Actor, recommendationId: string, body: DecideTagBody, language: Language): Promise<Tag> {
  requirePermission(actor, 'tag.decide');
  const [rec] = await findRecommendationBriefs(db, [recommendationId]);
  if (!rec) throw new AppError('not-found', `no recommendation ${recommendationId}`);
  const term = await resolveTerm(db, body);
  const origin = body.action === 'confirm' ? 'confirmed' : 'rejected';
  return withTransaction(db, async (trx) => {
    const before = await findTag(trx, recommendationId, term.id);
    await storeDecision(trx, recommendationId, term.id, origin, actorUserId(actor));
    const after = await findTag(trx, recommendationId, term.id);
    if (!after) throw new AppError('internal', `tag ${term.id} of ${recommendationId} was not stored`);
    await audit(trx, actor, `${body.action}-tag`, 'recommendation', recommendationId, { before: before ? toTag(before, 'en') : null, after: toTag(after, 'en') });
    return toTag(after, language);
  });
}
