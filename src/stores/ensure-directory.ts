import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Creates a directory and its missing parents, one level at a time.
 *
 * Not `mkdirSync(dir, { recursive: true })`: on Node 20 that loops forever when the kernel
 * answers ENOENT for a parent that exists (as under /proc), and a store must fail, not hang.
 * @param dir the directory to create; nothing happens when it exists
 * @throws the file-system error of the first level that cannot be created
 */
export function ensureDirectory(dir: string): void {
  const missing: string[] = [];
  let current = dir;
  while (statSync(current, { throwIfNoEntry: false }) === undefined) {
    missing.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const level of missing.reverse()) mkdirSync(level);
}
