import type { RawDocument } from '../ingest/types.js';
import { verifyPair, type PairDocument, type PairResult } from '../relate/index.js';
import type { BoilerplateContext } from '../text/index.js';
import { analyzeDocument, type AnalyzedDocument } from './analyze-documents.js';

/**
 * Work a thread can do without the store: plain data in, plain data out. Documents are
 * analysed against a boilerplate context computed over their whole batch, and pairs are
 * verified from views shipped with them, so the answer never depends on which thread ran it.
 */
export type PipelineTask =
  | { kind: 'analyze'; raws: RawDocument[]; context: BoilerplateContext }
  /** `pairs` index into `views`. */
  | { kind: 'verify'; views: PairDocument[]; pairs: [number, number][] };

/** What a {@link PipelineTask} gives back. */
export type PipelineAnswer = { kind: 'analyze'; docs: AnalyzedDocument[] } | { kind: 'verify'; pairs: PairResult[] };

/** Runs one task in the calling thread: the same code a worker thread runs. */
export function runPipelineTask(task: PipelineTask): PipelineAnswer {
  if (task.kind === 'analyze') return { kind: 'analyze', docs: task.raws.map((raw) => analyzeDocument(raw, task.context)) };
  const pairs: PairResult[] = [];
  for (const [x, y] of task.pairs) {
    const a = task.views[x];
    const b = task.views[y];
    if (a && b) pairs.push(verifyPair(a, b));
  }
  return { kind: 'verify', pairs };
}
