import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK_BYTES = 16 << 20;

/**
 * Calls `visit` with every non-empty line of a file, read in 16 MiB chunks so a corpus of any
 * size streams through a fixed buffer (the benchmark's own reader: the same for every variant).
 * @returns the number of lines visited
 */
export function forEachLine(file: string, visit: (line: string) => void): number {
  const fd = openSync(file, 'r');
  let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let carry = 0;
  let lines = 0;
  try {
    for (;;) {
      const got = readSync(fd, buffer, carry, buffer.length - carry, null);
      const end = carry + got;
      let start = 0;
      let nl = buffer.indexOf(10, start);
      while (nl !== -1 && nl < end) {
        if (nl > start) {
          visit(buffer.toString('utf8', start, nl));
          lines++;
        }
        start = nl + 1;
        nl = buffer.indexOf(10, start);
      }
      if (got === 0) {
        if (end > start) {
          visit(buffer.toString('utf8', start, end));
          lines++;
        }
        return lines;
      }
      carry = end - start;
      if (carry === buffer.length) {
        const grown = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(grown, 0, start, end);
        buffer = grown;
      } else {
        buffer.copy(buffer, 0, start, end);
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** A corpus document as gen-corpus.mjs writes it. */
export interface CorpusDoc {
  id: string;
  title: string;
  date: string;
  text: string;
}

/** Parses one docs.jsonl line; undefined when it is not a corpus document. */
export function parseDoc(line: string): CorpusDoc | undefined {
  const value: unknown = JSON.parse(line);
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Record<string, unknown>;
  const { id, title, date, text } = r;
  if (typeof id !== 'string' || typeof text !== 'string') return undefined;
  return { id, title: typeof title === 'string' ? title : '', date: typeof date === 'string' ? date : '', text };
}
