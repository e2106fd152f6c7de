// Reviewing an imported document before it is published: what was extracted, next to the
// source text, and the fixes a reviewer makes (edit, merge, split, discard, restore).
import { z } from 'zod';
import { paragraphSchema } from './records.ts';

export const reviewSummarySchema = z.object({
  id: z.string(),
  symbol: z.string().nullable(),
  title: z.string().nullable(),
  kind: z.string(),
  filename: z.string().nullable(),
  createdAt: z.string(),
  recommendations: z.number().int(),
});
export type ReviewSummary = z.infer<typeof reviewSummarySchema>;

export const reviewRecommendationSchema = z.object({
  id: z.string(),
  ref: z.string(),
  text: z.string(),
  state: z.string(),
  paragraphRef: z.string().nullable(),
  /** The recommending States, named in the reader's language. */
  states: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type ReviewRecommendation = z.infer<typeof reviewRecommendationSchema>;

export const reviewDocumentSchema = reviewSummarySchema.extend({
  state: z.string(),
  mechanism: z.string().nullable(),
  date: z.string().nullable(),
  paragraphs: z.array(paragraphSchema),
  items: z.array(reviewRecommendationSchema),
  benchmarks: z.array(z.object({ id: z.string(), code: z.string().nullable(), number: z.number().int().nullable(), title: z.string(), state: z.string(), sources: z.number().int() })),
  grades: z.array(z.object({ id: z.string(), benchmark: z.string().nullable(), period: z.string(), grade: z.string(), label: z.string(), colour: z.string(), state: z.string() })),
});
export type ReviewDocument = z.infer<typeof reviewDocumentSchema>;

export const editRecommendationSchema = z.object({ text: z.string().min(1).max(20_000).optional(), ref: z.string().min(1).max(100).optional() });
export const splitRecommendationSchema = z.object({ at: z.number().int().min(1) });
export const mergeRecommendationSchema = z.object({ with: z.uuid() });

export const publishResultSchema = z.object({ recommendations: z.number().int(), benchmarks: z.number().int(), assessments: z.number().int(), cited: z.number().int() });
export type PublishResult = z.infer<typeof publishResultSchema>;
