import { basename, normalize, relative, resolve, sep } from 'node:path';
import { watch } from 'chokidar';
import { ingestOptionsOf, readInputs, type IngestItem } from '../ingest/index.js';
import { indexDocuments, removeDocuments, type IndexOptions } from '../pipeline.js';
import { trackStoryChanges } from '../pipeline/track-changes.js';
import type { StoryChanges } from '../stories/diff-stories.js';
import type { Store } from '../stores/store.js';
import type { AnalysisWarning } from '../types.js';
import { FileDocuments } from './file-documents.js';
import { newVersionEvents, type NewVersionEvent } from './new-version-events.js';
import type { WebhookQueue } from './webhook-queue.js';

/** What one indexed batch of arrived files did. */
export interface WatchBatch {
  /** True for the files already in the folder when watching began (no events are sent for them). */
  baseline: boolean;
  files: number;
  added: string[];
  /** Documents taken out of the index: their file was deleted, or rewritten without them. */
  removed: string[];
  changes: StoryChanges;
  events: NewVersionEvent[];
}

/** Options of {@link watchFolder}. */
export interface WatchOptions {
  /** Quiet time after the last file event before a batch is indexed. Default 300 ms. */
  debounceMs?: number;
  /** A batch is indexed at once when this many files are waiting. Default 500. */
  maxBatch?: number;
  /** A file counts as written when its size has not changed for this long. Default 500 ms. */
  stabilityMs?: number;
  /** Index the files already in the folder first, as a baseline without events. Default true. */
  indexExisting?: boolean;
  /** Options passed to indexing (e.g. `maxChars`). */
  index?: Omit<IndexOptions, 'onProgress'>;
  /** Receives every new-version event. */
  onEvent?: (event: NewVersionEvent) => void;
  /** Receives each indexed batch. */
  onBatch?: (batch: WatchBatch) => void;
  /** Receives read warnings and indexing failures (the watch goes on). */
  onWarning?: (warning: AnalysisWarning) => void;
  /** Where events are also POSTed. */
  webhook?: WebhookQueue;
}

/** A running watch. */
export interface FolderWatch {
  /** Resolves once the initial scan is done and its baseline batch indexed. */
  ready: Promise<void>;
  /** Resolves when no file is waiting, no batch is running and the webhook queue is empty. */
  idle(): Promise<void>;
  /** Stops watching, after the running batch. */
  close(): Promise<void>;
}

/**
 * Watches a folder (recursively, hidden files skipped) and indexes files as they arrive or
 * change: events are collected until the folder has been quiet for `debounceMs` (or `maxBatch`
 * files wait), and only files whose writing has finished are taken. Batches run one after the
 * other; each reports the story changes and a new-version event per arrived document that
 * joined a story. A deleted file takes the documents it gave out of the index, and so does a
 * file rewritten without some of them. Document ids are paths relative to the folder, as
 * `index <dir>` gives them.
 * @param dir the folder to watch
 * @param store where documents are indexed
 */
