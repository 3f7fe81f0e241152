// Character offsets of the normalised text mapped back to the text as it was read, so detected
// passages can be compared with answer keys written against the original file.

const DROPPABLE = /[\s\u0000-\u001F\u007F-\u009F\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/u;

/**
 * For each UTF-16 offset of `normalized` (and its end), the matching UTF-16 offset in `raw`,
 * found by walking both texts: equal characters advance together; whitespace and invisible
 * characters that normalisation dropped are skipped in `raw`; anything else (a quote or dash
 * replaced, an NFKC expansion) is taken as a substitution.
 * @param raw the text as read
 * @param normalized `normalizeText(raw)` (any text mostly equal to `raw` works)
 * @returns an array of length `normalized.length + 1`
 */
export function normalizedToRawOffsets(raw: string, normalized: string): Int32Array {
  const map = new Int32Array(normalized.length + 1);
  let i = 0;
  for (let j = 0; j < normalized.length; j++) {
    const n = normalized[j] ?? '';
    while (i < raw.length && raw[i] !== n && DROPPABLE.test(raw[i] ?? '') && !(DROPPABLE.test(n) && raw[i] === '\r')) i++;
    map[j] = Math.min(i, raw.length);
    if (i < raw.length) {
      const expanded = (raw[i] ?? '').normalize('NFKC');
      // One raw character that became several (… → ...) keeps every piece at its own offset.
      if (expanded.length > 1 && normalized.startsWith(expanded, j)) {
        for (let k = 1; k < expanded.length; k++) map[j + k] = i;
        j += expanded.length - 1;
      }
      i++;
    }
  }
  map[normalized.length] = Math.min(i, raw.length);
  return map;
}

/**
 * Code-point offsets of every UTF-16 offset of a text (answer keys count code points).
 * @returns an array of length `text.length + 1`
 */
export function utf16ToCodePointOffsets(text: string): Int32Array {
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (!(c >= 0xd800 && c <= 0xdbff && i + 1 < text.length)) cp++;
  }
  map[text.length] = cp;
  return map;
}
