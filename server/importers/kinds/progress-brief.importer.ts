// Civil-society briefs on UPR follow-up ("Implementation of the UPR two years on"): areas of
// progression and of regression, each with themes (capitalised headings), the facts under
// them as bullets and, where given, the number of recommendations on the theme.
import type { ExtractedAssessment } from '../../../contracts/extract.ts';
import type { Grade } from '../../../contracts/enums.ts';
import type { ExtractResult, KindImporter, LoadedDocument, ProgressFn } from '../types.ts';
import { cleanText } from '../text/clean.ts';
import { describeDocument, readText } from '../text/document.ts';
import { extractFacts } from '../text/facts.ts';
import { uprCycle } from '../text/metadata.ts';
import { parseNumber } from '../text/numbers.ts';
import { toExtractedParagraphs, type Heading, type Para } from '../text/paragraphs.ts';

const AREA = /^(?:AREAS?\s+OF\s+)?(PROGRESS(?:ION)?|REGRESSION)$/i;
const CLOSING = /^(?:CONCLUSIONS?|SUMMARY|INTRODUCTION|METHODOLOGY|RECOMMENDATIONS|WHAT IS\b.*|READ MORE.*)$/i;
const COUNT = /\b(?:(more than|over|at least|some|about)\s+)?(\d+|[a-z]+(?:-[a-z]+)?)\s+recommendations\b/gi;
const NOTED = /\bnoted\s+(\d+|[a-z]+)\b/i;

interface Theme {
  grade: Grade;
  heading: Heading;
  name: string;
  evidence: string[];
  count: number | null;
}

const stem = (w: string) => w.toLowerCase().slice(0, 5);
const words = (t: string) => new Set(t.split(/[^A-Za-z]+/).filter((w) => w.length > 2).map(stem));

function overlap(a: string, b: string): number {
  const wb = words(b);
  return [...words(a)].filter((w) => wb.has(w) && !['recom', 'the', 'recei'].includes(w)).length;
}

/** The number of recommendations a sentence gives (`accepted eight … and noted two` = 10). */
function countIn(text: string, warnings: string[], theme: string): number | null {
  for (const m of text.matchAll(COUNT)) {
    const n = parseNumber(m[2]!);
    if (n === null) continue;
    if (m[1] && /more than|over|at least/i.test(m[1])) {
      warnings.push(`${theme}: the brief gives "${m[0]}", a lower bound; count left empty`);
      return null;
    }
    const noted = NOTED.exec(text.slice((m.index) + m[0].length));
    const extra = noted ? parseNumber(noted[1]!) : null;
    return n + (extra ?? 0);
  }
  return null;
}

function themes(paras: readonly Para[], warnings: string[]): Theme[] {
  const out: Theme[] = [];
  let grade: Grade | null = null;
  const byHeading = new Map<Heading, Theme>();
  const orphans: { para: Para; previous: Theme | null }[] = [];
  const headingsSeen = new Set<Heading>();
  for (const p of paras) {
    for (const h of p.headings.filter((x) => !headingsSeen.has(x))) {
      headingsSeen.add(h);
      const area = AREA.exec(h.text);
      if (area) grade = /^REGRESSION$/i.test(area[1]!) ? 'regression' : 'progress';
      else if (CLOSING.test(h.text)) grade = null;
      else if (grade && h.block.caps) {
        const name = h.text.toLowerCase();
        const same = out.find((t) => t.name === name && t.grade === grade && name !== 'other');
        const theme = same ?? { grade, heading: h, name, evidence: [], count: null };
        if (!same) out.push(theme);
        byHeading.set(h, theme);
      }
    }
    const current = byHeading.get(p.headings[p.headings.length - 1]!) ?? null;
    if (!grade) continue;
    if (p.kind === 'bullet' && current) current.evidence.push(p.ref);
    else if (p.kind === 'text' && /recommendations/i.test(p.text)) orphans.push({ para: p, previous: current });
  }
  // A count sentence sits just before or just after its theme's heading: give it to the
  // neighbouring theme whose name it shares words with.
  for (const { para, previous } of orphans) {
    const index = previous ? out.indexOf(previous) : -1;
    const next = out.slice(index + 1).find((t) => t.heading.line > para.line) ?? null;
    const candidates = [previous, next].filter((t): t is Theme => t !== null && t.count === null);
    const best = candidates.sort((a, b) => overlap(para.text, b.name) - overlap(para.text, a.name))[0];
    if (!best || overlap(para.text, best.name) === 0) continue;
    best.count = countIn(para.text, warnings, best.name);
    best.evidence.unshift(para.ref);
  }
  return out;
}

/** The publisher named in the closing lines (`Cambodian Center for Human Rights`). */
function publisher(lines: readonly string[]): string | null {
  const tail = lines.slice(-25).map((l) => cleanText(l));
  return tail.find((l) => /^[A-Z][A-Za-z' ]+\b(?:Center|Centre|League|Association|Alliance|Network|Institute|Coalition|Forum)\b[A-Za-z' ]*$/.test(l)) ?? null;
}

export const progressBriefImporter: KindImporter = {
  kind: 'progress-brief',
  detect(doc: LoadedDocument): number {
    const t = doc.text;
    const progress = /^\s*(?:AREAS? OF )?PROGRESS(?:ION)?\s*$/im.test(t);
    const regression = /^\s*(?:AREAS? OF )?REGRESSION\s*$/im.test(t);
    if (!progress || !regression) return 0;
    return /recommendations/i.test(t) ? 0.85 : 0.5;
  },
  extract(doc: LoadedDocument, onProgress?: ProgressFn): ExtractResult {
    onProgress?.(0, 2, 'reading themes');
    const { paras, blocks } = readText(doc);
    const title = blocks.find((b) => b.kind === 'heading')?.text ?? null;
    const { document, warnings } = describeDocument(doc, 'progress-brief', {
      title,
      mechanism: 'civil-society',
      body: publisher(doc.lines.map((l) => l.text)),
      cycle: uprCycle(cleanText(doc.text)),
    });
    const assessments: ExtractedAssessment[] = themes(paras, warnings).map((t) => ({
      benchmark: null,
      theme: t.name,
      grade: t.grade,
      scale: 'progress',
      period: null,
      evidence: t.evidence,
      count: t.count,
    }));
    onProgress?.(2, 2, 'done');
    return {
      document,
      recommendations: [],
      benchmarks: [],
      assessments,
      facts: extractFacts(paras),
      paragraphs: toExtractedParagraphs(paras),
      warnings,
    };
  },
};
