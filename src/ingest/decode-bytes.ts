import { canonicalEncoding, decodeAs, type DecodedText } from './decode-as.js';
import { guessLegacyEncoding } from './guess-encoding.js';

/** Decoded text, or the reason the bytes were refused. */
export type DecodeResult =
  | { ok: true; text: string; encoding: string; warnings: string[] }
  | { ok: false; reason: string };

export interface DecodeOptions {
  /** Charset the container declares (HTTP `Content-Type`, `<meta charset>`, XML declaration); a BOM still wins over it. */
  declaredCharset?: string;
}

/** How much of the start is inspected for UTF-16 and control-character patterns. */
const SNIFF_BYTES = 64 * 1024;
/** Above this share of control characters the content is taken for binary. */
const MAX_CONTROL_SHARE = 0.1;
/** Share of pairs whose high byte is NUL above which BOM-less UTF-16 is assumed. */
const MIN_UTF16_NUL_SHARE = 0.3;
/** Above this share of undecodable characters the text would be garbage: refused, not read. */
export const MAX_REPLACED_SHARE = 0.02;
/** Invalid UTF-8 is still read as UTF-8 when valid multi-byte characters outnumber bad bytes this much. */
const MOSTLY_UTF8_RATIO = 10;

/**
 * Turns file bytes into text. In order: a BOM (UTF-8, UTF-16 LE/BE); BOM-less UTF-16
 * recognised by NULs in alternate positions; NUL bytes otherwise mean binary; a declared
 * charset; valid UTF-8; UTF-8 with a few bad bytes; then chardet's guess among legacy
 * encodings, and windows-1252 (the web's default) when chardet is not confident. Every guess
 * and every undecodable sequence (replaced by U+FFFD) is reported as a warning; beyond
 * {@link MAX_REPLACED_SHARE} replaced characters, or with many control characters, the bytes
 * are refused.
 * @param bytes raw file content
 * @param options `declaredCharset` from the document's own headers or markup, if any
 * @returns `{ ok: true, text, encoding, warnings }` or `{ ok: false, reason }`
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const bomEncoding = encodingFromBom(bytes);
  if (bomEncoding !== undefined) return finish(decodeAs(bomEncoding, bytes), bomEncoding, []);

  const utf16 = guessBomlessUtf16(bytes);
  if (utf16 !== undefined) {
    return finish(decodeAs(utf16, bytes), utf16, [`encoding guessed as ${utf16} (no BOM; NUL bytes in alternate positions)`]);
  }

  if (bytes.includes(0)) return { ok: false, reason: 'binary file, skipped' };

  const declaredLabel = options.declaredCharset;
  const declared = declaredLabel === undefined ? undefined : canonicalEncoding(declaredLabel);
  const warnings: string[] = [];
  if (declaredLabel !== undefined && declared === undefined) warnings.push(`unknown declared charset ${declaredLabel} ignored`);
  // A page that declares UTF-16 but has no BOM is not UTF-16 (the HTML spec treats it as UTF-8).
  if (declared !== undefined && declared !== 'utf-8' && !declared.startsWith('utf-16')) {
    const utf8 = decodeAs('utf-8', bytes);
    // Sites often keep a stale latin-1 declaration after moving to UTF-8; valid multi-byte
    // UTF-8 is almost never an accident, so trust the bytes over the label.
    if (utf8.replaced === 0 && hasNonAscii(bytes)) {
      return finish(utf8, 'utf-8', [...warnings, `declared charset ${declaredLabel ?? ''} but content is UTF-8; decoded as UTF-8`]);
    }
    return finish(decodeAs(declared, bytes), declared, warnings);
  }

  const utf8 = decodeAs('utf-8', bytes);
  if (utf8.replaced === 0 || isMostlyUtf8(utf8)) return finish(utf8, 'utf-8', warnings);
  if (declared === 'utf-8') warnings.push('declared charset utf-8 but content is not UTF-8');

  const guess = guessLegacyEncoding(bytes);
  if (guess !== undefined) {
    warnings.push(`encoding guessed as ${guess.encoding} (chardet confidence ${guess.confidence}%)`);
    return finish(decodeAs(guess.encoding, bytes), guess.encoding, warnings);
  }
  warnings.push('encoding guessed as windows-1252 (no confident detection)');
  return finish(decodeAs('windows-1252', bytes), 'windows-1252', warnings);
}

function finish(decoded: DecodedText, encoding: string, warnings: string[]): DecodeResult {
  const { text, replaced } = decoded;
  if (replaced > 0) {
    if (replaced > text.length * MAX_REPLACED_SHARE) {
      return { ok: false, reason: `undecodable as ${encoding} (${replaced} of ${text.length} characters replaced), skipped` };
    }
    warnings.push(`${replaced} undecodable byte sequence${replaced === 1 ? '' : 's'} replaced with U+FFFD (${encoding})`);
  }
  if (looksBinary(text)) return { ok: false, reason: 'binary file, skipped' };
  return { ok: true, text, encoding, warnings };
}

function encodingFromBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * chardet only recognises UTF-16 by its BOM; mostly-Latin UTF-16 puts a NUL in every other
 * byte (odd positions for LE, even for BE), which is a confident enough sign.
 */
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

/** A UTF-8 file with a stray bad byte is still UTF-8; reading it as a legacy code page would garble every accent. */
function isMostlyUtf8(decoded: DecodedText): boolean {
  let valid = 0;
  for (let i = 0; i < decoded.text.length; i++) {
    const code = decoded.text.charCodeAt(i);
    if (code >= 0x80 && code !== 0xfffd) valid++;
  }
  return valid >= decoded.replaced * MOSTLY_UTF8_RATIO;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

/**
 * Tab, line feed, vertical tab, form feed and carriage return are normal in text; other C0
 * controls, DEL and C1 controls (what a single-byte decoder makes of unassigned bytes) are not.
 */
function looksBinary(text: string): boolean {
  const length = Math.min(text.length, SNIFF_BYTES);
  if (length === 0) return false;
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if ((code < 0x20 && (code < 0x09 || code > 0x0d)) || (code >= 0x7f && code <= 0x9f)) controls++;
  }
  return controls / length > MAX_CONTROL_SHARE;
}
