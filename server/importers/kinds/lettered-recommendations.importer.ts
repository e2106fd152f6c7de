// Reports whose recommendations are lettered lists addressed to someone: "The
// Secretary-General calls upon the Government: (a) To allocate …; (b) …". Emits each item
// with its addressee and `63 (a)` ref, plus the figures the report states.
import type { Mechanism } from '../../../contracts/enums.ts';
import type { ExtractResult, KindImporter, LoadedDocument, ProgressFn } from '../types.ts';
import { describeDocument, readText } from '../text/document.ts';
import { extractFacts } from '../text/facts.ts';
import { letteredRecommendations, listAddressee } from '../text/lettered.ts';
import { toExtractedParagraphs, type Para } from '../text/paragraphs.ts';

const SPEAKERS: { re: RegExp; mechanism: Mechanism }[] = [
  { re: /Secretary-General/, mechanism: 'secretary-general' },
  { re: /High Commissioner/, mechanism: 'high-commissioner' },
  { re: /Special Rapporteur|Independent Expert|Working Group on/, mechanism: 'special-procedure' },
  { re: /Committee/, mechanism: 'treaty-body' },
];

/** Who issues the recommendations: the subject of the first list's chapeau. */
function speaker(paras: readonly Para[]): Mechanism | null {
  const intro = paras.find((p) => listAddressee(p) !== null);
  if (!intro) return null;
  return SPEAKERS.find((s) => s.re.test(intro.text))?.mechanism ?? null;
}

export const letteredRecommendationsImporter: KindImporter = {
  kind: 'lettered-recommendations',
  detect(doc: LoadedDocument): number {
    const { paras } = readText(doc);
    const lists = paras.filter((p) => listAddressee(p) !== null);
    const items = lists.reduce((n, p) => n + p.items.length, 0);
    if (items < 3) return 0;
    return Math.min(0.4 + 0.02 * items, 0.65);
  },
  extract(doc: LoadedDocument, onProgress?: ProgressFn): ExtractResult {
    onProgress?.(0, 2, 'reading paragraphs');
    const { paras } = readText(doc);
    const { document, warnings } = describeDocument(doc, 'lettered-recommendations', { mechanism: speaker(paras) });
    const result: ExtractResult = {
      document,
      recommendations: letteredRecommendations(paras),
      benchmarks: [],
      assessments: [],
      facts: extractFacts(paras),
      paragraphs: toExtractedParagraphs(paras),
      warnings,
    };
    onProgress?.(2, 2, 'done');
    return result;
  },
};
