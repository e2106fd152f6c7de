// Plain text and markdown as exported from Word/PDF: UTF-8 (with or without BOM), any line
// ending. Cleaning of the seeds' quirks (`<p>` fragments, superscript markers) is left to
// the kind importers' shared helpers, which know what a paragraph is.
import { inputError } from '../../errors.ts';
import type { FormatReader, LoadedDocument, SourceFile } from '../types.ts';

const TEXT_EXTENSIONS = /\.(txt|text|md|markdown)$/i;

/** True when the bytes are plausibly text: no NUL byte in the first 8 KB. */
export function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return false;
  return true;
}

export const textReader: FormatReader = {
  format: 'text',
  sniff(file: SourceFile) {
    return TEXT_EXTENSIONS.test(file.name);
  },
  read(file: SourceFile): Promise<LoadedDocument> {
    if (!looksLikeText(file.bytes)) return Promise.reject(inputError({ file: file.name }, 'the file is binary, not text'));
    let text = new TextDecoder('utf-8').decode(file.bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    text = text.replace(/\r\n?/g, '\n');
    const lines = text.split('\n').map((t, i) => ({ text: t, page: null, line: i + 1 }));
    return Promise.resolve({ file, format: /\.(md|markdown)$/i.test(file.name) ? 'markdown' : 'text', text, lines, rows: null });
  },
};