export function watchFolder(dir: string, store: Store, options: WatchOptions = {}): FolderWatch {
  const root = resolve(dir);
  const debounceMs = options.debounceMs ?? 300;
  const maxBatch = options.maxBatch ?? 500;
  const warn = options.onWarning ?? (() => undefined);
  /** Files waiting for the next batch: true when present (arrived or changed), false when deleted. */
  const pending = new Map<string, boolean>();
  const known = new FileDocuments();
  let timer: NodeJS.Timeout | undefined;
  let chain: Promise<void> = Promise.resolve();
  let scanning = options.indexExisting ?? true;

  const watcher = watch(root, {
    ignoreInitial: !scanning,
    ignored: (path) => path !== root && basename(path).startsWith('.'),
    awaitWriteFinish: { stabilityThreshold: options.stabilityMs ?? 500, pollInterval: 50 },
  });

  const flush = (baseline: boolean): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const files = [...pending].sort(([a], [b]) => a.localeCompare(b));
    pending.clear();
    const present = files.filter(([, here]) => here).map(([file]) => file);
    const gone = files.filter(([, here]) => !here).map(([file]) => file);
    if (files.length > 0) chain = chain.then(() => runBatch(root, { present, gone, known }, baseline, store, options, warn));
    return chain;
  };
  const noted = (path: string, here: boolean): void => {
    pending.set(path, here);
    if (scanning) return;
    if (pending.size >= maxBatch) void flush(false);
    else {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(false), debounceMs);
    }
  };
  watcher.on('add', (path) => noted(path, true));
  watcher.on('change', (path) => noted(path, true));
  watcher.on('unlink', (path) => noted(path, false));
  watcher.on('error', (error) => warn({ document: root, message: `watch error: ${error instanceof Error ? error.message : String(error)}` }));

  const ready = new Promise<void>((resolveReady) => {
    watcher.once('ready', () => {
      scanning = false;
      void flush(true).then(resolveReady);
    });
  });
  return {
    ready,
    async idle() {
      for (;;) {
        if (pending.size > 0) await flush(false);
        const current = chain;
        await current;
        await options.webhook?.idle();
        if (pending.size === 0 && current === chain) return;
      }
    },
    async close() {
      if (timer) clearTimeout(timer);
      await watcher.close();
      await chain;
    },
  };
}

/** The files of one batch, and what the watch knows of the files it read before. */
interface BatchFiles {
  present: string[];
  gone: string[];
  known: FileDocuments;
}

async function runBatch(root: string, files: BatchFiles, baseline: boolean, store: Store, options: WatchOptions, warn: (w: AnalysisWarning) => void): Promise<void> {
  const names = [...files.present, ...files.gone].map((f) => relativeId(root, f));
  try {
    for (const file of files.gone) {
      if (!files.known.knows(file)) warn({ document: relativeId(root, file), message: 'deleted, but not read by this watch: its documents stay in the index (storytrace remove takes them out)' });
    }
    const read = new Map<string, string[]>();
    const items = readArrived(root, files.present, options.index ?? {}, read);
    const { result, changes } = await trackStoryChanges(store, async () => {
      const indexed = await indexDocuments(items, store, options.index ?? {});
      const dropped = files.known.update(read, files.gone);
      const removed = dropped.length > 0 ? (await removeDocuments(dropped, store)).removed : [];
      return { ...indexed, removed };
    });
    for (const w of result.warnings) warn(w);
    const events = baseline ? [] : newVersionEvents(changes, result.added, await store.listStories());
    for (const event of events) {
      options.onEvent?.(event);
      options.webhook?.enqueue(event);
    }
    options.onBatch?.({ baseline, files: names.length, added: result.added, removed: result.removed, changes, events });
  } catch (error) {
    // A failing batch (a locked or full store) must not end the watch: name it and go on.
    warn({ document: names.join(', '), message: `indexing failed: ${error instanceof Error ? error.message : String(error)}` });
  }
}

/**
 * Reads the arrived files one by one, renaming ids from the absolute path to the folder-relative
 * one, and notes in `read` the ids each file gave.
 */
async function* readArrived(root: string, files: readonly string[], options: Omit<IndexOptions, 'onProgress'>, read: Map<string, string[]>): AsyncGenerator<IngestItem> {
  const ingest = ingestOptionsOf(options);
  for (const file of files) {
    const absolute = normalize(file).split(sep).join('/');
    const rel = relativeId(root, file);
    const rename = (id: string): string => (id.startsWith(absolute) ? rel + id.slice(absolute.length) : id);
    const ids: string[] = [];
    read.set(file, ids);
    for await (const item of readInputs([file], ingest)) {
      if (item.kind === 'document') {
        const id = rename(item.document.id);
        ids.push(id);
        yield { kind: 'document', document: { ...item.document, id } };
      }
      else yield { kind: 'warning', warning: { ...item.warning, document: rename(item.warning.document) } };
    }
  }
}

function relativeId(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}
