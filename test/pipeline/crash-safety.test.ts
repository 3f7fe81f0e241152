import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/stores/index.js';
import { lookupMap } from '../stores/lookup-map.js';

const CLI = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const DOCS = 3000;
// English words, so every document reads as English (gibberish sends language detection and
// lexicon loading through every language and makes the run slow).
const WORDS = (
  'harbour council budget minister storm ferry market school river bridge station museum police festival hospital airport ' +
  'teacher farmer engine garden winter summer window letter doctor village island mountain forest castle theatre library ' +
  'factory railway tunnel harvest courtyard lantern kitchen blanket pepper ribbon saddle timber velvet whistle anchor barrel ' +
  'candle cellar chimney compass cottage dragon feather glacier hammer helmet jacket kettle ladder meadow needle orchard ' +
  'parcel pebble pillow quarry rabbit saucer shovel silver spider sponge stable tailor thunder tiger trumpet valley wagon'
).split(' ');

/** Deterministic filler documents: different enough that few are candidates of each other. */
function corpus(): string {
  const lines: string[] = [];
  let seed = 7;
  // The high bits of the LCG: its low bits repeat with a short period.
  const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16;
  for (let i = 0; i < DOCS; i++) {
    const sentences = Array.from({ length: 6 }, (_, k) => {
      const words = Array.from({ length: 12 }, () => WORDS[next() % WORDS.length] ?? '');
      return `Report ${i}-${k} says the ${words.join(' ')} numbered ${next() % 100000}.`;
    });
    lines.push(JSON.stringify({ id: `doc-${String(i).padStart(5, '0')}`, text: sentences.join(' ') }));
  }
  return `${lines.join('\n')}\n`;
}

async function consistent(dbPath: string): Promise<number> {
  const store = new SqliteStore(dbPath);
  try {
    const ids = await store.listDocumentIds();
    const docs = await store.getDocuments(ids);
    for (const id of ids) {
      const d = docs.get(id);
      assert.ok(d, `${id} readable`);
      assert.ok(d.keys.length > 0, `${id} has its index keys`);
      assert.ok(d.cleanText.length > 0 && d.signature.length === 128, `${id} is whole`);
      const postings = await lookupMap(store, [d.keys[0] ?? ''], 1_000_000);
      assert.ok(postings.get(d.keys[0] ?? '')?.ids.includes(id), `${id} is in the key index`);
    }
    return ids.length;
  } finally {
    await store.close();
  }
}

async function unverifiedAndPairs(dbPath: string): Promise<{ unverified: number; pairs: string[] }> {
  const store = new SqliteStore(dbPath);
  try {
    const pairs = (await store.listPairs()).map((p) => `${p.a} ${p.b} ${p.relation}`);
    return { unverified: (await store.listUnverified()).length, pairs };
  } finally {
    await store.close();
  }
}

/** Documents committed so far, read without writing (the writer may not have created the schema yet). */
function committed(dbPath: string): number {
  if (!existsSync(dbPath)) return 0;
  try {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

const POLL_MS = 50;

/** Runs `index` into `dbPath`; resolves with the ms until the first batch was committed and until exit. */
async function timedRun(args: string[], dbPath: string, killAfterFirst?: number): Promise<{ first: number; end: number; killed: boolean }> {
  const started = Date.now();
  const child = spawn(process.execPath, args, { stdio: 'ignore' });
  let exited = false;
  const exit = new Promise<number | null>((r) => child.once('exit', (code) => ((exited = true), r(code))));
  let first = -1;
  let killed = false;
  while (!exited) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    if (first < 0 && committed(dbPath) > 0) first = Date.now() - started;
    if (first >= 0 && killAfterFirst !== undefined && Date.now() - started >= first + killAfterFirst && !exited) {
      child.kill('SIGKILL');
      killed = true;
      break;
    }
  }
  const code = await exit;
  if (!killed) assert.equal(code, 0, `index into ${dbPath} exited ${code}`);
  return { first, end: Date.now() - started, killed };
}

/** Kills per run; each at a seeded random moment (set STORYTRACE_KILL_SEED to try other moments). */
const KILLS = 4;
const KILL_SEED = Number(process.env.STORYTRACE_KILL_SEED ?? 20261123);

/**
 * Kill moments as fractions of the part of an uninterrupted run after its first committed batch
 * (before it, the process is starting its threads and analysing the first batch, and a kill
 * leaves an empty store: on a loaded machine, moments measured from the start all fell there),
 * from a seeded LCG, in [0.05, 0.65): later moments fall in the same verification phase and
 * would only make the slowest test slower.
 */
function killFractions(seed: number, count: number): number[] {
  let state = seed >>> 0;
  return Array.from({ length: count }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return 0.05 + 0.6 * (state / 2 ** 32);
  });
}

test(`SIGKILL at ${KILLS} seeded random moments during index leaves whole documents only, and a re-run completes it`, { timeout: 900_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'storytrace-kill-'));
  try {
    const input = join(dir, 'docs.jsonl');
    writeFileSync(input, corpus());
    // Each kill hits a fresh store, so every moment is a moment of a whole run (into one shared
    // store, later runs had less to do and their kills landed after the work was done).
    const killedStore = (k: number): string => join(dir, `killed-${k}.db`);
    const args = (db: string): string[] => ['--import', 'tsx', CLI, 'index', input, '--store', `sqlite:${db}`, '--quiet'];
    const run = (db: string) => spawnSync(process.execPath, args(db), { encoding: 'utf8' });
    const timing = await timedRun(args(join(dir, 'timing.db')), join(dir, 'timing.db'));
    assert.ok(timing.first >= 0, 'the uninterrupted run committed a batch while it was watched');
    const rest = timing.end - timing.first;
    const counts: number[] = [];
    const pending: number[] = [];
    const fractions = killFractions(KILL_SEED, KILLS);
    t.diagnostic(`seed ${KILL_SEED}: kills at ${fractions.map((f) => `${Math.round(f * 100)} %`).join(', ')} of the ${rest} ms after the first commit (at ${timing.first} ms)`);
    for (const [k, fraction] of fractions.entries()) {
      const dbPath = killedStore(k);
      await timedRun(args(dbPath), dbPath, rest * fraction);
      counts.push(existsSync(dbPath) ? await consistent(dbPath) : 0);
      pending.push(existsSync(dbPath) ? (await unverifiedAndPairs(dbPath)).unverified : 0);
    }
    const detail = `seed ${KILL_SEED}; documents after each kill: ${counts.join(', ')}; unverified: ${pending.join(', ')}; full run ${timing.end} ms`;
    t.diagnostic(detail);
    assert.ok(counts.some((n, i) => (n > 0 && n < DOCS) || (pending[i] ?? 0) > 0), `at least one kill landed mid-run (${detail})`);
    // Re-run the store killed earliest: it has the most left to do.
    const earliest = fractions.indexOf(Math.min(...fractions));
    const dbPath = killedStore(earliest);
    t.diagnostic(`re-running the store killed at ${Math.round((fractions[earliest] ?? 0) * 100)} %`);
    const done = run(dbPath);
    assert.equal(done.status, 0, done.stderr);
    assert.equal(await consistent(dbPath), DOCS);
    const resumed = await unverifiedAndPairs(dbPath);
    assert.equal(resumed.unverified, 0, 'every document verified after the re-run');
    assert.deepEqual(resumed.pairs, (await unverifiedAndPairs(join(dir, 'timing.db'))).pairs, 'the same pairs as an uninterrupted run');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
