// Cleaning of text exported from Word/PDF: HTML fragments, markdown emphasis, bookmarks,
// footnote markers and inline footnote bodies. Pure string functions, no state.

const SUPERSCRIPT_DIGITS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
/** Abbreviations after which a glued number is a reference, not a footnote marker. */
const NUMBERED_ABBREVIATIONS = new Set(['para', 'paras', 'art', 'arts', 'sect', 'sects', 'chap', 'vol', 'no', 'nos', 'pp', 'add', 'rev', 'corr']);

/** Footnote lines start with a superscript number (`¹ See …`) or a star (`* Agreement …`). */
export function isFootnoteLine(raw: string): boolean {
  return /^\s*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\*{1,3})\s+\S/.test(raw);
}

/** Removes `[footnoteRef:3]` markers and returns the bodies of inline notes `[3: …]` apart. */
export function splitInlineNotes(raw: string): { text: string; notes: string[] } {
  const notes: string[] = [];
  let text = raw.replace(/\[footnoteRef:\d+\]/g, '');
  text = text.replace(/\[\d+:\s*([^\]]*)\]?/g, (_m, body: string) => {
    const note = normaliseSpaces(body);
    if (note) notes.push(note);
    return ' ';
  });
  return { text, notes };
}

/** Removes plain digits glued to a word and punctuation (`entities.16 However`). */
function stripGluedMarkers(text: string): string {
  return text.replace(/\b([A-Za-z]{3,})([.,;:”’")]+)(\d{1,3})(?=\s|$)/g, (whole, word: string, punct: string) =>
    NUMBERED_ABBREVIATIONS.has(word.toLowerCase()) ? whole : `${word}${punct}`,
  );
}

export function normaliseSpaces(text: string): string {
  return text.replace(/[\u00a0\u2000-\u200b\u202f]/g, ' ').replace(/[ \t]+/g, ' ').trim();
}

/** Cleans one fragment of text (a line or a table cell) of markup and footnote markers. */
export function cleanText(raw: string): string {
  let t = raw;
  t = t.replace(/\[bookmark:[^\]]*\]/g, '');
  t = t.replace(/<sup>([^<]*)<\/sup>/g, '$1');
  t = t.replace(/<\/?(?:p|i|b|em|strong|u|span|br)\b[^>]*>/gi, ' ');
  t = t.replace(/\[([^\]]*)\]\((?:[^)\s]*)\)/g, '$1');
  t = t.replace(/<(https?:\/\/[^>\s]+)>/g, '$1');
  t = t.replace(/\\([_$*#[\]()\\])/g, '$1');
  t = t.replace(/\*+/g, '');
  t = t.replace(/^#+\s*/, '');
  t = t.replace(SUPERSCRIPT_DIGITS, '');
  t = stripGluedMarkers(t);
  return normaliseSpaces(t);
}

/** What markup told about a line before cleaning: heading marks, emphasis, bullets. */
export interface LineStyle {
  hashes: number;
  bold: boolean;
  italic: boolean;
  bullet: boolean;
}

export function lineStyle(raw: string): LineStyle {
  const t = raw.trim();
  const hashes = /^(#+)\s/.exec(t)?.[1]?.length ?? 0;
  const body = t.replace(/^#+\s*/, '').replace(/^[-•]\s+/, '');
  const bold = /^\*\*[^*].*\*\*$/.test(body);
  const italic = !bold && /^\*[^*].*\*$/.test(body);
  return { hashes, bold, italic, bullet: /^[-•]\s+/.test(t) };
}

/** Strips a trailing list separator (`;`, `; and`, `, and`, `.`) from an item's text. */
export function stripListEnding(text: string): string {
  return text.replace(/(?:[;,]\s*(?:and|or)?|\.)\s*$/i, '').trim();
}
