import { decodeWindows1252 } from './decode-windows-1252.js';

/** Decoded text, or the reason the bytes were refused. */
export type DecodeResult =
  | { ok: true; text: string; encoding: string; warnings: string[] }
  | { ok: false; reason: string };

export interface DecodeOptions {
  /** Charset the container declares (an HTML `<meta charset>`); a BOM still wins over it. */
  declaredCharset?: string;
}

/** How much of the start is inspected for UTF-16 and control-character patterns. */
const SNIFF_BYTES = 64 * 1024;
/** Above this share of C0 control characters the content is taken for binary. */
const MAX_CONTROL_SHARE = 0.1;
/** Share of pairs whose high byte is NUL above which BOM-less UTF-16 is assumed. */
const MIN_UTF16_NUL_SHARE = 0.3;

/**
 * Turns file bytes into text without any dependency: a BOM (UTF-8, UTF-16 LE/BE) decides
 * first, then BOM-less UTF-16 recognised by NULs in alternate positions, then a declared
 * charset, then strict UTF-8, and windows-1252 as the last guess (with a warning). Binary
 * content (NUL bytes outside UTF-16, or many control characters) is refused.
 * @param bytes raw file content
 * @param options `declaredCharset` from the document's own markup, if any
 * @returns `{ ok: true, text, encoding, warnings }` or `{ ok: false, reason }`
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const bomEncoding = encodingFromBom(bytes);
  if (bomEncoding !== undefined) return finish(new TextDecoder(bomEncoding).decode(bytes), bomEncoding, []);

  const utf16 = guessBomlessUtf16(bytes);
  if (utf16 !== undefined) return finish(new TextDecoder(utf16).decode(bytes), utf16, []);

  if (bytes.includes(0)) return { ok: false, reason: 'binary file, skipped' };

  const declared = options.declaredCharset === undefined ? undefined : encodingForLabel(options.declaredCharset);
  // A page that declares UTF-16 but has no BOM is not UTF-16 (HTML spec treats it as UTF-8).
  if (declared !== undefined && declared !== 'utf-8' && !declared.startsWith('utf-16')) {
    const utf8 = tryUtf8(bytes);
    // Sites often keep a stale latin-1 declaration after moving to UTF-8; valid multi-byte
    // UTF-8 is almost never an accident, so trust the bytes over the label.
    if (utf8 !== undefined && hasNonAscii(bytes)) {
      return finish(utf8, 'utf-8', [`declared charset ${options.declaredCharset ?? ''} but content is UTF-8; decoded as UTF-8`]);
    }
    return finish(decodeWith(declared, bytes), declared, []);
  }

  const utf8 = tryUtf8(bytes);
  if (utf8 !== undefined) return finish(utf8, 'utf-8', []);
  return finish(decodeWindows1252(bytes), 'windows-1252', ['encoding guessed as windows-1252']);
}

/** Labels such as `iso-8859-1`, `latin1` and `us-ascii` all resolve to windows-1252. */
function decodeWith(encoding: string, bytes: Uint8Array): string {
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
}

function finish(text: string, encoding: string, warnings: string[]): DecodeResult {
  if (looksBinary(text)) return { ok: false, reason: 'binary file, skipped' };
  return { ok: true, text, encoding, warnings };
}

function encodingFromBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Mostly-ASCII UTF-16 puts a NUL in every other byte: odd positions for LE, even for BE. */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  const pairs = length / 2;
  if (pairs < 2) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  if (oddNuls / pairs >= MIN_UTF16_NUL_SHARE && evenNuls / pairs < 0.05) return 'utf-16le';
  if (evenNuls / pairs >= MIN_UTF16_NUL_SHARE && oddNuls / pairs < 0.05) return 'utf-16be';
  return undefined;
}

function encodingForLabel(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

/** Tab, line feed, vertical tab, form feed and carriage return are normal in text. */
function looksBinary(text: string): boolean {
  const length = Math.min(text.length, SNIFF_BYTES);
  if (length === 0) return false;
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if ((code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f) controls++;
  }
  return controls / length > MAX_CONTROL_SHARE;
}
