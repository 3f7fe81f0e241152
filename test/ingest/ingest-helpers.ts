import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { IngestItem, IngestWarning, RawDocument } from '../../src/ingest/index.js';

/** Drains an item stream into documents and warnings, in order. */
export async function collect(items: AsyncIterable<IngestItem> | Iterable<IngestItem>): Promise<{
  documents: RawDocument[];
  warnings: IngestWarning[];
}> {
  const documents: RawDocument[] = [];
  const warnings: IngestWarning[] = [];
  for await (const item of items) {
    if (item.kind === 'document') documents.push(item.document);
    else warnings.push(item.warning);
  }
  return { documents, warnings };
}

const createdRoots: string[] = [];
// Some fixtures are 50 MB; leave nothing behind in the temp folder.
process.on('exit', () => {
  for (const root of createdRoots) rmSync(root, { recursive: true, force: true });
});

/** Writes the given files (relative path → content) into a fresh temp folder and returns it. */
export function makeTree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'storytrace-ingest-'));
  createdRoots.push(root);
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}

/** Finds a document by id or fails the test with the ids that exist. */
export function byId(documents: RawDocument[], id: string): RawDocument {
  const found = documents.find((document) => document.id === id);
  if (found === undefined) throw new Error(`no document ${id}; have ${documents.map((d) => d.id).join(', ')}`);
  return found;
}

export const OPTIONS = { maxChars: 5_000_000, maxFileBytes: 200 * 1024 * 1024, maxInflatedBytes: 50_000_000 };
