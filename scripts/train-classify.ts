// `npm run train:classify [-- DATA_DIR] [--with-confirmed FILE]`: trains the UPR Info issue
// classifier on every session of the export (1–16), plus the tags people confirmed in
// Landmark when given (`landmark classify export-confirmed > FILE`), and writes the model
// file kept in the repo.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { UPR_INFO_MODEL_PATH, uprInfoDataDir } from '../server/classify/classify-paths.ts';
import { parseConfirmedExamples } from '../server/classify/confirmed-examples.ts';
import { encodeModel } from '../server/classify/model-file.ts';
import { trainMultiLabel } from '../server/classify/multilabel.trainer.ts';
import { loadUprInfoDir } from '../server/classify/upr-info-data.ts';
import { UPR_INFO_ISSUES } from '../server/classify/upr-info-issues.ts';

const { values, positionals } = parseArgs({ options: { 'with-confirmed': { type: 'string' } }, allowPositionals: true });
const dataDir = positionals[0] ?? uprInfoDataDir();
const confirmedFile = values['with-confirmed'];
const t0 = performance.now();
const records = loadUprInfoDir(dataDir);
const sessions = [...new Set(records.map((r) => r.session))].sort((a, b) => a - b);
console.log(`${records.length} recommendations, sessions ${sessions[0] ?? '?'}–${sessions.at(-1) ?? '?'}`);
const confirmed = confirmedFile ? parseConfirmedExamples(readFileSync(confirmedFile, 'utf8'), UPR_INFO_ISSUES, confirmedFile) : [];
if (confirmedFile) console.log(`${confirmed.length} recommendations with confirmed tags from ${confirmedFile}`);
const model = await trainMultiLabel(
  [...records.map((r) => ({ text: r.text, labels: r.issues, group: r.session })), ...confirmed],
  UPR_INFO_ISSUES,
  { onProgress: (step) => console.log(step) },
);
const bytes = encodeModel(model, {
  data: confirmed.length > 0 ? 'UPR Info export and confirmed tags' : 'UPR Info export',
  sessions: `${sessions[0] ?? ''}-${sessions.at(-1) ?? ''}`,
  examples: records.length + confirmed.length,
});
mkdirSync(dirname(UPR_INFO_MODEL_PATH), { recursive: true });
writeFileSync(UPR_INFO_MODEL_PATH, bytes);
console.log(`vocabulary ${model.vectorizer.vocab.length} terms, ${model.labels.length} labels`);
console.log(`wrote ${UPR_INFO_MODEL_PATH} (${(bytes.length / 1048576).toFixed(2)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
