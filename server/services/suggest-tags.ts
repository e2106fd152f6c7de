// suggest-tags: the job queued after an import. It classifies the documents' recommendations
// (those with text) on the three taxonomies and stores each predicted label as a tag of
// origin `suggested` with its confidence. It runs outside the import's transaction, so
// imports stay fast; a person's decisions (confirmed, rejected) and imported tags are never
// overwritten, and a rerun replaces the earlier suggestions.
import { classify, TAXONOMIES, type Taxonomy } from '../classify/classifier.ts';
import type { Prediction } from '../classify/linear-model.ts';
import { withTransaction, type Db } from '../db/handle.ts';
import { countRecommendationTexts, findRecommendationTexts, replaceSuggestedTags } from '../repositories/recommendation-tag.repository.ts';
import { findJobIdsByPayload, insertJob, type JobRow } from '../repositories/job.repository.ts';
import { ensureTermsByLabel, findTermsByCode } from '../repositories/taxonomy.repository.ts';

export const SUGGEST_TAGS_JOB = 'suggest-tags';

export interface SuggestTagsPayload {
  documentIds: string[];
  /** The import job this one follows, if any. */
  importJob: string | null;
}

export interface SuggestTagsOutcome {
  recommendations: number;
  /** Suggested tags stored, per taxonomy of the classifier. */
  tags: Record<Taxonomy, number>;
  /** Labels with no stored term (reference taxonomies not loaded), and taxonomies that could not run. */
  warnings: string[];
}

/** Where each classifier taxonomy's labels are stored (the label is the term's code). */
const STORED_AS: Record<Taxonomy, readonly string[]> = {
  'upr-info': ['upr-info'],
  uhri: ['uhri-theme', 'uhri-affected'],
  sdg: ['sdg'],
};

const PAGE = 2000;
const SLICE = 250;

type Progress = (done: number, total: number, message?: string) => void;

/** Queues the suggestion job for documents; returns its id. */
export async function enqueueSuggestTags(db: Db, documentIds: readonly string[], opts: { importJob?: string | null; createdBy?: string | null } = {}): Promise<string> {
  const payload: SuggestTagsPayload = { documentIds: [...documentIds], importJob: opts.importJob ?? null };
  return insertJob(db, { kind: SUGGEST_TAGS_JOB, payload, createdBy: opts.createdBy ?? null });
}

/** The suggestion jobs queued by an import job (the CLI runs them right after the import). */
export async function findSuggestJobsOf(db: Db, importJobId: string): Promise<string[]> {
  return findJobIdsByPayload(db, SUGGEST_TAGS_JOB, 'importJob', importJobId);
}

/** Classifies in slices, yielding between them so a server keeps answering requests. */
async function classifyYielding(texts: readonly string[], taxonomy: Taxonomy): Promise<Prediction[]> {
  const out: Prediction[] = [];
  for (let k = 0; k < texts.length; k += SLICE) {
    out.push(...classify(texts.slice(k, k + SLICE), taxonomy));
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return out;
}

/** Term ids by (classifier taxonomy, label); a label may be stored under two taxonomies. */
async function termIds(db: Db, taxonomy: Taxonomy, labels: readonly string[], warnings: Set<string>): Promise<Map<string, string[]>> {
  const wanted = [...new Set(labels)];
  const found = await findTermsByCode(db, STORED_AS[taxonomy], wanted);
  const byLabel = new Map<string, string[]>();
  for (const t of found) byLabel.set(t.code, [...(byLabel.get(t.code) ?? []), t.id]);
  const missing = wanted.filter((l) => !byLabel.has(l));
  if (missing.length === 0) return byLabel;
  if (taxonomy === 'uhri') {
    // A UHRI label is a theme or a group of persons: without the lists we cannot tell which.
    for (const l of missing) warnings.add(`uhri: no stored term "${l}" (load the reference taxonomies)`);
    return byLabel;
  }
  const created = await ensureTermsByLabel(db, STORED_AS[taxonomy][0]!, missing);
  for (const [label, id] of created) byLabel.set(label, [id]);
  return byLabel;
}

async function suggestPage(db: Db, page: readonly { id: string; text: string }[], outcome: SuggestTagsOutcome, warnings: Set<string>, failed: Set<Taxonomy>): Promise<void> {
  const texts = page.map((r) => r.text);
  const tags: { recommendationId: string; termId: string; confidence: number }[] = [];
  const perTaxonomy: { taxonomy: Taxonomy; from: number }[] = [];
  for (const taxonomy of TAXONOMIES) {
    if (failed.has(taxonomy)) continue;
    let predictions: Prediction[];
    try {
      predictions = await classifyYielding(texts, taxonomy);
    } catch (err) {
      failed.add(taxonomy);
      warnings.add(`${taxonomy}: ${(err as Error).message}`);
      continue;
    }
    const ids = await termIds(db, taxonomy, predictions.flatMap((p) => p.labels), warnings);
    perTaxonomy.push({ taxonomy, from: tags.length });
    predictions.forEach((p, i) => {
      for (const label of p.labels) {
        for (const termId of ids.get(label) ?? []) tags.push({ recommendationId: page[i]!.id, termId, confidence: p.scores[label] ?? 0 });
      }
    });
  }
  await withTransaction(db, (trx) => replaceSuggestedTags(trx, page.map((r) => r.id), tags));
  perTaxonomy.forEach(({ taxonomy, from }, k) => {
    outcome.tags[taxonomy] += (perTaxonomy[k + 1]?.from ?? tags.length) - from;
  });
}

/**
 * Suggests tags for every recommendation with text of the documents. `tags` counts the
 * suggestions made; those colliding with a decided or imported tag are not stored.
 */
export async function suggestTags(db: Db, documentIds: readonly string[], progress: Progress = () => undefined): Promise<SuggestTagsOutcome> {
  const total = await countRecommendationTexts(db, documentIds);
  const outcome: SuggestTagsOutcome = { recommendations: 0, tags: { 'upr-info': 0, uhri: 0, sdg: 0 }, warnings: [] };
  const warnings = new Set<string>();
  const failed = new Set<Taxonomy>();
  let after: string | null = null;
  progress(0, total, 'suggesting tags');
  for (;;) {
    const page = await findRecommendationTexts(db, documentIds, after, PAGE);
    if (page.length === 0) break;
    await suggestPage(db, page, outcome, warnings, failed);
    outcome.recommendations += page.length;
    after = page.at(-1)!.id;
    progress(outcome.recommendations, total, 'suggesting tags');
  }
  outcome.warnings = [...warnings];
  return outcome;
}

/** The job handler. */
export async function runSuggestTagsJob(db: Db, job: JobRow, progress: Progress): Promise<SuggestTagsOutcome> {
  const payload = job.payload as SuggestTagsPayload;
  return suggestTags(db, payload.documentIds, progress);
}
