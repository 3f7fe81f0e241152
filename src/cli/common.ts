import { constants, existsSync } from 'node:fs';
import { access, mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { DEFAULT_INGEST_OPTIONS } from '../ingest/ingest-options.js';
import { createStore, DEFAULT_STORE_SPEC, isRedisSpec, sqlitePathOf } from '../stores/index.js';
import type { Store } from '../stores/store.js';

/**
 * Checks the form of a `--store` spec while the command line is parsed, so a typo such as
 * `--store foo.txt` is a usage error (exit 1, with the forms) rather than a failure while
 * running (exit 3). Whether the file or server is there is found out when it is opened.
 */
export function parseStoreSpec(value: string): string {
  const spec = value.trim();
  const path = sqlitePathOf(spec);
  if (spec === 'memory' || (path !== undefined && path !== '') || isRedisSpec(spec)) return spec;
  throw new InvalidArgumentError(`expected memory, sqlite:PATH (or a path ending in .db, .sqlite or .sqlite3), redis://HOST:PORT or redis+cluster://HOST:PORT,…; got "${value}"`);
}

/** The `--store` option every command takes (default: an SQLite file in the working directory). */
export const STORE_OPTION = [
  '--store <spec>',
  // Short: it is repeated under every command, and most readers want only the first two forms.
  'where the index lives: sqlite:PATH, memory (nothing kept: a one-off run), ' +
    'redis://HOST:PORT[/DB][?prefix=NAME] or redis+cluster://HOST:PORT[,HOST:PORT...][?prefix=NAME] ' +
    '(a big new Redis index: add &buckets=N; see the README, Stores)',
  parseStoreSpec,
  DEFAULT_STORE_SPEC,
] as const;

/**
 * The `--max-chars` option of the commands that read documents: longer texts are truncated
 * with a warning naming the document. Parsed strictly, so a typo is a usage error, not the default.
 */
export const MAX_CHARS_OPTION = ['--max-chars <n>', 'truncate documents longer than this many characters (warned)', parsePositiveInteger, DEFAULT_INGEST_OPTIONS.maxChars] as const;

function parseWholeNumber(value: string, min: number, expected: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) throw new InvalidArgumentError(`expected ${expected}, got "${value}"`);
  return n;
}

/** Parses a positive whole number option; anything else is a usage error naming the value. */
export function parsePositiveInteger(value: string): number {
  return parseWholeNumber(value, 1, 'a positive whole number');
}

/** Parses a duration in whole milliseconds (0 allowed); anything else is a usage error naming the value. */
export function parseMilliseconds(value: string): number {
  return parseWholeNumber(value, 0, 'a whole number of milliseconds');
}

/**
 * The `--threads` option of the commands that index (text stage and verification in worker
 * threads). Default 1: on 2 cores, 2 threads indexed 1,000 documents in 0.86–0.96× the wall
 * time of 1 (9.6–9.8 s against 10.3–11.2 s, quiet machine, session 6) with 1.16–1.27× the CPU
 * and 1.7–1.8× the memory, because candidate search and storing stay on the main thread
 * (docs/benchmarks.md).
 */
export const THREADS_OPTION = [
  '--threads <n>',
  'threads for the text stage and pair verification (default 1: no worker threads); results are the same for any count',
  parsePositiveInteger,
  1,
] as const;

/** Exit codes: 0 ok, 1 usage error, 2 nothing readable, 3 a failure while running. */
export const EXIT = Object.freeze({ ok: 0, usage: 1, nothingReadable: 2, failure: 3 });

/** What the reading commands take, in a reader's words (the `paths` argument's help says the same). */
export const READABLE_INPUTS = '.txt, .md, .html/.htm, .jsonl, WARC crawls and RSS/Atom feeds (any of them .gz), or - for stdin';

/**
 * Says on stderr that the input held no readable document and sets exit code 2. A folder with
 * only PDFs or nothing in it otherwise ended in "0 documents" and a newcomer wondered whether
 * the tool or the folder was wrong; this names the input and what would have been read.
 * @param paths the paths given on the command line
 */
