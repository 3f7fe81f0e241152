import type { IngestOptions } from './types.js';

/** Defaults for {@link IngestOptions}: 5,000,000 characters per document, 200 MB per file. */
export const DEFAULT_INGEST_OPTIONS: Readonly<Required<IngestOptions>> = Object.freeze({
  maxChars: 5_000_000,
  maxFileBytes: 200 * 1024 * 1024,
});

/**
 * Fills in defaults and rejects nonsense limits (a zero or negative limit would silently drop
 * every document, so it falls back to the default instead).
 * @param options caller's options, any field may be missing
 * @returns a frozen, complete options object
 */
export function resolveIngestOptions(options: IngestOptions = {}): Readonly<Required<IngestOptions>> {
  const pick = (value: number | undefined, fallback: number): number =>
    value !== undefined && Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
  return Object.freeze({
    maxChars: pick(options.maxChars, DEFAULT_INGEST_OPTIONS.maxChars),
    maxFileBytes: pick(options.maxFileBytes, DEFAULT_INGEST_OPTIONS.maxFileBytes),
  });
}
