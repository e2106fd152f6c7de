// The oldest reports (2008–2009) list some recommendations only by reference to the
// interactive dialogue: "The recommendations noted in the report in paragraphs 35 (a), (b)
// and 41 (d) above did not enjoy the support of Viet Nam." Each reference is read back
// from the dialogue paragraph it names: its text, and the State that spoke there.
import { resolveState } from '../countries.ts';
import type { LoadedLine } from '../types.ts';

export interface ReferencedRecommendation {
  /** As printed in the reference: `35 (a)`, or `45` when no sub-paragraph is named. */
  ref: string;
  paragraph: string;
  text: string;
  /** ISO3 of the State that spoke in that paragraph, when it could be told. */
  state: string | null;
  speaker: string | null;
  page: number | null;
  line: number;
}

interface DialogueParagraph {
  text: string;
  page: number | null;
  line: number;
}

/** `paragraphs 35 (a), (b) and 41 above …` → [['35', ['a', 'b']], ['41', []]]. */
export function parseParagraphRefs(intro: string): [string, string[]][] {
  const m = /paragraphs?\s+(.*?)(?:\babove\b|\bdid not\b|\bdo not\b|\bwill be\b|\bof the present report\b|$)/i.exec(intro.replace(/\s+/g, ' '));
  if (!m) return [];
  const list = m[1]!.replace(/\([^)]*[A-Z][^)]*\)/g, ' ');
  const refs: [string, string[]][] = [];
  // `paragraph 103.1 above` names a recommendation of the conclusions, not of the dialogue.
  if (/\b\d{1,3}\.\d{1,3}\b/.test(list)) return [];
  for (const token of list.matchAll(/\((?:[a-z]{1,4})\)|\b\d{1,3}\b/g)) {
    const t = token[0];
    if (t.startsWith('(')) refs.at(-1)?.[1].push(t.slice(1, -1));
    else refs.push([t, []]);
  }
  return refs;
}

/** The numbered paragraphs of the lines before the conclusions, by number. */
export function dialogueParagraphs(lines: readonly LoadedLine[]): Map<string, DialogueParagraph> {
  const out = new Map<string, DialogueParagraph>();
  let current: { ref: string; parts: string[]; page: number | null; line: number } | null = null;
  let last = 0;
  const flush = () => {
    if (current) out.set(current.ref, { text: current.parts.join(' ').replace(/\s+/g, ' '), page: current.page, line: current.line });
  };
  for (const l of lines) {
    const m = /^(\d{1,3})\.\s+(\S.*)$/.exec(l.text.trim());
    if (m && Number(m[1]) === last + 1) {
      flush();
      last = Number(m[1]);
      current = { ref: m[1]!, parts: [m[2]!], page: l.page, line: l.line };
    } else if (current) {
      current.parts.push(l.text.trim());
    }
  }
  flush();
  return out;
}

/**
 * The State that speaks in a dialogue paragraph: the first State it names other than the
 * one under review (`The Netherlands recommended …`, `Highlighting …, Mexico recommended …`).
 */
function speakerOf(text: string, reviewed: string | null): { name: string; code: string } | null {
  const words = text.split(' ').map((w) => w.replace(/[,.;:]+$/, '').replace(/[’']s$/, ''));
  for (let i = 0; i < words.length; i++) {
    if (!/^[A-Z]/.test(words[i]!)) continue;
    for (let n = Math.min(9, words.length - i); n >= 1; n--) {
      const name = words.slice(i, i + n).join(' ');
      const code = resolveState(name);
      if (code && code !== reviewed) return { name, code };
    }
  }
  return null;
}

/** The text of sub-paragraph `(x)` of a paragraph, up to the next lettered one. */
function subParagraph(text: string, letter: string): string | null {
  const start = text.indexOf(`(${letter})`);
  if (start < 0) return null;
  const rest = text.slice(start + letter.length + 2);
  const next = /\s\([a-z]{1,4}\)\s/.exec(rest);
  return (next ? rest.slice(0, next.index) : rest).replace(/[;,.\s]+$/, '').replace(/\s*and$/, '').trim();
}

/** The sentences of a paragraph that make a recommendation (not "X made recommendations."). */
export function recommendingSentences(text: string): string[] {
  return text
    .split(/(?<=[.;])\s+(?=[A-Z])/)
    .map((t) => t.trim())
    .filter((t) => /\brecommend(ed|s|ing)?\b/i.test(t) && !/\bmade (a |several |some )?recommendations?\.?$/i.test(t));
}

/** Reads the recommendations a reference list names from the dialogue paragraphs. */
export function readReferenced(refs: readonly [string, string[]][], dialogue: ReadonlyMap<string, DialogueParagraph>, reviewed: string | null): ReferencedRecommendation[] {
  const out: ReferencedRecommendation[] = [];
  for (const [number, letters] of refs) {
    const para = dialogue.get(number);
    if (!para) continue;
    const speaker = speakerOf(para.text, reviewed);
    const base = { paragraph: number, state: speaker?.code ?? null, speaker: speaker?.name ?? null, page: para.page, line: para.line };
    if (letters.length === 0) {
      // Without a sub-paragraph, each sentence that recommends something is one recommendation.
      const asks = recommendingSentences(para.text);
      if (asks.length <= 1) out.push({ ...base, ref: number, text: asks[0] ?? para.text });
      else asks.forEach((text, i) => out.push({ ...base, ref: `${number} (sentence ${i + 1})`, text }));
      continue;
    }
    for (const letter of letters) out.push({ ...base, ref: `${number} (${letter})`, text: subParagraph(para.text, letter) ?? para.text });
  }
  return out;
}
