// Scores for the taxonomies that have no labelled examples (UHRI, SDG), derived from the
// UPR Info classifier's scores through Landmark's own correspondence tables, from cue
// words, and from the similarity of the text to each label's own text (noisy-OR).
import { decide, type Prediction } from './linear-model.ts';
import { UHRI_TO_SDG_TARGETS } from './sdg-links.data.ts';
import type { TaxonomyLists } from './taxonomy-lists.ts';
import { sparseDot, vectorize, type SparseVector, type Vectorizer } from './text-features.ts';
import { UHRI_TEXT_CUES, UPR_INFO_TO_UHRI } from './uhri-mapping.data.ts';

/** A cue alone (no supporting UPR Info issue) earns this score: enough to be predicted. */
const CUE_SCORE = 0.6;
/**
 * Cosine similarity to a label's own text is mapped linearly from [floor, floor + span] to
 * [0, cap]. UHRI names are short, so a shared word says little: alone it stays below 0.5
 * and only strengthens other evidence. SDG target texts are full sentences.
 */
interface SimScale {
  floor: number;
  span: number;
  cap: number;
}
const UHRI_SIM: SimScale = { floor: 0.3, span: 0.4, cap: 0.45 };
const SDG_SIM: SimScale = { floor: 0.2, span: 0.4, cap: 0.6 };

const cueRegex = (cues: readonly string[]): RegExp => new RegExp(`\\b(?:${cues.join('|')})`, 'i');
const noisyOr = (a: number, b: number): number => 1 - (1 - a) * (1 - b);
const simScore = (cos: number, sim: SimScale): number => Math.min(1, Math.max(0, (cos - sim.floor) / sim.span)) * sim.cap;

interface CompiledLink {
  issue: number;
  label: number;
  cue: RegExp | undefined;
}

export interface TaxonomyScorer {
  uhriLabels: string[];
  sdgLabels: string[];
  /** `issueScores` are the UPR Info scores of `text`, in the order of `issueLabels`. */
  uhri(text: string, x: SparseVector, issueScores: ArrayLike<number>): Prediction;
  sdg(text: string, x: SparseVector, issueScores: ArrayLike<number>): Prediction;
}

/**
 * Compiles the tables against the loaded lists. Throws when a table names a label that the
 * lists do not have (a renamed theme must be fixed in the table, not silently dropped).
 */
export function createTaxonomyScorer(lists: TaxonomyLists, issueLabels: readonly string[], vectorizer: Vectorizer): TaxonomyScorer {
  const uhriLabels = [...new Set([...lists.uhriThemes, ...lists.uhriPersons])];
  const uhriAt = new Map(uhriLabels.map((l, k) => [l, k]));
  const unknown: string[] = [];
  const uhriIndex = (label: string): number => {
    const k = uhriAt.get(label);
    if (k === undefined) unknown.push(label);
    return k ?? -1;
  };
  const links: CompiledLink[] = [];
  issueLabels.forEach((issue, i) => {
    for (const link of UPR_INFO_TO_UHRI[issue] ?? []) {
      links.push({ issue: i, label: uhriIndex(link.label), cue: link.cues ? cueRegex(link.cues) : undefined });
    }
  });
  const textCues = Object.entries(UHRI_TEXT_CUES).map(([label, cues]) => ({ label: uhriIndex(label), cue: cueRegex(cues) }));

  const goals = [...lists.sdgGoals.keys()];
  const targets = [...lists.sdgTargets.keys()];
  const sdgLabels = [...goals, ...targets];
  const sdgAt = new Map(sdgLabels.map((l, k) => [l, k]));
  const sdgLinks: { uhri: number; sdg: number }[] = [];
  for (const [label, ts] of Object.entries(UHRI_TO_SDG_TARGETS)) {
    const u = uhriIndex(label);
    for (const t of ts) {
      const s = sdgAt.get(t);
      if (s === undefined) unknown.push(`SDG target ${t}`);
      else sdgLinks.push({ uhri: u, sdg: s });
    }
  }
  if (unknown.length > 0) throw new Error(`classification tables name labels missing from the taxonomy lists: ${[...new Set(unknown)].join('; ')}`);
  const goalOf = sdgLabels.map((l) => sdgAt.get(l.split('.')[0]!)!);

  const uhriVectors = uhriLabels.map((l) => vectorize(vectorizer, l));
  const sdgVectors = sdgLabels.map((l) => vectorize(vectorizer, lists.sdgTargets.get(l) ?? lists.sdgGoals.get(l) ?? ''));

  function uhriScores(text: string, x: SparseVector, issueScores: ArrayLike<number>): Float64Array {
    const scores = new Float64Array(uhriLabels.length);
    for (const link of links) {
      const p = issueScores[link.issue]!;
      if (p <= scores[link.label]! || (link.cue && !link.cue.test(text))) continue;
      scores[link.label] = p;
    }
    for (const { label, cue } of textCues) if (cue.test(text)) scores[label] = Math.max(scores[label]!, CUE_SCORE);
    uhriVectors.forEach((v, k) => (scores[k] = noisyOr(scores[k]!, simScore(sparseDot(x, v), UHRI_SIM))));
    return scores;
  }

  return {
    uhriLabels,
    sdgLabels,
    uhri: (text, x, issueScores) => decide(uhriLabels, uhriScores(text, x, issueScores)),
    sdg(text, x, issueScores) {
      const u = uhriScores(text, x, issueScores);
      const scores = new Float64Array(sdgLabels.length);
      for (const { uhri, sdg } of sdgLinks) scores[sdg] = Math.max(scores[sdg]!, u[uhri]!);
      sdgVectors.forEach((v, k) => (scores[k] = noisyOr(scores[k]!, simScore(sparseDot(x, v), SDG_SIM))));
      // A goal is as likely as its likeliest target.
      scores.forEach((s, k) => (scores[goalOf[k]!] = Math.max(scores[goalOf[k]!]!, s)));
      return decide(sdgLabels, scores);
    },
  };
}
