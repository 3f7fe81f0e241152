/** Browsers look for the charset declaration in the first 1024 bytes; allow some slack. */
const PRESCAN_BYTES = 4096;

/**
 * Finds the charset an HTML page declares, from `<meta charset>`, `<meta http-equiv
 * content="…; charset=…">` or an XML declaration, looking only at the start of the bytes.
 * @param bytes raw page
 * @returns the declared label (e.g. `iso-8859-1`), or undefined when none is declared
 */
export function findHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  if (meta?.[1] !== undefined) return meta[1];
  const xml = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/i.exec(head);
  return xml?.[1];
}
