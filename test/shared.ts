// Where the workspace's shared inputs live: `../shared` beside the repository (never
// copied in). Override with LANDMARK_SHARED_DIR.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED_DIR = process.env.LANDMARK_SHARED_DIR ?? resolve(REPO_DIR, '../shared');
export const SEEDS_DIR = resolve(SHARED_DIR, 'seeds');
export const DATA_DIR = resolve(SHARED_DIR, 'data');

/** Absolute path of a seed by its number prefix (`000`, `001`…). */
export function seedPath(prefix: string): string {
  const names: Record<string, string> = {
    '000': '000_bb8416e928dd189c.txt',
    '001': '001_3734296c6092a21a.txt',
    '002': '002_5606ef62fa0df691.txt',
    '003': '003_8963a575eebde606.txt',
    '004': '004_4f2a691f6388f0a4.txt',
  };
  const name = names[prefix];
  if (!name) throw new Error(`no seed ${prefix}`);
  return resolve(SEEDS_DIR, name);
}

export const sharedAvailable = existsSync(SEEDS_DIR);
