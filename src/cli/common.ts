import { writeFile } from 'node:fs/promises';
import { createStore, DEFAULT_STORE_SPEC } from '../stores/index.js';
import type { Store } from '../stores/store.js';

/** The `--store` option every command takes (default: an SQLite file in the working directory). */
export const STORE_OPTION = [
  '--store <spec>',
  'where the index lives: sqlite:PATH, memory, redis://HOST:PORT[/DB][?prefix=NAME] (one Redis server) ' +
    'or redis+cluster://HOST:PORT[,HOST:PORT...][?prefix=NAME] (a Redis Cluster; prefix default "st")',
  DEFAULT_STORE_SPEC,
] as const;

/** Exit codes: 0 ok, 1 usage error, 2 nothing readable, 3 a failure while running. */
export const EXIT = Object.freeze({ ok: 0, usage: 1, nothingReadable: 2, failure: 3 });

/** Options every command shares. */
export interface CommonOptions {
  store?: string;
  quiet?: boolean;
  json?: boolean;
}

/** Opens the store named on the command line, runs `work`, and always closes the store. */
export async function withStore<T>(spec: string | undefined, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await createStore(spec ?? DEFAULT_STORE_SPEC);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Writes to a file, or to stdout when no file is given. */
export async function emit(text: string, file?: string): Promise<void> {
  if (file) await writeFile(file, text.endsWith('\n') ? text : `${text}\n`);
  else process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}
