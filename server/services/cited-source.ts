// What a UN symbol says about the document it names: kind, mechanism and body, so that a
// citation such as `(CCPR/C/KHM/CO/3, para. 35)` creates a placeholder of the right kind.
import type { DocumentKind, Mechanism } from '../../contracts/enums.ts';

const TREATY_PREFIXES: readonly [RegExp, string][] = [
  [/^CCPR\//, 'CCPR'],
  [/^E\/C\.12\//, 'CESCR'],
  [/^CRC\//, 'CRC'],
  [/^CEDAW\//, 'CEDAW'],
  [/^CAT\//, 'CAT'],
  [/^CERD\//, 'CERD'],
  [/^CRPD\//, 'CRPD'],
  [/^CED\//, 'CED'],
  [/^CMW\//, 'CMW'],
];

export interface SymbolInfo {
  kind: DocumentKind;
  mechanism: Mechanism | null;
  body: string | null;
}

export function describeSymbol(symbol: string): SymbolInfo {
  for (const [re, body] of TREATY_PREFIXES) {
    if (re.test(symbol)) return { kind: 'treaty-body-co', mechanism: 'treaty-body', body };
  }
  return { kind: 'generic', mechanism: null, body: null };
}

/** The parent symbol of an addendum (`A/HRC/26/16/Add.1` → `A/HRC/26/16`), or null. */
export function addendumParent(symbol: string | null): string | null {
  const m = symbol ? /^(.*)\/Add\.\d+$/.exec(symbol) : null;
  return m?.[1] ?? null;
}
