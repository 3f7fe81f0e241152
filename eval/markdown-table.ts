/**
 * A GitHub-flavoured Markdown table.
 * @param header column titles
 * @param rows cells, already formatted; `|` in a cell is escaped
 * @returns the table, one line per row, ending without a newline
 */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (s: string): string => s.replace(/\|/g, '\\|');
  const line = (cells: readonly string[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
