import { KEY_PREFIX, selectAnchors, selectStems } from '../src/candidates/index.js';

/**
 * Cuts a key list's term and anchor keys to the index's selection; bands and fingerprints stay.
 * So one file of format-3 keys (every stem) also measures format 4.
 */
export function resample(keys: readonly string[]): string[] {
  const stems = keys.filter((k) => k.startsWith(KEY_PREFIX.term));
  const anchors = keys.filter((k) => k.startsWith(KEY_PREFIX.anchor));
  const rest = keys.filter((k) => !k.startsWith(KEY_PREFIX.term) && !k.startsWith(KEY_PREFIX.anchor));
  return [...rest, ...selectStems(stems), ...selectAnchors(anchors)].sort();
}
