// Treaty-body concluding observations (`CCPR/C/KHM/CO/3`): numbered paragraphs under
// topic headings; a recommendation is a paragraph in which "The Committee recommends /
// urges / calls upon the State party…" or "The State party should…", often followed by
// lettered sub-points that stay part of it (sources cite COs by paragraph).
import type { ExtractedRecommendation } from '../../../contracts/extract.ts';
import type { ExtractResult, KindImporter, LoadedDocument, ProgressFn } from '../types.ts';
import { describeDocument, readText } from '../text/document.ts';
import { findTitle, ownSymbol } from '../text/metadata.ts';
import { paraText, toExtractedParagraphs, type Para } from '../text/paragraphs.ts';
import { symbolCountry } from '../text/country.ts';

const RECOMMENDS = /(?:^|[.:]\s+)(?:(?:Recalling|In the light of|In accordance with|Bearing in mind)[^.]*?,\s*)?(?:the Committee (?:(?:also |further |strongly )?(?:recommends|urges|calls upon|encourages|requests|reiterates)\b[^.]*?\bState party|reiterates its (?:previous )?recommendation)|the State party should|the State party must)/i;

const BODIES: [RegExp, string][] = [
  [/^CCPR\//, 'CCPR'], [/^E\/C\.12\//, 'CESCR'], [/^CRC\//, 'CRC'], [/^CEDAW\//, 'CEDAW'], [/^CAT\//, 'CAT'],
  [/^CERD\//, 'CERD'], [/^CRPD\//, 'CRPD'], [/^CED\//, 'CED'], [/^CMW\//, 'CMW'], [/^CAT\/OP\//, 'SPT'],
];

/** The treaty body a symbol belongs to (`E/C.12/KHM/CO/1` → CESCR), or null. */
export function treatyBody(symbol: string | null): string | null {
  if (!symbol) return null;
  return BODIES.find(([re]) => re.test(symbol))?.[1] ?? null;
}

/** A short unpunctuated line between paragraphs is a topic heading (`Freedom of expression`). */
function isTopic(p: Para): boolean {
  return p.kind === 'text' && p.items.length === 0 && p.text.length < 120 && /^[A-Z]/.test(p.text) && !/[.;:,]$/.test(p.text);
}

function recommendations(paras: readonly Para[]): ExtractedRecommendation[] {
  const out: ExtractedRecommendation[] = [];
  let topic: { text: string; line: number } | null = null;
  for (const p of paras) {
    const heading = p.headings[p.headings.length - 1];
    if (heading && heading.block.level !== 'part' && (!topic || heading.line > topic.line)) topic = { text: heading.text, line: heading.line };
    if (isTopic(p)) {
      topic = { text: p.text, line: p.line };
      continue;
    }
    if (p.kind !== 'numbered' || !RECOMMENDS.test(p.text)) continue;
    out.push({
      ref: p.ref,
      text: paraText(p),
      paragraph: p.ref,
      recommendingStates: [],
      position: null,
      addressee: 'State party',
      themes: topic ? [topic.text] : [],
      cluster: null,
      source: null,
    });
  }
  return out;
}

export const treatyBodyCoImporter: KindImporter = {
  kind: 'treaty-body-co',
  detect(doc: LoadedDocument): number {
    const symbol = ownSymbol(doc.lines);
    const title = findTitle(doc.lines);
    const ownCo = symbol !== null && /\/CO\/\d/.test(symbol);
    const titled = title !== null && /^Concluding observations/i.test(title);
    if (!ownCo && !titled) return 0;
    const recommends = RECOMMENDS.test(doc.text);
    return (ownCo ? 0.5 : 0) + (titled ? 0.3 : 0) + (recommends ? 0.15 : 0);
  },
  extract(doc: LoadedDocument, onProgress?: ProgressFn): ExtractResult {
    onProgress?.(0, 2, 'reading paragraphs');
    const { paras } = readText(doc);
    const symbol = ownSymbol(doc.lines);
    const { document, warnings } = describeDocument(doc, 'treaty-body-co', {
      mechanism: 'treaty-body',
      body: treatyBody(symbol),
      ...(symbol && symbolCountry(symbol) ? { country: symbolCountry(symbol) } : {}),
    });
    const result: ExtractResult = {
      document,
      recommendations: recommendations(paras),
      benchmarks: [],
      assessments: [],
      facts: [],
      paragraphs: toExtractedParagraphs(paras),
      warnings,
    };
    onProgress?.(2, 2, 'done');
    return result;
  },
};
