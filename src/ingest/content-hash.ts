import { createHash } from 'node:crypto';

/**
 * Hex SHA-256 of the text after Unicode NFC, so the same words typed with precomposed or
 * combining accents count as one exact duplicate.
 * @param text document text
 * @returns 64 lowercase hex digits
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC'), 'utf8').digest('hex');
}
