// `npm run bench`: prints figures, then one JSON line with all of them (the last line).
// Targets (issues 3, 5, 6): seeds_extract_ms ≤ 1000, csv_import_rows_per_s ≥ 3000 on PGlite,
// scorecard_ms ≤ 200, search_p95_ms ≤ 50, dashboard_ms < 2000.
import { BENCHES } from './benches.ts';

const figures: Record<string, number> = {};
for (const bench of BENCHES) {
  const started = Date.now();
  const result = await bench.run();
  for (const [key, value] of Object.entries(result)) {
    figures[key] = value;
    console.log(`${key.padEnd(28)} ${value}`);
  }
  console.log(`  (${bench.name}: ${Date.now() - started} ms in all)`);
}
console.log(JSON.stringify(figures));
