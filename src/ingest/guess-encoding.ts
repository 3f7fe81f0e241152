import { analyse } from 'chardet';
import { canonicalEncoding } from './decode-as.js';

/** An encoding chardet proposed, as a `TextDecoder` label. */
export interface EncodingGuess {
  encoding: string;
  /** chardet's confidence, 0–100. */
  confidence: number;
}

/** chardet's statistics need some text; more than this adds time, not certainty. */
const SAMPLE_BYTES = 64 * 1024;
/**
 * Below this chardet is mostly naming a neighbour of the right code page (a short French
 * text in windows-1252 comes back as windows-1250 at 27); the caller falls back instead.
 */
export const MIN_CONFIDENCE = 30;

/**
 * Asks chardet for the legacy encoding of bytes that are not valid UTF-8. Unicode answers
 * are ignored (BOMs and UTF-8 are settled before this is asked), as are names `TextDecoder`
 * does not know (chardet's generic `mbcs`/`sbcs`, UTF-32).
 * @param bytes file content; only the first 64 KiB are analysed
 * @returns the most confident usable guess at or above {@link MIN_CONFIDENCE}, or undefined
 */
export function guessLegacyEncoding(bytes: Uint8Array): EncodingGuess | undefined {
  const sample = bytes.length > SAMPLE_BYTES ? bytes.subarray(0, SAMPLE_BYTES) : bytes;
  // Sorted here (ties by name) rather than trusting chardet's order, so the answer is stable.
  const matches = analyse(sample)
    .filter((match) => match.confidence >= MIN_CONFIDENCE)
    .sort((a, b) => b.confidence - a.confidence || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const match of matches) {
    if (/^(?:ASCII|UTF-)/i.test(match.name)) continue;
    const encoding = canonicalEncoding(match.name);
    if (encoding !== undefined && !encoding.startsWith('utf-')) return { encoding, confidence: match.confidence };
  }
  return undefined;
}
