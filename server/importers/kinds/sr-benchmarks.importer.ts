// Special Rapporteur reports built on benchmarks (A/HRC/51/66 sets 20 benchmarks A–T and
// links them to treaty-body recommendations in annex I; A/HRC/54/75 grades each of them on
// target / variable / off target). Emits the benchmarks, the grades with their evidence
// paragraphs and reporting period, the lettered recommendations, stated figures, and the
// trials an annex lists (a table of verdicts, charges and judgments).
import type { ExtractedAssessment, ExtractedBenchmark, ExtractedParagraph } from '../../../contracts/extract.ts';
import type { Grade } from '../../../contracts/enums.ts';
import type { ExtractResult, KindImporter, LoadedDocument, ProgressFn } from '../types.ts';
import { findPeriod } from '../text/dates.ts';
import { describeDocument, readText } from '../text/document.ts';
import { extractFacts } from '../text/facts.ts';
import { letteredRecommendations } from '../text/lettered.ts';
import { toExtractedParagraphs, type Para } from '../text/paragraphs.ts';
import { annexBenchmarks, isBenchmarkTable, type AnnexBenchmark } from './benchmark-annex.ts';
import { benchmarkSections, mandateBody } from './sr-benchmarks.sections.ts';
import { documentTrials, trialParagraphText } from './trial-annex.ts';

const GRADE_STATEMENT = /\bgrade\s+of\s+(on[\s-]target|variable|off[\s-]target)\b/i;

function gradeOf(printed: string): Grade {
  const g = printed.toLowerCase().replace(/\s+/, '-');
  return g === 'on-target' ? 'on-target' : g === 'variable' ? 'variable' : 'off-target';
}

function benchmarks(sections: ReturnType<typeof benchmarkSections>, annex: AnnexBenchmark[], paras: readonly Para[]): ExtractedBenchmark[] {
  const count = Math.max(sections.length, annex.length);
  const out: ExtractedBenchmark[] = [];
  for (let i = 0; i < count; i++) {
    const section = sections[i];
    const row = annex.find((a) => a.number === i + 1);
    const listOnly = row?.listOnly === true;
    const title = (listOnly ? row.title : section?.heading.text) ?? row?.title ?? '';
    const firstPara = section ? paras.find((p) => p.sub === section.heading) : undefined;
    out.push({
      number: i + 1,
      code: section?.code ?? String.fromCharCode(65 + i),
      title,
      timeframe: row?.timeframe ?? null,
      sources: row?.sources ?? [],
      paragraph: row?.ref ?? firstPara?.ref ?? null,
    });
  }
  return out;
}

function assessments(sections: ReturnType<typeof benchmarkSections>, paras: readonly Para[], text: string): ExtractedAssessment[] {
  const period = findPeriod(text);
  const out: ExtractedAssessment[] = [];
  for (const section of sections) {
    const own = paras.filter((p) => p.sub === section.heading && p.kind === 'numbered');
    const graded = own.find((p) => GRADE_STATEMENT.test(p.text));
    if (!graded) continue;
    out.push({
      benchmark: section.code,
      theme: null,
      grade: gradeOf(GRADE_STATEMENT.exec(graded.text)![1]!),
      scale: 'sr-benchmark',
      period: period?.label ?? null,
      periodStart: period?.start ?? null,
      periodEnd: period?.end ?? null,
      evidence: own.map((p) => p.ref),
    });
  }
  return out;
}

function scoreBenchmarkReport(doc: LoadedDocument): number {
  const head = doc.text.slice(0, 4000);
  if (!/Special Rapporteur/i.test(head)) return 0;
  const { paras, tables } = readText(doc);
  const sections = benchmarkSections(paras);
  let score = 0.3;
  if (sections.length >= 5) score += 0.4;
  if (tables.some(isBenchmarkTable)) score += 0.2;
  if (/benchmarks?/i.test(head)) score += 0.05;
  return Math.min(score, 0.95);
}

export const srBenchmarksImporter: KindImporter = {
  kind: 'sr-benchmarks',
  detect: scoreBenchmarkReport,
  extract(doc: LoadedDocument, onProgress?: ProgressFn): ExtractResult {
    onProgress?.(0, 4, 'reading paragraphs');
    const { paras, tables } = readText(doc);
    const sections = benchmarkSections(paras);
    const annex = tables.filter(isBenchmarkTable).flatMap(annexBenchmarks);
    const trials = documentTrials(tables, sections.flatMap((sec) => paras.filter((p) => p.sub === sec.heading).map((p) => ({ code: sec.code, text: p.text }))));
    onProgress?.(1, 4, 'benchmarks');
    const { document, warnings } = describeDocument(doc, 'sr-benchmarks', { mechanism: 'special-procedure', body: mandateBody(doc.text) });
    const paragraphs: ExtractedParagraph[] = [
      ...toExtractedParagraphs(paras),
      ...annex.map((a) => ({ ref: a.ref, text: a.text, line: a.line })),
      ...trials.map((t) => ({ ref: t.trial.paragraph, text: trialParagraphText(t.trial), line: t.line })),
    ];
    const result: ExtractResult = {
      document,
      benchmarks: benchmarks(sections, annex, paras),
      assessments: assessments(sections, paras, paras.filter((p) => p.kind === 'numbered').slice(0, 5).map((p) => p.text).join(' ')),
      recommendations: letteredRecommendations(paras),
      facts: [],
      paragraphs,
      trials: trials.map((t) => t.trial),
      warnings,
    };
    onProgress?.(2, 4, 'grades and recommendations');
    result.facts = extractFacts(paras);
    onProgress?.(4, 4, 'done');
    return result;
  },
};