export function reportNothingReadable(paths: readonly string[]): void {
  const named = paths.length <= 3 ? paths.join(' ') : `the ${paths.length} paths given`;
  process.stderr.write(`storytrace: no readable document in ${named}: storytrace reads ${READABLE_INPUTS}\n`);
  process.exitCode = EXIT.nothingReadable;
}

/** Options every command shares. */
export interface CommonOptions {
  store?: string;
  /** Set by {@link MAX_CHARS_OPTION} (with its default) on the commands that read documents. */
  maxChars?: number;
  quiet?: boolean;
  json?: boolean;
  /** `--threads`, parsed. */
  threads?: number;
}

/** The file an index spec keeps its index in, or undefined (memory, Redis, `sqlite::memory:`). */
export function indexFileOf(spec: string): string | undefined {
  const path = sqlitePathOf(spec);
  return path === '' || path === ':memory:' ? undefined : path;
}

/** What a command needs of its store. */
export interface StoreUse {
  /**
   * The command only reads or changes an index made before (`stories`, `report`, `add`…): a
   * missing SQLite file is a usage error, not a new empty index that looks like "nothing found".
   */
  existing?: boolean;
  /**
   * The command only reads (`stories`, `report`, `explain`): the store is opened read-only, so
   * a store in a folder this user may not write can be read, and nothing is written to it.
   */
  readOnly?: boolean;
}

/** Thrown for a mistake on the command line found after parsing; main exits with EXIT.usage. */
export class UsageError extends Error {}

/** Opens the store named on the command line, runs `work`, and always closes the store. */
export async function withStore<T>(spec: string | undefined, work: (store: Store) => Promise<T>, use: StoreUse = {}): Promise<T> {
  const named = spec ?? DEFAULT_STORE_SPEC;
  const path = indexFileOf(named);
  if (use.existing === true && path !== undefined && !existsSync(path)) {
    throw new UsageError(`no index at ${path}: make one with "storytrace index <paths>" (or analyze), or name it with --store`);
  }
  const store = await createStore(named, { readOnly: use.readOnly === true });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/**
 * Checks, before any work, that an output file can be written: its nearest existing folder is a
 * folder we may write in and the file is not a folder. Without it, `analyze --out` into a
 * read-only folder failed only after the whole run, with "EACCES … mkdir" naming the folder.
 * @param file the path given to --out or --html
 * @throws UsageError naming the file and why
 */
async function checkWritable(file: string): Promise<void> {
  const target = await stat(file).catch(() => undefined);
  if (target?.isDirectory()) throw new UsageError(`cannot write ${file}: it is a folder (name a file, such as ${file.replace(/\/+$/, '')}/report.html)`);
  for (let dir = dirname(resolve(file)); ; ) {
    const found = await stat(dir).catch(() => undefined);
    if (found) {
      if (!found.isDirectory()) throw new UsageError(`cannot write ${file}: ${dir} is a file, not a folder`);
      await access(dir, constants.W_OK).catch(() => {
        throw new UsageError(`cannot write ${file}: no permission to write in ${dir}`);
      });
      return;
    }
    const up = dirname(dir);
    if (up === dir) return;
    dir = up;
  }
}

/**
 * Checks the output files a command was given (`--out`, `--html`) with {@link checkWritable}:
 * run for every command before its action (src/cli/main.ts), so no command can forget it.
 */
export async function checkOutputFiles(options: Readonly<Record<string, unknown>>): Promise<void> {
  for (const file of [options['out'], options['html']]) if (typeof file === 'string' && file !== '') await checkWritable(file);
}

/** Writes to a file (its folder made if missing), or to stdout when no file is given. */
export async function emit(text: string, file?: string): Promise<void> {
  const ended = text.endsWith('\n') ? text : `${text}\n`;
  if (file) {
    try {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, ended);
    } catch (error) {
      throw new Error(`cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  } else {
    process.stdout.write(ended);
  }
}

/** A line on stderr for the person at the terminal (never mixed into --json or piped output). */
export function tell(line: string, quiet = false): void {
  if (!quiet) process.stderr.write(`${line}\n`);
}
