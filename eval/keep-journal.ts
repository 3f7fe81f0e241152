/**
 * The marker line after which docs/accuracy.md holds hand-written session notes (what each session
 * changed and measured). `npm run eval` regenerates everything above it and keeps everything below.
 */
export const JOURNAL_MARKER = '<!-- Session notes below: written by hand, kept by `npm run eval` (it regenerates only what is above). -->';

/**
 * Joins a freshly rendered report with the journal of the report it replaces.
 * @param report the rendered report (ends with a newline)
 * @param previous the file it replaces, if any
 * @returns the report, then the marker and the previous file's journal when it had one
 */
export function keepJournal(report: string, previous: string | undefined): string {
  const at = previous?.indexOf(JOURNAL_MARKER) ?? -1;
  if (previous === undefined || at < 0) return report;
  return `${report}\n${previous.slice(at)}`;
}
