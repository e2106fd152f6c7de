// What every importer takes and gives. Importers are pure: bytes in, typed result out.
import type { DocumentKind } from '../../contracts/enums.ts';
import type { ExtractResult } from '../../contracts/extract.ts';

export interface SourceFile {
  /** File name as the user gave it (used in error messages and for the extension). */
  name: string;
  bytes: Uint8Array;
}

export type ProgressFn = (done: number, total: number, message?: string) => void;

export interface ExtractOptions {
  /** Force a kind instead of detecting it. */
  kind?: DocumentKind;
  onProgress?: ProgressFn;
}

export type { ExtractResult };

/** The container a document came in. */
export type Format = 'text' | 'markdown' | 'pdf' | 'docx' | 'html' | 'csv' | 'xlsx';

/**
 * A document read out of its container, before its kind is known. Text formats (txt, md,
 * pdf, docx, html) fill `text` with one line per visual line (PDF running heads, footers,
 * page numbers and footnotes already removed) and `lines` with where each line came from;
 * tabular formats (csv, xlsx) fill `rows` (header first).
 */
export interface LoadedDocument {
  file: SourceFile;
  format: Format;
  text: string;
  lines: LoadedLine[];
  rows: string[][] | null;
}

export interface LoadedLine {
  text: string;
  /** 1-based page (PDF) or null. */
  page: number | null;
  /** 1-based line number in the source text (text formats) or on the page (PDF). */
  line: number;
}

/** Reads one container format. */
export interface FormatReader {
  format: Format;
  /** True when the bytes/name look like this format (magic bytes first, extension second). */
  sniff(file: SourceFile): boolean;
  read(file: SourceFile, onProgress?: ProgressFn): Promise<LoadedDocument>;
}

/** Recognises and extracts one kind of document. */
export interface KindImporter {
  kind: DocumentKind;
  /** A score in [0, 1]: how sure this importer is that the document is of its kind. */
  detect(doc: LoadedDocument): number;
  extract(doc: LoadedDocument, onProgress?: ProgressFn): ExtractResult;
}
