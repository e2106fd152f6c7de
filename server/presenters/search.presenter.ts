// Search rows → what anyone may see. Hits are published recommendations: nothing in them
// is confidential.
import type { DocumentRef, RecommendationHit } from '../../contracts/search.ts';
import type { DocumentHitRow, HitRow } from '../repositories/search.repository.ts';

export function presentDocumentRef(d: DocumentHitRow): DocumentRef {
  return { id: d.id, symbol: d.symbol, title: d.title, mechanism: d.mechanism, body: d.body, date: d.date };
}

/** `stateName` names a State by its code, in the reader's language. */
export function presentHit(r: HitRow, stateName: (code: string) => string): RecommendationHit {
  return {
    id: r.id,
    ref: r.ref,
    text: r.text,
    document: { id: r.documentId, symbol: r.symbol, title: r.title, mechanism: r.mechanism, body: r.body, date: r.date },
    position: r.position,
    session: r.session,
    cycle: r.cycle,
    states: (r.states ?? []).map((code) => ({ code, name: stateName(code) })),
    latestGrade: r.grade && r.gradeLabel && r.colour && r.period ? { grade: r.grade, label: r.gradeLabel, colour: r.colour, period: r.period } : null,
  };
}
