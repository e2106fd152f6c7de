// Loads a seed of ../shared as the text reader would, for importer tests.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { textReader } from '../server/importers/formats/text.reader.ts';
import type { LoadedDocument } from '../server/importers/types.ts';
import { seedPath } from './shared.ts';

export async function loadSeed(prefix: string): Promise<LoadedDocument> {
  const path = seedPath(prefix);
  return textReader.read({ name: basename(path), bytes: new Uint8Array(readFileSync(path)) });
}

/** A loaded document from text written in a test. */
export async function loadText(text: string, name = 'synthetic.txt'): Promise<LoadedDocument> {
  return textReader.read({ name, bytes: new TextEncoder().encode(text) });
}
