// Recommendation and benchmark rows → the record pages' answers for one audience.
import type { CaseEvidence } from '../../contracts/cases.ts';
import type { BenchmarkDetail, BenchmarkSummary, RecommendationDetail } from '../../contracts/records.ts';
import type { AssessmentView, IndicatorView } from '../../contracts/records.ts';
import type { BenchmarkRow, SourceRow, WordingRow } from '../repositories/benchmark-read.repository.ts';
import type { ActionRow, DocRefRow, LinkRow, RecommendationRow } from '../repositories/recommendation-read.repository.ts';
import { presentDocRef } from './record-assessment.presenter.ts';

export interface RecommendationParts {
  row: RecommendationRow;
  positionDocument: DocRefRow | null;
  paragraphs: { ref: string; text: string; ordinal: number; focus: boolean }[];
  states: { code: string; name: string }[];
  tags: { taxonomy: string; code: string; label: string; origin: string }[];
  links: LinkRow[];
  benchmarks: { id: string; code: string | null; number: number | null; title: string }[];
  assignments: { institution: string; role: string }[];
  actions: ActionRow[];
  indicators: IndicatorView[];
  assessments: AssessmentView[];
}

export function presentRecommendation(p: RecommendationParts): RecommendationDetail {
  const r = p.row;
  const focus = p.paragraphs.find((x) => x.focus);
  return {
    id: r.id,
    ref: r.ref,
    text: r.text,
    addressee: r.addressee,
    position: r.position,
    positionDocument: p.positionDocument ? presentDocRef(p.positionDocument) : null,
    cluster: r.cluster,
    subTheme: r.subTheme,
    session: r.session,
    cycle: r.cycle,
    document: presentDocRef(r),
    states: p.states,
    tags: p.tags,
    source: focus ? { paragraphRef: focus.ref, paragraphs: p.paragraphs.map(({ ref, text, ordinal }) => ({ ref, text, ordinal })) } : null,
    related: p.links.map((l) => ({ id: l.id, ref: l.ref, text: l.text, kind: l.kind, score: l.score, document: presentDocRef(l) })),
    benchmarks: p.benchmarks,
    assignments: p.assignments,
    actions: p.actions,
    indicators: p.indicators,
    assessments: p.assessments,
  };
}

export function presentBenchmarkSummary(b: BenchmarkRow): BenchmarkSummary {
  return {
    id: b.id,
    code: b.code,
    number: b.number,
    title: b.title,
    timeframe: b.timeframe,
    monitor: { id: b.monitorId, name: b.monitorName },
    sourceCount: b.sourceCount,
    latestGrade: b.grade && b.gradeLabel && b.colour && b.period ? { grade: b.grade, label: b.gradeLabel, colour: b.colour, period: b.period } : null,
  };
}

export function presentBenchmark(b: BenchmarkRow, wordings: WordingRow[], sources: SourceRow[], assessments: AssessmentView[], indicators: IndicatorView[], caseEvidence: CaseEvidence): BenchmarkDetail {
  return {
    ...presentBenchmarkSummary(b),
    state: b.state,
    version: b.version,
    ownTitle: b.ownTitle,
    ownTimeframe: b.ownTimeframe,
    wordings: wordings.map((w) => ({
      document: presentDocRef({ ...w, title: w.docTitle }),
      title: w.title,
      timeframe: w.timeframe,
      paragraphRef: w.paragraphRef,
    })),
    sources: sources.map((s) => ({ id: s.id, ref: s.ref, text: s.text, document: presentDocRef(s), origin: s.origin })),
    assessments,
    indicators,
    caseEvidence,
  };
}
