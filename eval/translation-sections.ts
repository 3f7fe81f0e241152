import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { skippedSection } from './datasets.js';
import type { ReportSection } from './report-section.js';

const TITLE = 'Translation retrieval (Debian Reference en↔id, UDHR)';
const COMMAND = 'npm run eval -- --only translation';

/**
 * The translation sections, from `eval/translation/index.ts` (written separately) when it exists.
 * Loaded dynamically so the harness runs before that module does.
 * @param folder the eval folder (default: this file's folder)
 * @returns its sections, or one skipped section saying why
 */
export async function runTranslationSections(folder = dirname(fileURLToPath(import.meta.url))): Promise<ReportSection[]> {
  const path = join(folder, 'translation', 'index.ts');
  if (!existsSync(path)) return [skippedSection(TITLE, COMMAND, 'eval/translation/index.ts does not exist yet')];
  try {
    const mod = (await import(pathToFileURL(path).href)) as { runTranslationEval?: () => Promise<ReportSection[]> };
    if (typeof mod.runTranslationEval !== 'function') return [skippedSection(TITLE, COMMAND, 'eval/translation/index.ts exports no runTranslationEval')];
    return await mod.runTranslationEval();
  } catch (error) {
    return [skippedSection(TITLE, COMMAND, `eval/translation failed: ${error instanceof Error ? error.message : String(error)}`)];
  }
}
