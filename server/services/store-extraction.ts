// Writes one extracted document into the database (inside the caller's transaction):
// document, paragraphs, recommendations with States, tags and citations, benchmarks with
// their wording and sources, periods and assessments with evidence, facts, trials.
import type { ExtractResult, ExtractedRecommendation } from '../../contracts/extract.ts';
import type { Db } from '../db/handle.ts';
import { insertFacts, insertParagraphs, findDocumentBySymbol } from '../repositories/document.repository.ts';
import { addLink, updatePositions, upsertRecommendations } from '../repositories/recommendation.repository.ts';
import { ensureTermsByLabel } from '../repositories/taxonomy.repository.ts';
import { addendumParent } from './cited-source.ts';
import { citedRecommendation } from './cite-recommendation.ts';
import { storeBenchmarksAndAssessments } from './store-benchmarks.ts';
import { storeTrials } from './store-trials.ts';

export interface StoreCounts {
  paragraphs: number;
  recommendations: number;
  positionsUpdated: number;
  benchmarks: number;
  assessments: number;
  facts: number;
  citations: number;
  trials: number;
}

type Progress = (done: number, total: number, message?: string) => void;

function tagTaxonomy(kind: ExtractResult['document']['kind']): string {
  return kind === 'upr-info-csv' ? 'upr-info' : 'uhri-theme';
}

/** The tag terms of each recommendation (created when new). */
async function resolveTags(db: Db, kind: ExtractResult['document']['kind'], recs: readonly ExtractedRecommendation[]): Promise<string[][]> {
  const groups: { taxonomy: string; labelsOf: (r: ExtractedRecommendation) => readonly string[] }[] = [
    { taxonomy: tagTaxonomy(kind), labelsOf: (r) => r.themes },
    { taxonomy: 'uhri-affected', labelsOf: (r) => r.affectedPersons ?? [] },
    { taxonomy: 'sdg', labelsOf: (r) => r.sdgs ?? [] },
  ];
  const termIds: string[][] = recs.map(() => []);
  for (const g of groups) {
    const terms = await ensureTermsByLabel(db, g.taxonomy, recs.flatMap(g.labelsOf));
    if (terms.size === 0) continue;
    recs.forEach((r, i) => {
      for (const label of g.labelsOf(r)) {
        const termId = terms.get(label.trim());
        if (termId && !termIds[i]!.includes(termId)) termIds[i]!.push(termId);
      }
    });
  }
  return termIds;
}

export async function storeExtraction(
  db: Db,
  documentId: string,
  result: ExtractResult,
  opts: { published: boolean; createdBy: string | null; onProgress?: Progress },
): Promise<StoreCounts> {
  const progress = opts.onProgress ?? (() => undefined);
  const state = opts.published ? 'published' : 'draft';
  const paragraphs = result.paragraphs ?? [];
  const paragraphIds = await insertParagraphs(db, documentId, paragraphs.map((p) => ({ ref: p.ref, text: p.text, page: p.page ?? null, line: p.line ?? null })));

  // An addendum answers recommendations of its report: update their positions there.
  let recs = result.recommendations;
  let positionsUpdated = 0;
  const parentSymbol = addendumParent(result.document.symbol);
  const parent = parentSymbol ? await findDocumentBySymbol(db, parentSymbol) : null;
  if (parent) {
    const answers = recs.filter((r) => r.position !== null).map((r) => ({ ref: r.ref, position: r.position! }));
    positionsUpdated = await updatePositions(db, parent.id, answers, documentId);
    recs = [];
  }

  const total = recs.length;
  const ids: string[] = [];
  const BATCH = 2000;
  for (let i = 0; i < recs.length; i += BATCH) {
    const batch = recs.slice(i, i + BATCH);
    const tags = await resolveTags(db, result.document.kind, batch);
    const batchIds = await upsertRecommendations(
      db,
      documentId,
      batch.map((r, j) => ({
        ref: r.ref,
        text: r.text,
        paragraphId: r.paragraph ? (paragraphIds.get(r.paragraph) ?? null) : null,
        addressee: r.addressee,
        position: r.position,
        positionDocumentId: r.position ? documentId : null,
        cluster: r.cluster,
        subTheme: r.subTheme ?? null,
        country: r.country ?? null,
        cycle: result.document.cycle ?? null,
        session: r.session ?? null,
        state,
        states: r.recommendingStates,
        termIds: tags[j]!,
      })),
    );
    ids.push(...batchIds);
    progress(Math.min(i + BATCH, total), total, 'recommendations');
  }

  let citations = 0;
  for (const [i, r] of recs.entries()) {
    if (!r.source?.paragraph) continue;
    const cited = await citedRecommendation(db, r.source.symbol, r.source.paragraph);
    await addLink(db, ids[i]!, cited.recommendationId, 'cites', null);
    citations++;
  }

  const stored = await storeBenchmarksAndAssessments(db, documentId, result, { state, createdBy: opts.createdBy, paragraphs: paragraphs.map((p) => ({ ref: p.ref, text: p.text })) });
  const trials = await storeTrials(db, documentId, result, stored.benchmarkIds, opts.createdBy);
  await insertFacts(db, documentId, result.facts.map((f) => ({ label: f.label, value: f.value, unit: f.unit, paragraphRef: f.paragraph, observed: f.date ?? null })));
  return {
    paragraphs: paragraphs.length,
    recommendations: recs.length,
    positionsUpdated,
    benchmarks: stored.benchmarks,
    assessments: stored.assessments,
    facts: result.facts.length,
    citations: citations + stored.citations,
    trials,
  };
}
