/** Text decoded with one encoding, and how many byte sequences could not be decoded. */
export interface DecodedText {
  text: string;
  /** Undecodable sequences, each replaced by U+FFFD. */
  replaced: number;
}

/**
 * Decodes bytes with the WHATWG `TextDecoder` (full ICU in Node), counting undecodable
 * sequences instead of hiding them: a strict pass first, and only when it fails a lenient
 * pass whose U+FFFD characters are counted (a lenient-only pass could not tell them from
 * U+FFFD the source really contained).
 *
 * Always decodes in streaming mode: Node 20's one-shot `decode()` for windows-1252 (the
 * encoding every `latin1`/`iso-8859-1` label maps to) takes a Latin-1 fast path that turns
 * 0x80–0x9F into C1 controls instead of curly quotes, dashes and the euro sign; the streaming
 * path goes through ICU and is right.
 * @param encoding a label `TextDecoder` accepts (e.g. `utf-8`, `windows-1251`, `shift_jis`)
 * @param bytes the bytes to decode; a BOM matching the encoding is dropped
 * @returns the text and the count of replaced sequences
 * @throws RangeError when the label is unknown to `TextDecoder`
 */
export function decodeAs(encoding: string, bytes: Uint8Array): DecodedText {
  try {
    return { text: decodeStreaming(new TextDecoder(encoding, { fatal: true }), bytes), replaced: 0 };
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
  }
  const text = decodeStreaming(new TextDecoder(encoding), bytes);
  let replaced = 0;
  for (let at = text.indexOf('\ufffd'); at !== -1; at = text.indexOf('\ufffd', at + 1)) replaced++;
  return { text, replaced };
}

/**
 * The canonical `TextDecoder` name of an encoding label, or undefined when the label is
 * unknown (e.g. `x-mac-whatever`), so a bad declaration can be ignored instead of failing.
 * @param label charset label as declared or detected
 * @returns e.g. `windows-1252` for `ISO-8859-1`
 */
export function canonicalEncoding(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

function decodeStreaming(decoder: TextDecoder, bytes: Uint8Array): string {
  return decoder.decode(bytes, { stream: true }) + decoder.decode();
}
