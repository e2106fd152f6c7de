// The tagging API's shapes (browser-safe): classification, a person's decision on a tag,
// and related recommendations.
import { z } from 'zod';
import { TAG_ORIGINS } from './enums.ts';

export const CLASSIFY_TAXONOMIES = ['upr-info', 'uhri', 'sdg'] as const;
export const MAX_CLASSIFY_TEXTS = 1000;
export const MAX_CLASSIFY_TEXT_LENGTH = 20_000;

export const classifyBodySchema = z.object({
  texts: z.array(z.string().max(MAX_CLASSIFY_TEXT_LENGTH)).min(1).max(MAX_CLASSIFY_TEXTS).describe('The texts to classify, at most 1,000 of at most 20,000 characters'),
  taxonomy: z.enum(CLASSIFY_TAXONOMIES).describe('upr-info: the 54 UPR Info issues; uhri: UHRI themes and groups of persons; sdg: SDG goals ("16") and targets ("16.10")'),
});

/** One per text, in order: as `landmark classify --jsonl` prints it. */
export const predictionSchema = z.object({
  labels: z.array(z.string()).describe('The suggested labels (at least one), spelled as the taxonomy spells them'),
  scores: z.record(z.string(), z.number()).describe('Every label scoring 0.05 or more, with its score in 0–1, best first'),
});

export const TAG_ACTIONS = ['confirm', 'reject'] as const;

export const decideTagBodySchema = z
  .object({
    termId: z.uuid().optional().describe('The term, by id'),
    taxonomy: z.string().min(1).optional().describe('Or the term by taxonomy (`sdg`, `uhri-theme`, `uhri-affected`, `upr-info`)…'),
    code: z.string().min(1).optional().describe('…and code (`16.10`, `Freedom of opinion and expression & access to information`)'),
    action: z.enum(TAG_ACTIONS),
  })
  .refine((b) => b.termId !== undefined || (b.taxonomy !== undefined && b.code !== undefined), { message: 'give termId, or taxonomy and code', path: ['termId'] });
export type DecideTagBody = z.infer<typeof decideTagBodySchema>;

export const tagSchema = z.object({
  termId: z.string(),
  taxonomy: z.string(),
  code: z.string(),
  label: z.string(),
  origin: z.enum(TAG_ORIGINS),
  confidence: z.number().nullable().describe('The classifier\'s score when it suggested the tag'),
});
export type Tag = z.infer<typeof tagSchema>;

export const relatedQuerySchema = z.object({
  k: z.coerce.number().int().min(1).max(50).default(10).describe('How many at most'),
  minScore: z.coerce.number().min(0).max(1).default(0.1).describe('Leave out matches scoring below this (cosine similarity)'),
  mechanisms: z.enum(['all', 'other']).default('all').describe('`other`: only recommendations of another mechanism than the one asked about'),
});
export type RelatedQuery = z.infer<typeof relatedQuerySchema>;

export const relatedRecommendationSchema = z.object({
  id: z.string(),
  score: z.number().describe('Cosine similarity of the texts (words and word pairs, TF-IDF), 0–1'),
  ref: z.string(),
  text: z.string(),
  mechanism: z.string().nullable(),
  country: z.string().nullable(),
  cycle: z.number().nullable(),
  session: z.number().nullable(),
  document: z.object({ id: z.string(), symbol: z.string().nullable(), title: z.string().nullable(), date: z.string().nullable() }),
});
export type RelatedRecommendation = z.infer<typeof relatedRecommendationSchema>;

export const relatedToRecommendationSchema = z.object({
  id: z.string(),
  related: z.array(relatedRecommendationSchema),
});
export type RelatedToRecommendation = z.infer<typeof relatedToRecommendationSchema>;

export const relatedToBenchmarkSchema = z.object({
  id: z.string(),
  code: z.string().nullable(),
  related: z.array(relatedRecommendationSchema.extend({ isSource: z.boolean().describe('Already one of the recommendations the benchmark rests on') })),
});
export type RelatedToBenchmark = z.infer<typeof relatedToBenchmarkSchema>;
