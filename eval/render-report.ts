import type { ReportSection } from './report-section.js';

/**
 * Renders docs/accuracy.md from the sections of one run.
 * @param sections in report order
 * @param meta what the header states: the command and the run's duration
 * @returns the Markdown text, ending with a newline
 */
export function renderReport(sections: readonly ReportSection[], meta: { command: string; seconds: number; commit: string }): string {
  const lines = [
    '# Accuracy on public data',
    '',
    `Made by \`${meta.command}\` (commit ${meta.commit}, ${Math.round(meta.seconds)} s on this machine). Regenerate it with the same command; the run is deterministic. Datasets live in \`../shared/datasets/\` (third-party, not written here; see each SOURCE.md) and a missing one yields a skipped section. Every threshold was tuned on a fixed tuning part only (\`eval/split.ts\`), and the numbers below are on the other part unless marked. Bad numbers are reported as they are; what would raise them is in each section's notes.`,
    '',
    '## Contents',
    '',
    ...sections.map((s) => `- ${s.title}${s.skipped !== undefined ? ' (skipped)' : ''}`),
  ];
  for (const s of sections) {
    lines.push('', `## ${s.title}`, '', `Command: \`${s.command}\``, '', s.markdown);
  }
  return `${lines.join('\n')}\n`;
}
