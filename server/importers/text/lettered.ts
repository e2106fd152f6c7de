// Lettered recommendation lists: a paragraph that "recommends that the Government:" (or
// "calls upon", "urges", "recommended that the Government of X, expeditiously:") followed
// by items (a), (b)… Each item becomes a recommendation to the named addressee.
import type { ExtractedRecommendation } from '../../../contracts/extract.ts';
import { stripListEnding } from './clean.ts';
import type { Para } from './paragraphs.ts';

const INTRO = /\b(?:recommends?|recommended|calls?\s+upon|called\s+upon|calls?\s+on|urges?|urged|encourages?|invites?)\s+(?:that\s+)?(?:the\s+)?([^:]{2,160}?)(?:\s+to)?\s*:\s*$/i;

/** The addressee as a stable name: `Government`, `civil society`, `United Nations`, or as printed. */
export function normaliseAddressee(printed: string): string {
  const phrase = printed.split(/,\s*/)[0]!.replace(/^the\s+/i, '').trim();
  if (/^(?:Royal\s+)?Government\b/i.test(phrase)) return 'Government';
  if (/^civil society\b/i.test(phrase)) return 'civil society';
  if (/^United Nations\b/i.test(phrase)) return 'United Nations';
  if (/^international community\b/i.test(phrase)) return 'international community';
  return phrase;
}

/** The printed addressee of a list's chapeau, or null when the paragraph is not a recommendation list. */
export function listAddressee(p: Para): string | null {
  if (p.items.length === 0) return null;
  const m = INTRO.exec(p.text);
  return m ? normaliseAddressee(m[1]!) : null;
}

/** Every lettered recommendation in the paragraphs, in order, with `63 (a)`-style refs. */
export function letteredRecommendations(paras: readonly Para[]): ExtractedRecommendation[] {
  const out: ExtractedRecommendation[] = [];
  for (const p of paras) {
    const addressee = listAddressee(p);
    if (!addressee) continue;
    for (const item of p.items) {
      out.push({
        ref: `${p.ref} (${item.letter})`,
        text: stripListEnding(item.text),
        paragraph: p.ref,
        recommendingStates: [],
        position: null,
        addressee,
        themes: [],
        cluster: null,
        source: null,
      });
    }
  }
  return out;
}
