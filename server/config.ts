// Configuration from the environment, validated once at the edge.
import { resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_PRETRIAL_LIMIT_DAYS, DEFAULT_RELEASE_FRACTION } from '../contracts/cases.ts';
import { AppError } from './errors.ts';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  LANDMARK_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.url().optional(),
  SMTP_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LANDMARK_SHARED_DIR: z.string().optional(),
  LANDMARK_PUBLIC_URL: z.url().optional(),
  LANDMARK_PRETRIAL_LIMIT_DAYS: z.coerce.number().int().min(0).default(DEFAULT_PRETRIAL_LIMIT_DAYS),
  LANDMARK_RELEASE_FRACTION: z.coerce.number().gt(0).max(1).default(DEFAULT_RELEASE_FRACTION),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  smtpUrl: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** Where reference taxonomies are looked for at first start. */
  sharedDir: string;
  publicUrl: string | undefined;
  /** Default rules for the flags on cases (a request may set its own). */
  caseRules: { pretrialLimitDays: number; releaseFraction: number };
}

/** Reads the configuration; throws bad-input naming the variable when one is malformed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('bad-input', `environment variable ${String(issue?.path[0])}: ${issue?.message ?? 'invalid'}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.LANDMARK_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    smtpUrl: e.SMTP_URL,
    logLevel: e.LOG_LEVEL,
    sharedDir: resolve(e.LANDMARK_SHARED_DIR ?? resolve(import.meta.dirname, '../../shared')),
    publicUrl: e.LANDMARK_PUBLIC_URL,
    caseRules: { pretrialLimitDays: e.LANDMARK_PRETRIAL_LIMIT_DAYS, releaseFraction: e.LANDMARK_RELEASE_FRACTION },
  };
}
