import type { RawDocument } from '../ingest/types.js';
import { verifyPair, type PairDocument, type PairResult } from '../relate/index.js';
import { encodeKeys, readKeysLazily, type EncodedKeys } from '../stores/encoded-keys.js';
import type { StoredDocument } from '../stores/store.js';
import type { BoilerplateContext } from '../text/index.js';
import { analyzeDocument, batchBoilerplateContext, type AnalyzedDocument } from './analyze-documents.js';
import { pairDocumentFromStore } from './document-views.js';
import type { IdPair } from './find-pairs.js';

/** Verification views a worker thread keeps between tasks (the main thread mirrors the list). */
export const WORKER_VIEW_CAPACITY = 2000;

/**
 * One step on a worker's view list, applied in order by both threads: an id moves to the
 * newest place; a document is (re)built into a view and put there.
 */
export type ViewStep = string | StoredDocument;

/**
 * Work a thread can do without the store: plain data in, plain data out. A batch's documents
 * are analysed in two steps, so that their texts are normalised and their lines counted on
 * the workers, once: `count-lines` hands the worker a chunk of documents, which it keeps
 * under `group`, and answers with the chunk's line counts; the main thread adds up the
 * chunks' counts into the batch's context, and `analyze` has the worker analyse the group
 * against it. Pairs are verified against views the worker built from stored documents shipped
 * to it once. The answer never depends on which thread ran it.
 */
export type PipelineTask =
  | { kind: 'count-lines'; group: number; raws: RawDocument[] }
  | { kind: 'analyze'; group: number; context: BoilerplateContext }
  | { kind: 'verify'; steps: ViewStep[]; pairs: IdPair[] };

/**
 * What a {@link PipelineTask} gives back. Analysed documents come without their views (they
 * stay in the worker's list) and with an empty `text`: the main thread holds the text it sent
 * and puts it back, instead of the largest field crossing the thread boundary twice. Their keys
 * come encoded (`keys`, by document; then `stored.keys` is empty) when they can be: see
 * {@link restoreAnalyzed}.
 */
export type PipelineAnswer =
  | { kind: 'count-lines'; context: BoilerplateContext }
  | { kind: 'analyze'; docs: AnalyzedDocument[]; keys: (EncodedKeys | undefined)[] }
  | { kind: 'verify'; pairs: PairResult[] };

/** What a worker thread keeps between tasks. */
export interface WorkerState {
  /** Verification views, mirrored by the main thread. */
  views: ViewList<PairDocument>;
  /** Documents whose lines are counted, by group, until their `analyze` task. */
  counted: Map<number, RawDocument[]>;
}

/** A fresh {@link WorkerState}. */
export function newWorkerState(): WorkerState {
  return { views: new ViewList<PairDocument>(), counted: new Map() };
}

/**
 * Views by id in a fixed-size list, oldest dropped first. The main thread keeps the same list
 * of ids per worker and sends the same steps, so it always knows which views a worker holds.
 */
export class ViewList<T> {
  private readonly items = new Map<string, T>();
  constructor(private readonly capacity = WORKER_VIEW_CAPACITY) {}

  /** Changes the value of a held `id` without moving it (no-op when not held). */
  set(id: string, value: T): void {
    if (this.items.has(id)) this.items.set(id, value);
  }

  /** Moves `id` to the newest place (adding it with `value` when given); then drops the oldest beyond capacity. */
  put(id: string, value: T): void {
    this.items.delete(id);
    this.items.set(id, value);
    for (const oldest of this.items.keys()) {
      if (this.items.size <= this.capacity) break;
      this.items.delete(oldest);
    }
  }

  get(id: string): T | undefined {
    return this.items.get(id);
  }

  has(id: string): boolean {
    return this.items.has(id);
  }
}

/**
 * The main thread's half of an `analyze` answer: puts back each document's text (as sent) and
 * its keys (read from their encoding only when asked: a SQLite store writes the encoding).
 * @param docs the answer's documents, changed in place
 * @param keys the answer's encoded keys, by document
 * @param texts the texts of the documents sent, in order
 */
export function restoreAnalyzed(docs: AnalyzedDocument[], keys: readonly (EncodedKeys | undefined)[], texts: readonly { text: string }[]): AnalyzedDocument[] {
  docs.forEach((d, i) => {
    d.stored.text = texts[i]?.text ?? '';
    const encoded = keys[i];
    if (encoded !== undefined) readKeysLazily(d.stored, encoded);
  });
  return docs;
}

/** Verifies pairs from prepared views; a pair with a missing view is skipped. */
export function verifyWithViews(views: { get(id: string): PairDocument | undefined }, pairs: readonly IdPair[]): PairResult[] {
  const out: PairResult[] = [];
  for (const [x, y] of pairs) {
    const a = views.get(x);
    const b = views.get(y);
    if (a && b) out.push(verifyPair(a, b));
  }
  return out;
}

/**
 * Runs one task in the calling thread, against this thread's state: the code a worker runs.
 * A view is rebuilt from its stored document, as the in-process path does on a cache miss, so
 * it equals the view made while indexing.
 */
export function runPipelineTask(task: PipelineTask, state: WorkerState): PipelineAnswer {
  if (task.kind === 'count-lines') {
    state.counted.set(task.group, task.raws);
    // Normalises each text and remembers it for analyzeDocument (the raws are kept as they are).
    return { kind: 'count-lines', context: batchBoilerplateContext(task.raws) };
  }
  if (task.kind === 'analyze') {
    const raws = state.counted.get(task.group);
    if (raws === undefined) throw new Error(`no documents counted for group ${task.group}`);
    state.counted.delete(task.group);
    const docs = raws.map((raw) => analyzeDocument(raw, task.context));
    // Kept for verification, in input order, as the main thread's mirror records them: a view
    // made while analysing equals the one rebuilt from the stored document, and rebuilding
    // (splitting and stemming the text again) cost as much as a third of the text stage.
    for (const d of docs) state.views.put(d.stored.id, d.view ?? pairDocumentFromStore(d.stored));
    const keys = docs.map((d) => encodeKeys(d.stored.keys));
    const sent = docs.map((d, i) => ({ stored: { ...d.stored, text: '', keys: keys[i] === undefined ? d.stored.keys : [] }, view: undefined }));
    return { kind: 'analyze', docs: sent, keys };
  }
  for (const step of task.steps) {
    if (typeof step === 'string') {
      const known = state.views.get(step);
      if (known) state.views.put(step, known);
    } else state.views.put(step.id, pairDocumentFromStore(step));
  }
  return { kind: 'verify', pairs: verifyWithViews(state.views, task.pairs) };
}
