// The country a document is about. UN symbols of country documents carry its ISO 3166-1
// alpha-3 code (`CCPR/C/KHM/CO/3`, `A/HRC/WG.6/32/KHM/1`); otherwise the country is only
// named, and the name is reported so that a State-name resolver can settle it.
import { findSymbols } from './citations.ts';

/** ISO3 code carried by a country-specific symbol, or null. */
export function symbolCountry(symbol: string): string | null {
  const m = /\/([A-Z]{3})\/(?:CO|Q|R|1|2|3|4|5|6|7|8|9|Add)/.exec(symbol);
  if (!m) return null;
  const code = m[1]!;
  return ['HRC', 'RES', 'DEC', 'PRST', 'INF', 'SR'].includes(code) ? null : code;
}

let regionNames: Map<string, string> | null = null;

/** English short names of ISO 3166 regions (from the runtime's ICU data), keyed by name. */
function countryNames(): Map<string, string> {
  if (regionNames) return regionNames;
  const names = new Map<string, string>();
  const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const A = 65;
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      const name = display.of(code);
      if (name && name !== code && !/Unknown|Region|Europe|World|Outlying|Pseudo/.test(name)) names.set(name, code);
    }
  }
  regionNames = names;
  return names;
}

/** The country named most often in a text (English short name), or null. */
export function mostNamedCountry(text: string): string | null {
  let best: { name: string; count: number } | null = null;
  for (const name of countryNames().keys()) {
    if (!text.includes(name)) continue;
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const count = (text.match(new RegExp(`\\b${escaped}\\b`, 'g')) ?? []).length;
    if (count > 0 && (!best || count > best.count)) best = { name, count };
  }
  return best?.name ?? null;
}

export interface DocumentCountry {
  /** ISO3, when a country symbol settles it. */
  iso3: string | null;
  /** The country as named in the text, when no symbol settles it. */
  named: string | null;
}

/**
 * The country a document is about: the ISO3 code most of its country symbols carry, else
 * the country it names most often (left for a State-name resolver to turn into ISO3).
 */
export function documentCountry(text: string): DocumentCountry {
  const counts = new Map<string, number>();
  for (const s of findSymbols(text)) {
    const c = symbolCountry(s);
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (top) return { iso3: top[0], named: null };
  return { iso3: null, named: mostNamedCountry(text) };
}
