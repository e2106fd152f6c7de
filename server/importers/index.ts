// extract(): bytes in, structured contents out. Picks the container reader, then the kind
// (forced, or the importer most sure of it), and never touches the database.
import { AppError, inputError } from '../errors.ts';
import type { DocumentKind } from '../../contracts/enums.ts';
import type { ExtractOptions, ExtractResult, KindImporter, LoadedDocument, SourceFile } from './types.ts';
import { KIND_IMPORTERS, FORMAT_READERS } from './registry.ts';
import { MAX_IMPORT_BYTES } from './limits.ts';

export { MAX_IMPORT_BYTES };
/** Below this score no importer is sure enough, and the kind must be given. */
const MIN_DETECT_SCORE = 0.3;

/** Reads the container of a file. Throws bad-input naming the file when it is empty or unreadable. */
export async function load(file: SourceFile, onProgress?: ExtractOptions['onProgress']): Promise<LoadedDocument> {
  if (file.bytes.length === 0) throw inputError({ file: file.name }, 'the file is empty');
  if (file.bytes.length > MAX_IMPORT_BYTES) {
    throw new AppError('too-large', `${file.name}: the file is ${Math.round(file.bytes.length / 1048576)} MB; the limit is ${MAX_IMPORT_BYTES / 1048576} MB`, { place: { file: file.name } });
  }
  const reader = FORMAT_READERS.find((r) => r.sniff(file));
  if (!reader) throw inputError({ file: file.name }, 'not a format Landmark reads (PDF, DOCX, HTML, text, markdown, CSV, XLSX)');
  return reader.read(file, onProgress);
}

/** Chooses the importer for a loaded document; throws unsupported-kind when none is sure. */
export function detectKind(doc: LoadedDocument): KindImporter {
  let best: { importer: KindImporter; score: number } | null = null;
  for (const importer of KIND_IMPORTERS) {
    const score = importer.detect(doc);
    if (!best || score > best.score) best = { importer, score };
  }
  if (!best || best.score < MIN_DETECT_SCORE) {
    throw new AppError('unsupported-kind', `${doc.file.name}: not a kind of document Landmark recognises; name it with --kind (${KIND_IMPORTERS.map((k) => k.kind).join(', ')})`, { place: { file: doc.file.name } });
  }
  return best.importer;
}

export function importerFor(kind: DocumentKind, fileName: string): KindImporter {
  const importer = KIND_IMPORTERS.find((k) => k.kind === kind);
  if (!importer) throw new AppError('unsupported-kind', `${fileName}: no importer for kind "${kind}"`);
  return importer;
}

/** Extracts the structured contents of a file. Pure: no database. */
export async function extract(file: SourceFile, opts: ExtractOptions = {}): Promise<ExtractResult> {
  const doc = await load(file, opts.onProgress);
  const importer = opts.kind ? importerFor(opts.kind, file.name) : detectKind(doc);
  return importer.extract(doc, opts.onProgress);
}
