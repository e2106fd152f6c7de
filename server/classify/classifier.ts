// The classifier Landmark loads at start: the trained UPR Info model from the repo, and the
// UHRI and SDG scorers built on it from the taxonomy lists (read when first needed).
import { readFileSync } from 'node:fs';
import { UPR_INFO_MODEL_PATH, taxonomyDir } from './classify-paths.ts';
import { decide, margins, type LinearMultiLabelModel, type Prediction } from './linear-model.ts';
import { decodeModel } from './model-file.ts';
import { createTaxonomyScorer, type TaxonomyScorer } from './taxonomy-scorer.ts';
import { loadTaxonomyLists } from './taxonomy-lists.ts';
import { vectorize } from './text-features.ts';

export const TAXONOMIES = ['upr-info', 'uhri', 'sdg'] as const;
export type Taxonomy = (typeof TAXONOMIES)[number];

export interface Classifier {
  /**
   * One prediction per text, in order: the labels (at least one, spelled as the taxonomy
   * spells them) and the scores in 0–1 of every label scoring 0.05 or more, best first.
   * Throws when the taxonomy lists needed for `uhri` or `sdg` cannot be read.
   */
  classify(texts: readonly string[], taxonomy: Taxonomy): Prediction[];
  /** Every label the taxonomy can give. */
  labels(taxonomy: Taxonomy): string[];
}

export interface ClassifierOptions {
  modelPath?: string;
  /** Directory of the taxonomy lists (uhri-themes.csv, sdg-targets.csv, …). */
  taxonomyDir?: string;
}

export function createClassifier(model: LinearMultiLabelModel, dir: string): Classifier {
  let scorer: TaxonomyScorer | undefined;
  const taxonomies = (): TaxonomyScorer => (scorer ??= createTaxonomyScorer(loadTaxonomyLists(dir), model.labels, model.vectorizer));
  const issueScores = (m: Float64Array): Float64Array => {
    for (let l = 0; l < m.length; l++) m[l] = 1 / (1 + Math.exp(-model.scale * (m[l]! - model.thresholds[l]!)));
    return m;
  };
  return {
    classify(texts, taxonomy) {
      return texts.map((text) => {
        const x = vectorize(model.vectorizer, text);
        const issues = issueScores(margins(model, x));
        switch (taxonomy) {
          case 'upr-info':
            return decide(model.labels, issues);
          case 'uhri':
            return taxonomies().uhri(text, x, issues);
          case 'sdg':
            return taxonomies().sdg(text, x, issues);
        }
      });
    },
    labels(taxonomy) {
      switch (taxonomy) {
        case 'upr-info':
          return [...model.labels];
        case 'uhri':
          return [...taxonomies().uhriLabels];
        case 'sdg':
          return [...taxonomies().sdgLabels];
      }
    },
  };
}

/**
 * Loads the model file (by default the one in the repo). Throws when the file is missing
 * (run `npm run train:classify`) or not a model.
 */
export function loadClassifier(options: ClassifierOptions = {}): Classifier {
  const path = options.modelPath ?? UPR_INFO_MODEL_PATH;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new Error(`${path}: no classifier model (run \`npm run train:classify\`)`, { cause: err });
  }
  return createClassifier(decodeModel(bytes).model, options.taxonomyDir ?? taxonomyDir());
}

let shared: Classifier | undefined;

/** Classifies with the default classifier, loaded on first use. */
export function classify(texts: readonly string[], taxonomy: Taxonomy): Prediction[] {
  shared ??= loadClassifier();
  return shared.classify(texts, taxonomy);
}
