// OHCHR's thematic list of recommendations (the UPR matrix): a table whose rows are
// recommendations (`118.1 Ratify … (State, State);`) grouped under `Theme:` rows, with a
// position column (Supported / Noted), a column of themes and a `Source of position:` line
// naming the document (and paragraph) where the State gave its position.
import type { ExtractedParagraph, ExtractedRecommendation } from '../../../contracts/extract.ts';
import type { Position } from '../../../contracts/enums.ts';
import type { ExtractResult, KindImporter, LoadedDocument, ProgressFn } from '../types.ts';
import { SYMBOL_SOURCE } from '../text/citations.ts';
import { cleanText, stripListEnding } from '../text/clean.ts';
import { describeDocument } from '../text/document.ts';
import { uprCycle, uprSession } from '../text/metadata.ts';

const REC_START = /^(\d{1,3}\.\d{1,3})\s+(\S.*)$/;
const THEME_ROW = /^Themes?:\s*(.+)$/i;
const SOURCE_ROW = new RegExp(String.raw`^Source of position:\s*(${SYMBOL_SOURCE})(?:\s*[-–,]\s*paras?\.?\s*(\d+))?`, 'i');

function position(cell: string): Position | null {
  if (/^(?:supported|accepted)/i.test(cell)) return 'supported';
  if (/^noted/i.test(cell)) return 'noted';
  return null;
}

/** `Ratify X (Chile, Peru);` → the text and the States as printed. */
function splitStates(text: string): { text: string; states: string[] } {
  const m = /^(.*\S)\s*\(([^()]+)\)\s*[;.]?\s*$/.exec(text);
  if (!m) return { text: stripListEnding(text), states: [] };
  const states = m[2]!.split(/\s*(?:,|;|\band\b)\s*/).map((s) => s.trim()).filter((s) => s !== '');
  return { text: stripListEnding(m[1]!), states };
}

function themeList(cell: string): string[] {
  return cell.split(/\s*;\s*|\s+(?=[A-Z]\d{1,2}\s)/).map((t) => t.trim()).filter((t) => t !== '' && !/^affected persons/i.test(t));
}

interface Parsed {
  recommendations: ExtractedRecommendation[];
  paragraphs: ExtractedParagraph[];
}

function parseRows(doc: LoadedDocument): Parsed {
  const recommendations: ExtractedRecommendation[] = [];
  const paragraphs: ExtractedParagraph[] = [];
  let theme: string | null = null;
  let current: ExtractedRecommendation | null = null;
  for (const { text: raw, line } of doc.lines) {
    const cells = raw.split('\t').map(cleanText);
    const first = cells[0] ?? '';
    if (!first && cells.every((c) => c === '')) continue;
    const themeRow = THEME_ROW.exec(first);
    if (themeRow) {
      theme = themeRow[1]!;
      current = null;
      continue;
    }
    const source = SOURCE_ROW.exec(first);
    if (source && current) {
      current.source = { symbol: source[1]!, paragraph: source[2] ?? null };
      continue;
    }
    const rec = REC_START.exec(first);
    if (!rec) continue;
    const { text, states } = splitStates(rec[2]!);
    const themes = themeList(cells[2] ?? '');
    current = {
      ref: rec[1]!,
      text,
      paragraph: rec[1]!,
      recommendingStates: [],
      statesAsPrinted: states,
      position: position(cells[1] ?? ''),
      addressee: null,
      themes: themes.length > 0 ? themes : theme ? [theme] : [],
      cluster: theme,
      source: null,
    };
    recommendations.push(current);
    paragraphs.push({ ref: rec[1]!, text: first, line });
  }
  return { recommendations, paragraphs };
}

export const ohchrThematicListImporter: KindImporter = {
  kind: 'ohchr-thematic-list',
  detect(doc: LoadedDocument): number {
    const head = doc.text.slice(0, 3000);
    const titled = /Thematic list of recommendations|Matrix of recommendations/i.test(head);
    const header = doc.lines.slice(0, 60).some((l) => /^Recommendation\t+Position\b/i.test(l.text.trim()));
    const themed = /^Theme:\s/m.test(doc.text);
    return (titled ? 0.45 : 0) + (header ? 0.3 : 0) + (themed ? 0.2 : 0);
  },
  extract(doc: LoadedDocument, onProgress?: ProgressFn): ExtractResult {
    onProgress?.(0, 2, 'reading rows');
    const { recommendations, paragraphs } = parseRows(doc);
    const plain = cleanText(doc.text);
    const { document, warnings } = describeDocument(doc, 'ohchr-thematic-list', { mechanism: 'upr', cycle: uprCycle(plain), session: uprSession(plain) });
    if (recommendations.some((r) => (r.statesAsPrinted ?? []).length > 0)) {
      warnings.push('recommending States are kept as printed (statesAsPrinted); resolving them to ISO codes awaits the State-name resolver');
    }
    onProgress?.(2, 2, 'done');
    return { document, recommendations, benchmarks: [], assessments: [], facts: [], paragraphs, warnings };
  },
};
