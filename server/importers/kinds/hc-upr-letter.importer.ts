// The High Commissioner's letter to a State after its UPR: an annex of priority
// recommendations under the Universal Human Rights Index clusters and sub-themes. The
// export's heading levels are inconsistent, so the outline is read from typography: bold
// headings are clusters (a lettered bold heading replaces an unlettered parent), italic
// headings are sub-themes, whatever their `#` level.
import type { ExtractedRecommendation } from '../../../contracts/extract.ts';
import type { ExtractResult, KindImporter, LoadedDocument, ProgressFn } from '../types.ts';
import { cleanText, stripListEnding } from '../text/clean.ts';
import { describeDocument, readText } from '../text/document.ts';
import { extractFacts } from '../text/facts.ts';
import { uprCycle, uprSession } from '../text/metadata.ts';
import { toExtractedParagraphs, type Para } from '../text/paragraphs.ts';

/** Recommendations of the annex: each bullet under the cluster and sub-theme headings above it. */
function annexRecommendations(paras: readonly Para[]): ExtractedRecommendation[] {
  const out: ExtractedRecommendation[] = [];
  for (const p of paras) {
    if (p.kind !== 'bullet' || !p.part || !/^annex/i.test(p.part.text)) continue;
    const inner = p.headings.slice(1);
    const clusterAt = inner.findLastIndex((h) => !h.block.style.italic);
    const cluster = clusterAt >= 0 ? inner[clusterAt]!.text : null;
    const subTheme = inner.slice(clusterAt + 1).findLast((h) => h.block.style.italic)?.text ?? null;
    out.push({
      ref: p.ref,
      text: stripListEnding(p.text),
      paragraph: p.ref,
      recommendingStates: [],
      statesAsPrinted: [],
      position: null,
      addressee: 'Government',
      themes: [subTheme ?? cluster].filter((t): t is string => t !== null),
      cluster,
      subTheme,
      source: null,
    });
  }
  return out;
}

/** `Letter of the High Commissioner for Human Rights to the Minister of Foreign Affairs …`. */
function letterTitle(lines: readonly string[]): string | null {
  const signer = lines.findIndex((l) => /^High Commissioner for Human Rights\s*$/.test(l.trim()));
  const addressee = lines.findIndex((l) => /^H\.E\.\s/.test(l.trim()));
  if (signer < 0) return null;
  const role = addressee >= 0 ? lines[addressee + 1]?.trim() : undefined;
  return role ? `Letter of the High Commissioner for Human Rights to the ${role}` : 'Letter of the High Commissioner for Human Rights';
}

export const hcUprLetterImporter: KindImporter = {
  kind: 'hc-upr-letter',
  detect(doc: LoadedDocument): number {
    const t = doc.text;
    let score = 0;
    if (/High Commissioner for Human Rights/.test(t)) score += 0.3;
    if (/\bExcellency\b/.test(t)) score += 0.2;
    if (/Universal Periodic Review|\bUPR\b/.test(t)) score += 0.2;
    if (/^#*\s*\**Annex\**\s*$/im.test(t) && /^\s*[-•]\s+\S/m.test(t)) score += 0.2;
    // Without the letter's salutation this is some other document that cites the Office.
    return /\bExcellency\b/.test(t) ? score : Math.min(score, 0.25);
  },
  extract(doc: LoadedDocument, onProgress?: ProgressFn): ExtractResult {
    onProgress?.(0, 2, 'reading the annex');
    const { paras } = readText(doc);
    const recommendations = annexRecommendations(paras);
    const plain = cleanText(doc.text);
    const { document, warnings } = describeDocument(doc, 'hc-upr-letter', {
      mechanism: 'high-commissioner',
      title: letterTitle(doc.lines.map((l) => l.text)),
      cycle: uprCycle(plain),
      session: uprSession(plain),
    });
    const result: ExtractResult = {
      document,
      recommendations,
      benchmarks: [],
      assessments: [],
      facts: extractFacts(paras),
      paragraphs: toExtractedParagraphs(paras),
      warnings: [...warnings, 'the annex does not name recommending States; recommendingStates left empty'],
    };
    onProgress?.(2, 2, 'done');
    return result;
  },
};
