// What of the assessments' evidence, and of the record, each audience of a report sees.
// Public: published items only, no confidential evidence. Signed-in readers: everything
// not discarded, no confidential evidence. Cleared roles (policies: `confidential.read`)
// and the command-line operator: confidential evidence too; the caller audits that read.
import type { EvidenceBrief } from '../../contracts/reports.ts';
import type { Actor } from '../services/actor.ts';
import { audienceOf, type Audience } from './audience.ts';

export type ReportAudience = Audience;

/** The audience of `actor` (presenters/audience.ts); `publicOnly` narrows any actor to the public. */
export function reportAudience(actor: Actor, publicOnly = false): ReportAudience {
  return publicOnly ? 'public' : audienceOf(actor);
}

/** Whether the audience sees only published items (recommendations, benchmarks, documents). */
export function publishedOnly(audience: ReportAudience): boolean {
  return audience === 'public';
}

export interface EvidenceSourceRow {
  assessmentId: string;
  kind: 'paragraph' | 'url' | 'text' | 'submission';
  text: string;
  url: string | null;
  paragraphRef: string | null;
  documentLabel: string | null;
  confidential: boolean;
}

/** The evidence the audience may see. */
export function visibleEvidence<T extends { confidential: boolean }>(rows: readonly T[], audience: ReportAudience): T[] {
  return audience === 'cleared' ? [...rows] : rows.filter((r) => !r.confidential);
}

const BRIEF_CHARS = 320;

/** The first sentences of a text, up to about BRIEF_CHARS characters, cut at a word. */
export function inBrief(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= BRIEF_CHARS) return flat;
  const cut = flat.slice(0, BRIEF_CHARS);
  const sentence = cut.lastIndexOf('. ');
  if (sentence > BRIEF_CHARS / 2) return cut.slice(0, sentence + 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), BRIEF_CHARS / 2)).trimEnd()}…`;
}

/** `A/HRC/54/75, para. 25`, a URL, or nothing for evidence without a source. */
export function evidenceSource(row: EvidenceSourceRow): string | null {
  if (row.kind === 'url' || (row.url && row.kind !== 'paragraph')) return row.url;
  const place = row.paragraphRef ? `para. ${row.paragraphRef.replace(/^¶/, '')}` : null;
  const parts = [row.documentLabel, place].filter((p): p is string => p !== null && p !== '');
  return parts.length > 0 ? parts.join(', ') : null;
}

/** The evidence of one assessment in brief, for the audience; confidential items only when cleared. */
export function presentEvidenceBriefs(rows: readonly EvidenceSourceRow[], audience: ReportAudience): EvidenceBrief[] {
  return visibleEvidence(rows, audience)
    .filter((r) => r.text.trim() !== '' || r.url !== null)
    .map((r) => {
      const source = evidenceSource(r);
      return { text: inBrief(r.text) || (r.url ?? ''), sources: source ? [source] : [] };
    });
}
