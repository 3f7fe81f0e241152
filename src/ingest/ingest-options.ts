import type { IngestOptions } from './types.js';

/** How many bytes of inflated data each allowed character of text is worth (markup, HTTP headers). */
const INFLATED_BYTES_PER_CHAR = 10;

/**
 * Defaults for {@link IngestOptions}: 5,000,000 characters per document, 200 MB per file,
 * 50,000,000 inflated bytes per compressed input (10 × `maxChars`).
 */
export const DEFAULT_INGEST_OPTIONS: Readonly<Required<IngestOptions>> = Object.freeze({
  maxChars: 5_000_000,
  maxFileBytes: 200 * 1024 * 1024,
  maxInflatedBytes: 5_000_000 * INFLATED_BYTES_PER_CHAR,
});

/**
 * Fills in defaults and rejects nonsense limits (a zero or negative limit would silently drop
 * every document, so it falls back to the default instead).
 * @param options caller's options, any field may be missing (`maxInflatedBytes` defaults to 10 × `maxChars`)
 * @returns a frozen, complete options object
 */
export function resolveIngestOptions(options: IngestOptions = {}): Readonly<Required<IngestOptions>> {
  const pick = (value: number | undefined, fallback: number): number =>
    value !== undefined && Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
  const maxChars = pick(options.maxChars, DEFAULT_INGEST_OPTIONS.maxChars);
  return Object.freeze({
    maxChars,
    maxFileBytes: pick(options.maxFileBytes, DEFAULT_INGEST_OPTIONS.maxFileBytes),
    // Follows maxChars unless set: a caller who allows longer texts allows bigger pages too.
    maxInflatedBytes: pick(options.maxInflatedBytes, maxChars * INFLATED_BYTES_PER_CHAR),
  });
}

/**
 * The reading limits within a wider options object (indexing, queue or watch options), set
 * fields only, so the callers of `readInputs` pass on every limit they were given.
 */
export function ingestOptionsOf(options: IngestOptions): IngestOptions {
  const ingest: IngestOptions = {};
  if (options.maxChars !== undefined) ingest.maxChars = options.maxChars;
  if (options.maxFileBytes !== undefined) ingest.maxFileBytes = options.maxFileBytes;
  if (options.maxInflatedBytes !== undefined) ingest.maxInflatedBytes = options.maxInflatedBytes;
  return ingest;
}
