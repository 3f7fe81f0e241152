import { basename, normalize, relative, resolve, sep } from 'node:path';
import { watch } from 'chokidar';
import { readInputs, type IngestItem } from '../ingest/index.js';
import { indexDocuments, type IndexOptions } from '../pipeline.js';
import { trackStoryChanges } from '../pipeline/track-changes.js';
import type { StoryChanges } from '../stories/diff-stories.js';
import type { Store } from '../stores/store.js';
import type { AnalysisWarning } from '../types.js';
import { newVersionEvents, type NewVersionEvent } from './new-version-events.js';
import type { WebhookQueue } from './webhook-queue.js';

/** What one indexed batch of arrived files did. */
export interface WatchBatch {
  /** True for the files already in the folder when watching began (no events are sent for them). */
  baseline: boolean;
  files: number;
  added: string[];
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
 * joined a story. Document ids are paths relative to the folder, as `index <dir>` gives them.
 * @param dir the folder to watch
 * @param store where documents are indexed
 */
export function watchFolder(dir: string, store: Store, options: WatchOptions = {}): FolderWatch {
  const root = resolve(dir);
  const debounceMs = options.debounceMs ?? 300;
  const maxBatch = options.maxBatch ?? 500;
  const warn = options.onWarning ?? (() => undefined);
  const pending = new Set<string>();
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
    const files = [...pending].sort();
    pending.clear();
    if (files.length > 0) chain = chain.then(() => runBatch(root, files, baseline, store, options, warn));
    return chain;
  };
  const arrived = (path: string): void => {
    pending.add(path);
    if (scanning) return;
    if (pending.size >= maxBatch) void flush(false);
    else {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(false), debounceMs);
    }
  };
  watcher.on('add', arrived);
  watcher.on('change', arrived);
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

async function runBatch(root: string, files: string[], baseline: boolean, store: Store, options: WatchOptions, warn: (w: AnalysisWarning) => void): Promise<void> {
  try {
    const items = readArrived(root, files, options.index ?? {});
    const { result, changes } = await trackStoryChanges(store, () => indexDocuments(items, store, options.index ?? {}));
    for (const w of result.warnings) warn(w);
    const events = baseline ? [] : newVersionEvents(changes, result.added, await store.listStories());
    for (const event of events) {
      options.onEvent?.(event);
      options.webhook?.enqueue(event);
    }
    options.onBatch?.({ baseline, files: files.length, added: result.added, changes, events });
  } catch (error) {
    // A failing batch (a locked or full store) must not end the watch: name it and go on.
    warn({ document: files.map((f) => relativeId(root, f)).join(', '), message: `indexing failed: ${error instanceof Error ? error.message : String(error)}` });
  }
}

/** Reads the arrived files one by one, renaming ids from the absolute path to the folder-relative one. */
async function* readArrived(root: string, files: readonly string[], options: Omit<IndexOptions, 'onProgress'>): AsyncGenerator<IngestItem> {
  const ingest: Parameters<typeof readInputs>[1] = {};
  if (options.maxChars !== undefined) ingest.maxChars = options.maxChars;
  if (options.maxFileBytes !== undefined) ingest.maxFileBytes = options.maxFileBytes;
  for (const file of files) {
    const absolute = normalize(file).split(sep).join('/');
    const rel = relativeId(root, file);
    const rename = (id: string): string => (id.startsWith(absolute) ? rel + id.slice(absolute.length) : id);
    for await (const item of readInputs([file], ingest)) {
      if (item.kind === 'document') yield { kind: 'document', document: { ...item.document, id: rename(item.document.id) } };
      else yield { kind: 'warning', warning: { ...item.warning, document: rename(item.warning.document) } };
    }
  }
}

function relativeId(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}
