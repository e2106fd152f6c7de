// The fonts embedded in PDF reports, and which one prints a given string.
//
// Noto Sans Khmer covers Latin (accents included) and Khmer, but fontkit (pdfkit's
// shaper) throws on some of its Khmer mark positions (a consonant followed by
// NIKAHIT, as in "ចំ"). Hanuman shapes Khmer without that fault but lacks accented
// Latin. So strings holding Khmer print in Hanuman when it has every glyph they need;
// other strings, and Khmer strings Hanuman cannot cover, print in Noto Sans Khmer.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);
const FILES = {
  body: '@expo-google-fonts/noto-sans-khmer/400Regular/NotoSansKhmer_400Regular.ttf',
  strong: '@expo-google-fonts/noto-sans-khmer/700Bold/NotoSansKhmer_700Bold.ttf',
  khmer: '@expo-google-fonts/hanuman/Hanuman_400Regular.ttf',
  khmerStrong: '@expo-google-fonts/hanuman/Hanuman_700Bold.ttf',
} as const;
export type PdfFontName = keyof typeof FILES;
export const PDF_FONT_NAMES = Object.keys(FILES) as PdfFontName[];

interface LoadedFont {
  bytes: Buffer;
  font: fontkit.Font;
}

let loaded: Record<PdfFontName, LoadedFont> | null = null;

/** The font files, read once per process. Throws if a font package is missing. */
export function pdfFonts(): Record<PdfFontName, LoadedFont> {
  if (!loaded) {
    const load = (name: PdfFontName): LoadedFont => {
      const bytes = readFileSync(require.resolve(FILES[name]));
      const font = fontkit.create(bytes);
      if (!('layout' in font)) throw new Error(`${FILES[name]} is a font collection`);
      return { bytes, font };
    };
    loaded = { body: load('body'), strong: load('strong'), khmer: load('khmer'), khmerStrong: load('khmerStrong') };
  }
  return loaded;
}

const KHMER = /[\u1780-\u17FF\u19E0-\u19FF]/;

function covers(font: fontkit.Font, text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    // Line breaks and zero-width (non-)joiners and spaces never need a glyph.
    if (code === 0x0a || code === 0x0d || (code >= 0x200b && code <= 0x200d)) continue;
    if (!font.hasGlyphForCodePoint(code)) return false;
  }
  return true;
}

function shapes(font: fontkit.Font, text: string): boolean {
  try {
    font.layout(text);
    return true;
  } catch {
    return false;
  }
}

/** The font that prints `text` (bold when `strong`). */
export function fontFor(text: string, strong: boolean): PdfFontName {
  const latin: PdfFontName = strong ? 'strong' : 'body';
  if (!KHMER.test(text)) return latin;
  const fonts = pdfFonts();
  const khmer: PdfFontName = strong ? 'khmerStrong' : 'khmer';
  if (covers(fonts[khmer].font, text)) return khmer;
  return shapes(fonts[latin].font, text) ? latin : khmer;
}
