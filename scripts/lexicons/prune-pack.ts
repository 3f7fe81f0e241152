import type { SourceTable } from './source-table.js';

/** Stub: keeps everything (replaced once sizes are measured). */
export function prunePack(entries: SourceTable): { entries: SourceTable; note: string } {
  return { entries, note: 'not pruned' };
}
