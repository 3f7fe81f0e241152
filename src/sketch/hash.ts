/** 32-bit hashing on plain numbers: no per-token allocation beyond the token string itself. */

/** FNV-1a 32-bit offset basis and prime (shared with the streaming word hash in scan-words.ts). */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of `s`; fast and stable across runs and platforms. */
export function hashString(s: string, seed = FNV_OFFSET): number {
  return hashRange(s, 0, s.length, seed);
}

/** {@link hashString} of `s.slice(start, end)`, without making the slice. */
export function hashRange(s: string, start: number, end: number, seed = FNV_OFFSET): number {
  let h = seed >>> 0;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Murmur3's finaliser: a bijection on 32-bit integers that spreads every input bit. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combines a running hash with the next value (order-sensitive). */
export function combine(h: number, v: number): number {
  return mix32((Math.imul(h, 0x9e3779b1) ^ v) >>> 0);
}

const HEX_BYTE = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Eight lowercase hex digits of a 32-bit value (table lookups: it runs once per index key). */
export function hex32(x: number): string {
  return (
    (HEX_BYTE[x >>> 24] ?? '') +
    (HEX_BYTE[(x >>> 16) & 0xff] ?? '') +
    (HEX_BYTE[(x >>> 8) & 0xff] ?? '') +
    (HEX_BYTE[x & 0xff] ?? '')
  );
}
