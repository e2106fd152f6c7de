// search_p95_ms: with the seeds and the 30,259-row UPR Info export published on PGlite,
// 200 mixed full-text and faceted searches through the API (in-process requests, facets
// and counts included). Also dashboard_ms: GET /api/dashboard, the first request the
// server answers after the data is loaded (target < 2000).
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase } from '../server/db/connect.ts';
import { buildApp } from '../server/http/app.ts';
import { systemActor } from '../server/services/actor.ts';
import { ensureReferenceData } from '../server/services/ensure-reference-data.ts';
import { importDocument } from '../server/services/import-document.ts';
import type { SearchResult } from '../contracts/search.ts';
import { DATA_DIR, SHARED_DIR, seedPath } from '../test/shared.ts';
import type { Bench } from './benches.ts';

const FILES = [
  ...['000', '001', '002', '003', '004'].map(seedPath),
  ...['01-05', '06-09', '10-13', '14-16'].map((s) => resolve(DATA_DIR, `upr-info/upr-info-sessions-${s}.csv`)),
];

const WORDS = ['torture', '"freedom of expression"', 'women', 'children', 'discrimin*', '"human rights defenders"', 'death penalty', 'trafficking', 'educat*', 'disabilit*', 'journalists', 'indigenous', '"national human rights institution"', 'migrant workers', ''];
const FACETS = ['', 'mechanism=upr', 'position=supported', 'position=noted', 'state=FRA', 'state=USA&state=CAN', 'session=10', 'mechanism=treaty-body', 'sort=newest', 'page=2'];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export const searchSpeed: Bench = {
  name: '200 mixed searches over the seeds and the UPR Info export on PGlite',
  async run() {
    const dir = await mkdtemp(join(tmpdir(), 'landmark-bench-search-'));
    const database = await openDatabase({ dataDir: dir, command: 'bench' });
    try {
      await ensureReferenceData(database.db, SHARED_DIR);
      for (const path of FILES) {
        await importDocument(database.db, systemActor('bench'), { name: path.split('/').pop() ?? path, bytes: new Uint8Array(readFileSync(path)) }, { publish: true });
      }
      const app = await buildApp({ database, config: { logLevel: 'silent', smtpUrl: undefined, publicUrl: undefined }, webDir: '/nonexistent' });
      // The dashboard's first load: the first request the fresh server answers.
      const dashboardStarted = performance.now();
      const dashboardRes = await app.inject({ method: 'GET', url: '/api/dashboard' });
      const dashboard = performance.now() - dashboardStarted;
      if (dashboardRes.statusCode !== 200) throw new Error(`dashboard: ${dashboardRes.statusCode} ${dashboardRes.body}`);
      const queries: string[] = [];
      for (let i = 0; i < 200; i++) {
        const words = WORDS[i % WORDS.length]!;
        const facet = FACETS[(i * 7) % FACETS.length]!;
        queries.push([words ? `q=${encodeURIComponent(words)}` : '', facet].filter(Boolean).join('&'));
      }
      for (const q of queries.slice(0, 20)) await app.inject({ method: 'GET', url: `/api/search?${q}` }); // warm up
      const times: number[] = [];
      const dbTimes: number[] = [];
      // This process's CPU time per request too (PGlite runs in it): steadier than wall
      // time on a machine shared with other work.
      const cpuTimes: number[] = [];
      let total = 0;
      for (const q of queries) {
        const startedCpu = process.cpuUsage();
        const started = performance.now();
        const res = await app.inject({ method: 'GET', url: `/api/search?${q}` });
        times.push(performance.now() - started);
        const used = process.cpuUsage(startedCpu);
        cpuTimes.push((used.user + used.system) / 1000);
        if (res.statusCode !== 200) throw new Error(`search ${q}: ${res.statusCode} ${res.body}`);
        const body = res.json<SearchResult>();
        dbTimes.push(body.tookMs);
        total = Math.max(total, body.total);
      }
      await app.close();
      return {
        search_rows: total,
        search_p50_ms: Math.round(percentile(times, 50) * 10) / 10,
        search_p95_ms: Math.round(percentile(times, 95) * 10) / 10,
        search_db_p95_ms: Math.round(percentile(dbTimes, 95) * 10) / 10,
        search_cpu_p95_ms: Math.round(percentile(cpuTimes, 95) * 10) / 10,
        dashboard_ms: Math.round(dashboard),
      };
    } finally {
      await database.close();
      await rm(dir, { recursive: true, force: true });
    }
  },
};
