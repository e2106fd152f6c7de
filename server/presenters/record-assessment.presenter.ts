// Assessments and their evidence → what an audience may see. Confidential evidence
// leaves the server only for the cleared audience; others get the count withheld.
import type { AssessmentView, Evidence, IndicatorView } from '../../contracts/records.ts';
import type { DocumentRef } from '../../contracts/search.ts';
import type { Audience } from './audience.ts';
import type { AssessmentRow, EvidenceRow, IndicatorRow } from '../repositories/assessment-read.repository.ts';
import type { DocRefRow } from '../repositories/recommendation-read.repository.ts';

export function presentDocRef(r: DocRefRow): DocumentRef {
  return { id: r.documentId, symbol: r.symbol, title: r.title, mechanism: r.mechanism, body: r.body, date: r.date };
}

function presentEvidence(e: EvidenceRow): Evidence {
  return {
    kind: e.kind,
    text: e.text,
    url: e.url,
    document: e.documentId ? presentDocRef({ ...e, documentId: e.documentId }) : null,
    paragraphRef: e.paragraphRef,
    confidential: e.confidential,
  };
}

/** The assessments as `audience` may see them, and whether confidential evidence was shown. */
export function presentAssessments(rows: readonly AssessmentRow[], evidence: readonly EvidenceRow[], audience: Audience): { views: AssessmentView[]; confidentialShown: boolean } {
  let confidentialShown = false;
  const views = rows.map((a) => {
    const mine = evidence.filter((e) => e.assessmentId === a.id);
    const visible = mine.filter((e) => !e.confidential || audience === 'cleared');
    if (visible.some((e) => e.confidential)) confidentialShown = true;
    return {
      id: a.id,
      period: { id: a.periodId, label: a.periodLabel, startsOn: a.startsOn, endsOn: a.endsOn },
      assessor: { id: a.assessorId, name: a.assessorName },
      scale: a.scale,
      grade: a.grade,
      gradeLabel: a.gradeLabel,
      colour: a.colour,
      rank: a.rank,
      narrative: a.narrative,
      createdAt: a.createdAt.toISOString(),
      evidence: visible.map(presentEvidence),
      withheld: mine.length - visible.length,
    };
  });
  return { views, confidentialShown };
}

export function presentIndicators(rows: readonly IndicatorRow[]): IndicatorView[] {
  return rows.map((i) => ({ id: i.id, name: i.name, kind: i.kind, unit: i.unit, baseline: i.baseline, target: i.target, caseCount: i.caseCount, values: i.values ?? [] }));
}
