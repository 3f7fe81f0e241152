/** One dataset's part of docs/accuracy.md, produced by an evaluation module. */
export interface ReportSection {
  /** Heading, e.g. "Clough–Stevenson short answers". */
  title: string;
  /** The command that made the numbers (copied into the report). */
  command: string;
  /** Markdown body: tables of our numbers beside published ones and a baseline from the same run. */
  markdown: string;
  /** Set when the dataset was absent: the section then says why it was skipped. */
  skipped?: string;
}
