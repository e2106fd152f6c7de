// The dashboard: each monitor's scorecard for its latest period, and totals.
import { z } from 'zod';

export const CHANGES = ['improved', 'worsened', 'same', 'first'] as const;
export type Change = (typeof CHANGES)[number];

export const scorecardRowSchema = z.object({
  benchmarkId: z.string(),
  code: z.string().nullable(),
  number: z.number().int().nullable(),
  title: z.string(),
  grade: z.string(),
  label: z.string(),
  colour: z.string(),
  previous: z.object({ grade: z.string(), label: z.string(), colour: z.string() }).nullable(),
  change: z.enum(CHANGES),
  assessors: z.array(z.string()),
});
export type ScorecardRow = z.infer<typeof scorecardRowSchema>;

export const gradeCountSchema = z.object({ grade: z.string(), label: z.string(), colour: z.string(), rank: z.number().int(), count: z.number().int() });
export type GradeCount = z.infer<typeof gradeCountSchema>;

export const scorecardSchema = z.object({
  monitor: z.object({ id: z.string(), name: z.string() }),
  period: z.object({ id: z.string(), label: z.string(), startsOn: z.string(), endsOn: z.string() }),
  /** The period compared with: the previous reporting period, or the year the benchmarks were set. */
  since: z.object({ label: z.string(), document: z.string().nullable() }).nullable(),
  rows: z.array(scorecardRowSchema),
  totals: z.array(gradeCountSchema),
  changes: z.record(z.enum(CHANGES), z.number().int()),
  /** Grades counted per period, oldest first (the chart of grades over time). */
  history: z.array(z.object({ period: z.string(), counts: z.array(gradeCountSchema) })),
});
export type Scorecard = z.infer<typeof scorecardSchema>;

export const countSchema = z.object({ key: z.string(), label: z.string(), count: z.number().int() });
export type Count = z.infer<typeof countSchema>;

export const dashboardSchema = z.object({
  scorecards: z.array(scorecardSchema),
  recommendations: z.number().int(),
  documents: z.number().int(),
  byMechanism: z.array(countSchema),
  byTheme: z.array(countSchema),
  bySdg: z.array(countSchema),
  byPosition: z.array(countSchema),
  /** Latest grade of each recommendation (`none` when not assessed). */
  byStatus: z.array(countSchema),
  /** Actions per institution and status. */
  actionsByInstitution: z.array(z.object({ institution: z.string(), planned: z.number().int(), inProgress: z.number().int(), completed: z.number().int() })),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
