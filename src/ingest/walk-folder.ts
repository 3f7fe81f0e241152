import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { IngestWarning } from './types.js';

/** A file found under a folder, or a problem met while looking. */
export type FolderEntry =
  | { kind: 'file'; path: string; relativePath: string }
  | { kind: 'warning'; warning: IngestWarning };

/**
 * Lists the files under a folder depth-first, entries sorted by name (code-unit order, so the
 * result does not depend on the locale), skipping hidden entries and `node_modules`. Symbolic
 * links are followed, but a folder already visited (a link cycle) is not entered twice.
 * @param root folder to walk
 * @returns an async stream of files (with their path relative to `root`, forward slashes) and warnings
 */
export async function* walkFolder(root: string): AsyncGenerator<FolderEntry> {
  const visited = new Set<string>();
  yield* walk(root, '', visited);
}

async function* walk(folder: string, relative: string, visited: Set<string>): AsyncGenerator<FolderEntry> {
  const where = relative === '' ? folder : relative;
  let names: string[];
  try {
    const real = await realpath(folder);
    if (visited.has(real)) return;
    visited.add(real);
    names = (await readdir(folder)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (error) {
    yield { kind: 'warning', warning: { document: where, message: `folder not readable (${describe(error)})` } };
    return;
  }
  for (const name of names) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = join(folder, name);
    const relativePath = relative === '' ? name : `${relative}/${name}`;
    try {
      const info = await stat(path);
      if (info.isDirectory()) yield* walk(path, relativePath, visited);
      else if (info.isFile()) yield { kind: 'file', path, relativePath };
    } catch (error) {
      yield { kind: 'warning', warning: { document: relativePath, message: `not readable (${describe(error)})` } };
    }
  }
}

function describe(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}
