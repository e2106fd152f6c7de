// Kind `upr-wg-report`: the report of the Working Group on the Universal Periodic Review
// (`A/HRC/<session>/<n>`) and its addendum (`…/Add.1`, the State's views). Extracts the
// recommendations of the section "Conclusions and/or recommendations" with their
// recommending States and the position the section's structure gives them.
import type { Position } from '../../../contracts/enums.ts';
import type { ExtractedRecommendation, ExtractResult } from '../../../contracts/extract.ts';
import type { KindImporter, LoadedDocument, ProgressFn } from '../types.ts';
import { readAnsweredRefs } from './upr-addendum.helper.ts';
import { mastheadText, readWgReportMeta, WG_REPORT_TITLE, type WgReportMeta } from './upr-metadata.helper.ts';
import { dialogueParagraphs, parseParagraphRefs, readReferenced, type ReferencedRecommendation } from './upr-referenced.helper.ts';
import { findSection, parseSection, splitLettered, type NumberedItem } from './upr-sections.helper.ts';
import { splitRecommendation } from './upr-asks.helper.ts';
import { resolveAskStates } from './upr-states.helper.ts';
import { resolveState, stateName } from '../countries.ts';

/**
 * The State a paragraph's recommendations were put to when its introduction names one other
 * than the State under review (Sudan 2011: "recommendations put forward to South Sudan").
 */
export function introAddressee(intro: string, reviewed: string | null): string | null {
  const named = /\brecommendations\s+(?:put forward|addressed|made)\s+to\s+(?:the\s+)?(.+?)\s*(?:,|:|\bhave been\b|\bwere\b|$)/i.exec(intro.replace(/\s+/g, ' '));
  const code = named ? resolveState(named[1]!) : null;
  return code && code !== reviewed ? stateName(code) : null;
}

function blankRecommendation(ref: string, paragraph: string | null, meta: WgReportMeta): ExtractedRecommendation {
  return {
    ref,
    text: '',
    paragraph,
    recommendingStates: [],
    position: null,
    addressee: meta.countryName ?? meta.country,
    themes: [],
    cluster: null,
    source: null,
    country: meta.country,
    session: meta.session,
  };
}

function toRecommendation(item: NumberedItem, addressee: string | null, meta: WgReportMeta, warnings: string[], fileName: string): ExtractedRecommendation {
  const parts = splitRecommendation(item.body);
  const states = resolveAskStates(parts.asks);
  const where = `${fileName}, page ${item.page ?? '?'}, line ${item.line}`;
  if (states.pairs.length === 0) warnings.push(`${where}: recommendation ${item.ref} names no recommending State`);
  for (const name of states.unresolved) warnings.push(`${where}: recommendation ${item.ref}: "${name}" is not a State Landmark knows`);
  for (const m of states.misspelt) warnings.push(`${where}: recommendation ${item.ref}: "${m.printed}" read as ${stateName(m.code)} (${m.code})`);
  if (parts.trailer) warnings.push(`${where}: text after the States of recommendation ${item.ref} left out: "${parts.trailer.slice(0, 80)}"`);
  return {
    ...blankRecommendation(item.ref, item.paragraph, meta),
    ...(addressee ? { addressee } : {}),
    text: parts.text,
    recommendingStates: states.codes,
    position: item.position,
    // One entry per (ask, State), as UPR Info counts them: the same State under two asks is there twice.
    statesAsPrinted: states.pairs,
  };
}

/** A recommendation the conclusions name by its place in the interactive dialogue. */
function fromDialogue(r: ReferencedRecommendation, position: Position | null, meta: WgReportMeta, warnings: string[], fileName: string): ExtractedRecommendation {
  if (!r.state) warnings.push(`${fileName}, page ${r.page ?? '?'}, line ${r.line}: no recommending State found for paragraph ${r.ref}`);
  return {
    ...blankRecommendation(r.ref, r.paragraph, meta),
    text: r.text,
    recommendingStates: r.state ? [r.state] : [],
    position,
    statesAsPrinted: r.speaker ? [r.speaker] : [],
  };
}

function documentOf(doc: LoadedDocument, meta: WgReportMeta): ExtractResult['document'] {
  const title = `Report of the Working Group on the Universal Periodic Review${meta.addendum ? ', addendum' : ''}${meta.countryName ? `: ${meta.countryName}` : ''}`;
  return {
    symbol: meta.symbol,
    kind: 'upr-wg-report',
    title,
    date: meta.date,
    country: meta.country,
    mechanism: 'upr',
    body: meta.session === null ? 'UPR' : `UPR session ${meta.session}`,
    cycle: meta.cycle,
    session: meta.session,
    language: doc.text.length > 0 ? 'en' : null,
  };
}

function extractAddendum(doc: LoadedDocument, meta: WgReportMeta): ExtractResult {
  const answers = readAnsweredRefs(doc.lines);
  const warnings = answers.length === 0 ? [`${doc.file.name}: the addendum answers no recommendation by its number`] : [];
  const recommendations = answers.map((a) => ({ ...blankRecommendation(a.ref, a.ref.split('.')[0] ?? null, meta), position: a.position }));
  return { document: documentOf(doc, meta), recommendations, benchmarks: [], assessments: [], facts: [], warnings };
}

export const uprWgReportImporter: KindImporter = {
  kind: 'upr-wg-report',
  detect(doc: LoadedDocument): number {
    const head = mastheadText(doc).replace(/\s+/g, ' ');
    if (!WG_REPORT_TITLE.test(head)) return 0;
    return /A\/HRC\/\d+\/\d+/.test(head) ? 0.95 : 0.7;
  },
  extract(doc: LoadedDocument, onProgress?: ProgressFn): ExtractResult {
    const meta = readWgReportMeta(doc);
    if (meta.addendum) return extractAddendum(doc, meta);
    const warnings: string[] = [];
    const section = findSection(doc.lines);
    if (!section) {
      warnings.push(`${doc.file.name}: no section "Conclusions and/or recommendations" found`);
      return { document: documentOf(doc, meta), recommendations: [], benchmarks: [], assessments: [], facts: [], warnings };
    }
    const paragraphs = parseSection(doc.lines.slice(section.start, section.end));
    const recommendations: ExtractedRecommendation[] = [];
    let dialogue: ReturnType<typeof dialogueParagraphs> | undefined;
    paragraphs.forEach((p, i) => {
      // `76. … the following conclusions were made …`: what it lists is not recommendations.
      const conclusionsOnly = /\bconclusions?\b/i.test(p.intro) && !/recommendation/i.test(p.intro);
      const items = conclusionsOnly ? [] : p.items.flatMap(splitLettered);
      const addressee = introAddressee(p.intro, meta.country);
      for (const item of items) recommendations.push(toRecommendation(item, addressee, meta, warnings, doc.file.name));
      if (p.items.length === 0 && /paragraphs?\s+\d/i.test(p.intro) && /recommendation/i.test(p.intro)) {
        dialogue ??= dialogueParagraphs(doc.lines.slice(0, section.start));
        for (const r of readReferenced(parseParagraphRefs(p.intro), dialogue, meta.country)) recommendations.push(fromDialogue(r, p.position, meta, warnings, doc.file.name));
      }
      onProgress?.(i + 1, paragraphs.length, `paragraph ${p.ref}`);
    });
    const paragraphRefs = paragraphs.map((p) => ({ ref: p.ref, text: p.intro, page: p.page, line: p.line }));
    return { document: documentOf(doc, meta), recommendations, benchmarks: [], assessments: [], facts: [], paragraphs: paragraphRefs, warnings };
  },
};
