// Benchmarks a monitor derives itself (browser-safe): what creating and changing one takes,
// the record a change answers with, and adding or removing the recommendations it rests on.
import { z } from 'zod';

/** The states a monitor may set; `discarded` stays the review screen's. */
export const EDITABLE_BENCHMARK_STATES = ['draft', 'published'] as const;
export type EditableBenchmarkState = (typeof EDITABLE_BENCHMARK_STATES)[number];

export const BENCHMARK_SOURCE_ORIGINS = ['imported', 'manual'] as const;
export type BenchmarkSourceOrigin = (typeof BENCHMARK_SOURCE_ORIGINS)[number];

export const MAX_BENCHMARK_CODE = 50;
export const MAX_BENCHMARK_TITLE = 2000;
export const MAX_BENCHMARK_TIMEFRAME = 200;

const code = z.string().min(1).max(MAX_BENCHMARK_CODE).describe('Short and unique within the monitor, as people cite it (`F`, `NHRI-3`); compared without regard to case');
const number = z.number().int().min(1).max(10_000).describe('Its place in the monitor\'s list, unique within the monitor');
const title = z.string().min(1).max(MAX_BENCHMARK_TITLE).describe('What the benchmark asks, in the monitor\'s words; shown wherever no report words it');
const timeframe = z.string().max(MAX_BENCHMARK_TIMEFRAME).describe('By when (`2024–2025`, `by the end of the fourth UPR cycle`); shown wherever no report states one');

export const newBenchmarkBody = z.object({
  monitorId: z.uuid().optional().describe('The monitor (an existing organisation) whose benchmark this is…'),
  monitorName: z.string().max(300).optional().describe('…or the monitor by name, created when unknown (give one of the two)'),
  code,
  number: number.nullable().default(null),
  title,
  timeframe: timeframe.nullable().default(null),
  state: z.enum(EDITABLE_BENCHMARK_STATES).default('draft').describe('`draft`: only signed-in readers see it; `published`: everyone does'),
});
export type NewBenchmarkBody = z.infer<typeof newBenchmarkBody>;
/** What a client sends (defaults may be left out). */
export type NewBenchmarkInput = z.input<typeof newBenchmarkBody>;

export const benchmarkPatch = z.object({
  version: z.number().int().min(1).describe('The version you read; a stale one is refused (409) with the current record'),
  code: code.optional(),
  number: number.nullable().optional(),
  title: title.nullable().optional().describe('The monitor\'s own title; null removes it (a benchmark no report words keeps one)'),
  timeframe: timeframe.nullable().optional(),
  state: z.enum(EDITABLE_BENCHMARK_STATES).optional(),
});
export type BenchmarkPatch = z.infer<typeof benchmarkPatch>;

/** A benchmark's own fields, as a monitor edits them. */
export const benchmarkRecordSchema = z.object({
  id: z.string(),
  monitor: z.object({ id: z.string(), name: z.string() }),
  code: z.string().nullable(),
  number: z.number().int().nullable(),
  title: z.string().nullable().describe('Its own title (reports\' wordings, when there are any, are shown before it)'),
  timeframe: z.string().nullable().describe('Its own timeframe (the latest report\'s, when one states it, is shown before it)'),
  state: z.enum(['draft', 'published', 'discarded']),
  version: z.number().int(),
});
export type BenchmarkRecord = z.infer<typeof benchmarkRecordSchema>;

export const benchmarkSourceBody = z.object({ recommendationId: z.uuid().describe('A published recommendation') });

export const benchmarkSourceSchema = z.object({
  benchmarkId: z.string(),
  recommendationId: z.string(),
  origin: z.enum(BENCHMARK_SOURCE_ORIGINS).describe('`imported`: a report cites it; `manual`: a monitor added it'),
});
export type BenchmarkSource = z.infer<typeof benchmarkSourceSchema>;
