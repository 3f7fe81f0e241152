import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { createTaskRunner } from './worker-pool.js';
import { lowerThreadPriority, WORKER_NICE_STEPS } from './worker-priority.js';

/** Nice value of each thread of this process (Linux /proc), by thread id. */
function threadNiceValues(): number[] {
  return readdirSync('/proc/self/task').map((tid) => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    // Fields after the command's closing parenthesis: state is field 3, nice is field 19.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  });
}

test('elsewhere than Linux the priority is left alone (the nice value there is the whole process\'s)', () => {
  assert.equal(lowerThreadPriority(WORKER_NICE_STEPS, 'darwin'), false);
  assert.equal(lowerThreadPriority(0), false);
});

test('pipeline worker threads run below the main thread, which keeps its priority', { skip: process.platform !== 'linux' }, async () => {
  const main = getPriority(0);
  const pool = createTaskRunner(2, 1);
  try {
    await pool.analyze([{ id: 'a', text: 'The harbour council approved the budget on Monday.', contentHash: 'a', format: 'txt', warnings: [] }]);
    const lowered = Math.min(19, main + WORKER_NICE_STEPS);
    assert.equal(getPriority(0), main);
    // Two workers were started (one chunk went to the first only; both lower themselves on start).
    const deadline = Date.now() + 20_000;
    while (threadNiceValues().filter((n) => n === lowered).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.equal(main === lowered || threadNiceValues().filter((n) => n === lowered).length >= 2, true);
  } finally {
    await pool.close();
  }
});
