import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReportSection } from './report-section.js';

/**
 * Where the shared evaluation datasets live: `$STORYTRACE_DATASETS`, else `../shared/datasets`
 * beside the checkout (read-only material; nothing from it is copied into the repository).
 */
export function datasetsRoot(): string {
  const fromEnv = process.env['STORYTRACE_DATASETS'];
  if (fromEnv !== undefined && fromEnv !== '') return resolve(fromEnv);
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'datasets');
}

/**
 * The folder of one dataset, or null when it (or a file it needs) is absent.
 * @param name folder name under the datasets root
 * @param required files the evaluation reads, relative to that folder
 * @param root datasets root (default {@link datasetsRoot})
 */
export function findDataset(name: string, required: readonly string[], root = datasetsRoot()): string | null {
  const dir = join(root, name);
  return required.every((f) => existsSync(join(dir, f))) ? dir : null;
}

/**
 * The section a dataset yields when it cannot be evaluated.
 * @param title section heading
 * @param command the command that would have made the numbers
 * @param reason why it was skipped (shown in the report)
 */
export function skippedSection(title: string, command: string, reason: string): ReportSection {
  return { title, command, markdown: `_Skipped: ${reason}._`, skipped: reason };
}
