import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoreLock } from './store-lock.js';

/** A piece of work that logs its start and end, and ends when released. */
function step(log: string[], name: string): { work: () => Promise<string>; release: () => void } {
  let release = (): void => undefined;
  const done = new Promise<void>((r) => (release = r));
  return {
    work: async () => {
      log.push(`${name} start`);
      await done;
      log.push(`${name} end`);
      return name;
    },
    release: () => release(),
  };
}

const turn = (): Promise<void> => new Promise((r) => setImmediate(r));

test('reads run together; a write waits for running reads; reads after it wait for the write', async () => {
  const lock = new StoreLock();
  const log: string[] = [];
  const r1 = step(log, 'r1');
  const r2 = step(log, 'r2');
  const w = step(log, 'w');
  const r3 = step(log, 'r3');
  const p1 = lock.read(r1.work);
  const p2 = lock.read(r2.work);
  const pw = lock.write(w.work);
  const p3 = lock.read(r3.work);
  await turn();
  assert.deepEqual(log, ['r1 start', 'r2 start'], 'two reads at once, the write waits');
  r1.release();
  r2.release();
  await Promise.all([p1, p2]);
  await turn();
  assert.deepEqual(log.slice(4), ['w start'], 'the later read waits for the write');
  w.release();
  await pw;
  await turn();
  assert.equal(log.at(-1), 'r3 start');
  r3.release();
  assert.equal(await p3, 'r3');
});

test('a failed write does not block the next read or write', async () => {
  const lock = new StoreLock();
  await assert.rejects(lock.write(async () => Promise.reject(new Error('disk full'))), /disk full/);
  assert.equal(await lock.read(async () => 'read'), 'read');
  assert.equal(await lock.write(async () => 'write'), 'write');
});
