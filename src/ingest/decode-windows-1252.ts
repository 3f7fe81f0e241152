/**
 * Code points of bytes 0x80–0x9F in windows-1252 (WHATWG encoding standard); the five unassigned
 * bytes keep their C1 code point, as browsers do. Every other byte is its own code point.
 */
const HIGH_CONTROLS_TABLE = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];
/** Decoding in slices keeps `String.fromCharCode(...codes)` under the argument-count limit. */
const SLICE = 8192;

/**
 * Decodes windows-1252 by table. Node 20's `TextDecoder('windows-1252')` takes a Latin-1 fast
 * path that mangles 0x80–0x9F (curly quotes, dashes, the euro sign), which are exactly the
 * characters news text from old Windows tools is full of.
 * @param bytes windows-1252 (or ISO-8859-1, which browsers treat as the same) bytes
 * @returns the decoded text
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const codes = new Uint16Array(Math.min(bytes.length, SLICE));
  for (let start = 0; start < bytes.length; start += SLICE) {
    const end = Math.min(bytes.length, start + SLICE);
    for (let i = start; i < end; i++) {
      const byte = bytes[i] ?? 0;
      codes[i - start] = byte >= 0x80 && byte <= 0x9f ? (HIGH_CONTROLS_TABLE[byte - 0x80] ?? byte) : byte;
    }
    parts.push(String.fromCharCode(...codes.subarray(0, end - start)));
  }
  return parts.join('');
}
