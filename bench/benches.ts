// The benchmarks `npm run bench` runs, each returning named figures.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase } from '../server/db/connect.ts';
import { extract } from '../server/importers/index.ts';
import { importDocument } from '../server/services/import-document.ts';
import { ANONYMOUS, systemActor } from '../server/services/actor.ts';
import { ensureReferenceData } from '../server/services/ensure-reference-data.ts';
import { renderReport } from '../server/services/render-report.ts';
import { DATA_DIR, SHARED_DIR, seedPath } from '../test/shared.ts';
import { loadClassifier } from '../server/classify/classifier.ts';
import { uprInfoDataDir } from '../server/classify/classify-paths.ts';
import { loadUprInfoDir } from '../server/classify/upr-info-data.ts';
import { searchSpeed } from './search.bench.ts';

export interface Bench {
  name: string;
  run(): Promise<Record<string, number>>;
}

const SEEDS = ['000', '001', '002', '003', '004'];
const UPR_INFO = ['01-05', '06-09', '10-13', '14-16'].map((s) => resolve(DATA_DIR, `upr-info/upr-info-sessions-${s}.csv`));

function file(path: string) {
  return { name: path.split('/').pop() ?? path, bytes: new Uint8Array(readFileSync(path)) };
}

const seedsExtract: Bench = {
  name: 'extract the five seeds',
  async run() {
    const files = SEEDS.map((s) => file(seedPath(s)));
    for (const f of files) await extract(f); // warm up the code paths
    const started = performance.now();
    for (const f of files) await extract(f);
    return { seeds_extract_ms: Math.round(performance.now() - started) };
  },
};

const csvImport: Bench = {
  name: 'import the 30,259-row UPR Info export on PGlite',
  async run() {
    const dir = await mkdtemp(join(tmpdir(), 'landmark-bench-'));
    const database = await openDatabase({ dataDir: dir, command: 'bench' });
    try {
      const files = UPR_INFO.map(file);
      let rows = 0;
      const startedCpu = process.cpuUsage();
      const started = performance.now();
      for (const f of files) rows += (await importDocument(database.db, systemActor('bench'), f, { publish: true })).counts?.recommendations ?? 0;
      const seconds = (performance.now() - started) / 1000;
      const used = process.cpuUsage(startedCpu);
      const cpuSeconds = (used.user + used.system) / 1e6;
      return {
        csv_import_rows: rows,
        csv_import_s: Math.round(seconds * 10) / 10,
        csv_import_rows_per_s: Math.round(rows / seconds),
        // By this process's CPU time (PGlite runs in it): the steadier figure on a shared machine.
        csv_import_cpu_rows_per_s: Math.round(rows / cpuSeconds),
      };
    } finally {
      await database.close();
      await rm(dir, { recursive: true, force: true });
    }
  },
};

const classifySpeed: Bench = {
  name: 'classify UPR Info sessions 14–16 on one core',
  async run() {
    const texts = loadUprInfoDir(uprInfoDataDir()).filter((r) => r.session >= 14).map((r) => r.text);
    const classifier = loadClassifier();
    classifier.classify(texts.slice(0, 200), 'upr-info');
    const started = performance.now();
    classifier.classify(texts, 'upr-info');
    const seconds = (performance.now() - started) / 1000;
    return { classify_per_s: Math.round(texts.length / seconds) };
  },
};

const scorecard: Bench = {
  name: 'scorecard of 20 benchmarks as DOCX from the database (PGlite in memory), median of 9 warm runs',
  async run() {
    const database = await openDatabase({ dataDir: null });
    try {
      await ensureReferenceData(database.db, SHARED_DIR);
      for (const s of ['000', '001']) await importDocument(database.db, systemActor('bench'), file(seedPath(s)), { publish: true });
      const make = () => renderReport(database.db, ANONYMOUS, 'scorecard', { lang: 'en', format: 'docx' });
      await make(); // warm up the code paths
      // Wall time, and this process's CPU time (PGlite runs in it too): on a machine shared
      // with other work the second is the steadier figure.
      const wall: number[] = [];
      const cpu: number[] = [];
      for (let i = 0; i < 9; i++) {
        const startedCpu = process.cpuUsage();
        const started = performance.now();
        await make();
        wall.push(performance.now() - started);
        const used = process.cpuUsage(startedCpu);
        cpu.push((used.user + used.system) / 1000);
      }
      const median = (values: number[]): number => Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!);
      return { scorecard_ms: median(wall), scorecard_cpu_ms: median(cpu) };
    } finally {
      await database.close();
    }
  },
};

export const BENCHES: readonly Bench[] = [seedsExtract, csvImport, scorecard, classifySpeed, searchSpeed];
