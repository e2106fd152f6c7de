// Bytes -> text for exports whose encoding nobody states. UTF-8 when the bytes are valid
// UTF-8; otherwise one of the two 8-bit encodings old spreadsheet exports come in: Mac
// Roman (UPR Info's export: é is 0x8E) or Windows-1252. Both are decoded from our own
// tables: Node 20's TextDecoder('windows-1252') decodes 0x80-0x9F as Latin-1 controls,
// and Mac Roman depends on the ICU build.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'macintosh' | 'windows-1252';

/** Code points of bytes 0x80-0xFF in Mac Roman (Apple's table, € at 0xDB). */
const MAC_ROMAN_HIGH = hexTable(
  '00c4 00c5 00c7 00c9 00d1 00d6 00dc 00e1 00e0 00e2 00e4 00e3 00e5 00e7 00e9 00e8 00ea 00eb 00ed 00ec 00ee 00ef 00f1 00f3 00f2 00f4 00f6 00f5 00fa 00f9 00fb 00fc ' +
    '2020 00b0 00a2 00a3 00a7 2022 00b6 00df 00ae 00a9 2122 00b4 00a8 2260 00c6 00d8 221e 00b1 2264 2265 00a5 00b5 2202 2211 220f 03c0 222b 00aa 00ba 03a9 00e6 00f8 ' +
    '00bf 00a1 00ac 221a 0192 2248 2206 00ab 00bb 2026 00a0 00c0 00c3 00d5 0152 0153 2013 2014 201c 201d 2018 2019 00f7 25ca 00ff 0178 2044 20ac 2039 203a fb01 fb02 ' +
    '2021 00b7 201a 201e 2030 00c2 00ca 00c1 00cb 00c8 00cd 00ce 00cf 00cc 00d3 00d4 f8ff 00d2 00da 00db 00d9 0131 02c6 02dc 00af 02d8 02d9 02da 00b8 02dd 02db 02c7',
);

/** Code points of bytes 0x80-0xFF in Windows-1252 (undefined bytes map to the C1 control, as WHATWG does). */
const WINDOWS_1252_HIGH = hexTable(
  '20ac 0081 201a 0192 201e 2026 2020 2021 02c6 2030 0160 2039 0152 008d 017d 008f 0090 2018 2019 201c 201d 2022 2013 2014 02dc 2122 0161 203a 0153 009d 017e 0178',
).concat(Array.from({ length: 96 }, (_, i) => 0xa0 + i));

function hexTable(hex: string): number[] {
  return hex.split(' ').map((h) => parseInt(h, 16));
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
/** Per high byte: 1 a lower-case letter, 2 an upper-case one, 0 anything else. */
function letterKinds(table: readonly number[]): Uint8Array {
  return Uint8Array.from(table, (cp) => {
    const c = String.fromCodePoint(cp);
    return LOWER.test(c) ? 1 : UPPER.test(c) ? 2 : 0;
  });
}
const MAC_KINDS = letterKinds(MAC_ROMAN_HIGH);
const WIN_KINDS = letterKinds(WINDOWS_1252_HIGH);
/** Bytes Windows-1252 leaves undefined: their presence rules it out. */
const WIN_UNDEFINED = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

const isAsciiLower = (b: number | undefined) => b !== undefined && b >= 0x61 && b <= 0x7a;

/**
 * How plausible the high bytes are as text in an encoding: a letter scores, an upper-case
 * letter right after a lower-case one (`rŽsum`) or a non-letter inside a word (`caf™`)
 * counts against it.
 */
function plausibility(bytes: Uint8Array, kinds: Uint8Array): number {
  let score = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const kind = kinds[b - 0x80]!;
    const prevLower = isAsciiLower(bytes[i - 1]);
    if (kind === 1) score++;
    else if (kind === 2) score += prevLower ? -1 : 1;
    else if (prevLower && isAsciiLower(bytes[i + 1])) score--;
  }
  return score;
}

/** Guesses the encoding of bytes that are not valid UTF-8. */
export function guessLegacyEncoding(bytes: Uint8Array): 'macintosh' | 'windows-1252' {
  if (WIN_UNDEFINED.some((b) => bytes.includes(b))) return 'macintosh';
  return plausibility(bytes, MAC_KINDS) > plausibility(bytes, WIN_KINDS) ? 'macintosh' : 'windows-1252';
}

function decodeWithTable(bytes: Uint8Array, high: readonly number[]): string {
  // Every code point of both tables is in the BMP: one UTF-16 unit per byte, written
  // little-endian byte by byte so that the platform's endianness does not matter.
  const utf16 = new Uint8Array(bytes.length * 2);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const unit = b < 0x80 ? b : high[b - 0x80]!;
    utf16[2 * i] = unit & 0xff;
    utf16[2 * i + 1] = unit >> 8;
  }
  return new TextDecoder('utf-16le').decode(utf16);
}

/**
 * Decodes bytes of unknown encoding: a UTF-8 or UTF-16 byte order mark wins; then UTF-8
 * when the bytes are valid UTF-8; then Mac Roman or Windows-1252, whichever reads more
 * plausibly. The BOM is not part of the text.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const encoding = guessLegacyEncoding(bytes);
    return { text: decodeWithTable(bytes, encoding === 'macintosh' ? MAC_ROMAN_HIGH : WINDOWS_1252_HIGH), encoding };
  }
}
