// Where the classifier finds its model (in the repo) and its reference data (the
// workspace's shared data beside the repo, never copied in; LANDMARK_SHARED_DIR moves it).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '../..');

/** The trained UPR Info model shipped with the repo (`npm run train:classify` writes it). */
export const UPR_INFO_MODEL_PATH = resolve(HERE, 'models/upr-info.model.bin.gz');

export function sharedDataDir(): string {
  return resolve(process.env.LANDMARK_SHARED_DIR ?? resolve(REPO, '../shared'), 'data');
}

/** The UPR Info export (training data). */
export function uprInfoDataDir(): string {
  return resolve(sharedDataDir(), 'upr-info');
}

/** The taxonomy lists (UHRI themes and affected persons, SDG goals and targets). */
export function taxonomyDir(): string {
  return process.env.LANDMARK_TAXONOMY_DIR ?? resolve(sharedDataDir(), 'taxonomies');
}
