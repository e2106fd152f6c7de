// Numbers as printed in English reports: `38,944`, `9.2 million`, `eight`, `Fifty-first`, `41st`.

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ORDINAL_UNITS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19,
};
const ORDINAL_TENS: Record<string, number> = {
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
};
const MULTIPLIERS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** A number word up to ninety-nine (`eight`, `twenty-five`), or null. */
export function wordNumber(word: string): number | null {
  const w = word.toLowerCase();
  if (w in UNITS) return UNITS[w] ?? null;
  if (w in TENS) return TENS[w] ?? null;
  const m = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (m && m[1]! in TENS && m[2]! in UNITS) return (TENS[m[1]!] ?? 0) + (UNITS[m[2]!] ?? 0);
  return null;
}

/** An ordinal (`third`, `Fifty-first`, `41st`, `32<sup>nd</sup>` once cleaned) or null. */
export function parseOrdinal(word: string): number | null {
  const w = word.toLowerCase().trim();
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  if (digits) return Number(digits[1]);
  if (w in ORDINAL_UNITS) return ORDINAL_UNITS[w] ?? null;
  if (w in ORDINAL_TENS) return ORDINAL_TENS[w] ?? null;
  const m = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (m && m[1]! in TENS && m[2]! in ORDINAL_UNITS) return (TENS[m[1]!] ?? 0) + (ORDINAL_UNITS[m[2]!] ?? 0);
  return null;
}

/** Regex source matching a printed number (digits with separators, or a number word). */
export const NUMBER_SOURCE = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+(?:thousand|million|billion|trillion))?`;

/** Parses a printed number (`38,944`, `9.2 million`, `22.04`, `eight`); null when it is none. */
export function parseNumber(text: string): number | null {
  const t = text.trim().toLowerCase();
  const word = wordNumber(t);
  if (word !== null) return word;
  const m = /^(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million|billion|trillion))?$/.exec(t);
  if (!m) return null;
  const base = Number(m[1]!.replace(/,/g, ''));
  if (!Number.isFinite(base)) return null;
  const mult = m[2] ? MULTIPLIERS[m[2]] ?? 1 : 1;
  return Math.round(base * mult * 1e6) / 1e6;
}
