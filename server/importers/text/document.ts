// What every text importer starts from: the document read into blocks, paragraphs and
// tables, and the metadata common to all kinds.
import type { DocumentKind } from '../../../contracts/enums.ts';
import type { ExtractedDocument } from '../../../contracts/extract.ts';
import type { LoadedDocument } from '../types.ts';
import { parseBlocks, type Block } from './blocks.ts';
import { documentCountry } from './country.ts';
import { councilSession, findDate, findTitle, ownSymbol } from './metadata.ts';
import { assembleParagraphs, type Para } from './paragraphs.ts';
import { groupTables, type Table } from './tables.ts';

export interface ReadText {
  blocks: Block[];
  paras: Para[];
  tables: Table[];
}

// Detection and extraction both read the same document; read it once.
const cache = new WeakMap<LoadedDocument, ReadText>();

/** Reads a loaded text document into blocks, paragraphs and tables (cached per document; treat as read-only). */
export function readText(doc: LoadedDocument): ReadText {
  const cached = cache.get(doc);
  if (cached) return cached;
  const blocks = parseBlocks(doc.lines);
  const read = { blocks, paras: assembleParagraphs(blocks), tables: groupTables(blocks) };
  cache.set(doc, read);
  return read;
}

/**
 * The document's own metadata (symbol, title, date, country, HRC session) with warnings
 * for what could not be settled. `overrides` lets a kind supply what it knows better.
 */
export function describeDocument(doc: LoadedDocument, kind: DocumentKind, overrides: Partial<ExtractedDocument> = {}): { document: ExtractedDocument; warnings: string[] } {
  const warnings: string[] = [];
  const found = findDate(doc.lines);
  if (found?.monthOnly) warnings.push(`the document is dated by month only; date set to the first day (${found.date})`);
  const country = documentCountry(doc.text);
  if (!country.iso3 && country.named && overrides.country === undefined) {
    warnings.push(`the document is about "${country.named}", but no UN symbol gives its ISO code and State names are not resolved yet`);
  }
  const document: ExtractedDocument = {
    symbol: ownSymbol(doc.lines),
    kind,
    title: findTitle(doc.lines),
    date: found?.date ?? null,
    country: country.iso3,
    session: councilSession(doc.lines),
    language: 'en',
    ...overrides,
  };
  return { document, warnings };
}
