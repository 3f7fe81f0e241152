import type { LanguageCode } from './text/types.js';
import type { Story } from './stories/types.js';

/** A document as reported in the analysis result. */
export interface DocumentSummary {
  id: string;
  language: LanguageCode;
  title: string | null;
  date: string | null;
  site: string | null;
  url: string | null;
  contentHash: string;
  /** Lines removed as boilerplate (shown as evidence). */
  boilerplate: string[];
  warnings: string[];
}

/** A problem with one input; the batch went on. */
export interface AnalysisWarning {
  document: string;
  message: string;
}

/** What `analyze` returns and `analyze --json` prints. A contract: fields may be added, never renamed. */
export interface AnalysisResult {
  documents: DocumentSummary[];
  stories: Story[];
  warnings: AnalysisWarning[];
}

/** Progress of a long run, for progress bars. */
export interface ProgressEvent {
  stage: 'read' | 'analyze' | 'index' | 'verify' | 'stories';
  done: number;
  total: number;
}
