// HTML (a saved web page, an OHCHR or UHRI page): text lines from the markup, with block
// boundaries as line breaks and table rows as tab-separated cells (html-text.helper.ts).
import { inputError } from '../../errors.ts';
import type { FormatReader, LoadedDocument, SourceFile } from '../types.ts';
import { htmlToLines } from './html-text.helper.ts';
import { looksLikeText } from './text.reader.ts';

const HTML_EXTENSIONS = /\.(html?|xhtml)$/i;

function head(bytes: Uint8Array, n = 2048): string {
  return new TextDecoder('latin1').decode(bytes.subarray(0, n));
}

/** True when the bytes open like an HTML document (doctype or `<html>`), after a BOM and blanks. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  return /^(\uFEFF|ï»¿)?\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>])/i.test(head(bytes));
}

/** The declared character set (`<meta charset>` or a content-type meta), UTF-8 otherwise. */
function charsetOf(bytes: Uint8Array): string {
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head(bytes, 4096));
  const label = m?.[1]?.toLowerCase() ?? 'utf-8';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return 'utf-8';
  }
}

/** Lines of an HTML string, as a LoadedDocument of the given format. */
export function documentFromHtml(file: SourceFile, html: string, format: 'html' | 'docx'): LoadedDocument {
  const texts = htmlToLines(html);
  const lines = texts.map((text, i) => ({ text, page: null, line: i + 1 }));
  return { file, format, text: texts.join('\n'), lines, rows: null };
}

export const htmlReader: FormatReader = {
  format: 'html',
  sniff(file: SourceFile) {
    return looksLikeHtml(file.bytes) || HTML_EXTENSIONS.test(file.name);
  },
  read(file: SourceFile): Promise<LoadedDocument> {
    if (!looksLikeText(file.bytes)) return Promise.reject(inputError({ file: file.name }, 'the file is binary, not HTML'));
    const html = new TextDecoder(charsetOf(file.bytes)).decode(file.bytes);
    return Promise.resolve(documentFromHtml(file, html, 'html'));
  },
};
