// The watcher indexes files written into a folder while it runs, and a webhook on a loopback
// port receives exactly one event per new version; a failing webhook is retried, then given up
// with a warning, and indexing never waits for it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore, indexPaths, type Store } from '../../src/index.js';
import { watchFolder, WebhookQueue, type NewVersionEvent, type WatchBatch } from '../../src/watch/index.js';

const EXAMPLES = new URL('../../examples', import.meta.url).pathname;
const ORIGIN = 'veltrin-chronicle/st-aldric-drones-senate-briefing.html';
const LATE = 'harwick-courier/army-chief-senators-st-aldric-drones.html';

const PIER = [
  'Workers at the Tallow Quay pier found a cracked pile on Monday and closed the walkway to the public.',
  'The harbour board said divers would inspect all 46 piles before the walkway reopens.',
  '"Nobody will walk on it until we know it is safe," said board engineer Petra Olund.',
  'The pier was rebuilt in 1998 after a winter storm and last surveyed in 2021.',
  'Anglers who use the pier at night have been asked to fish from the east breakwater instead.',
  'The board expects the survey to take about two weeks and will publish the results.',
];

/** A loopback server that answers the first `failures` requests with 503 and records the rest. */
async function hookServer(failures = 0): Promise<{ url: string; received: NewVersionEvent[]; hits: () => number; server: Server }> {
  const received: NewVersionEvent[] = [];
  let hits = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      hits++;
      if (hits <= failures) {
        res.writeHead(503).end();
        return;
      }
      received.push(JSON.parse(body) as NewVersionEvent);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, received, hits: () => hits, server };
}

async function until(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function examplesStore(): Promise<Store> {
  const store = await createStore('memory');
  const rest = mkdtempSync(join(tmpdir(), 'storytrace-watch-rest-'));
  cpSync(EXAMPLES, rest, { recursive: true });
  rmSync(join(rest, LATE));
  await indexPaths([rest], store);
  rmSync(rest, { recursive: true, force: true });
  return store;
}

test('watch: one webhook event per new version, none for unrelated files or rewrites of known files', { timeout: 120_000 }, async () => {
  const store = await examplesStore();
  const storyId = (await store.listStories()).find((s) => s.members.some((m) => m.document === ORIGIN))?.id;
  assert.ok(storyId);
  const dir = mkdtempSync(join(tmpdir(), 'storytrace-watch-'));
  writeFileSync(join(dir, 'already-here.txt'), 'A note that was in the folder before the watch began, about the weather at the coast on Sunday.\n');
  const hook = await hookServer();
  const webhook = new WebhookQueue({ url: hook.url, baseDelayMs: 20 });
  const printed: NewVersionEvent[] = [];
  const batches: WatchBatch[] = [];
  const watching = watchFolder(dir, store, { debounceMs: 150, stabilityMs: 150, webhook, onEvent: (e) => printed.push(e), onBatch: (b) => batches.push(b) });
  try {
    await watching.ready;
    assert.deepEqual(batches.map((b) => [b.baseline, b.added]), [[true, ['already-here.txt']]]);

    copyFileSync(join(EXAMPLES, LATE), join(dir, 'courier-copy.html'));
    await until(() => hook.received.length >= 1, 'the first event');
    const first = hook.received[0];
    assert.equal(first?.story, storyId, 'the event names the known story');
    assert.equal(first?.document, 'courier-copy.html');
    assert.equal(first?.relation, 'edited-copy');
    assert.equal(first?.source, ORIGIN);
    assert.equal(first?.origin, ORIGIN);
    assert.equal(first?.newStory, false);
    assert.ok((first?.evidence.alignedSentences ?? 0) > 3, 'the evidence summary counts aligned sentences');

    // A new story forms from two arrivals: only the copy is a new version.
    writeFileSync(join(dir, 'pier.txt'), `${PIER.join(' ')}\n`);
    writeFileSync(join(dir, 'pier-copy.txt'), `${PIER.join(' ').replace('on Monday', 'early on Monday')} The walkway has been closed twice before.\n`);
    writeFileSync(join(dir, 'unrelated.md'), '# Bake sale\n\nThe school bake sale raised 312 pounds for new library books, the head teacher said on Friday.\n');
    await until(() => batches.filter((b) => !b.baseline).reduce((n, b) => n + b.added.length, 0) >= 4, 'the second batch');
    await watching.idle();
    assert.equal(hook.received.length, 2);
    const second = hook.received[1];
    assert.equal(second?.newStory, true);
    // Undated texts: either may be judged the origin, but only the other one is an event.
    assert.deepEqual([second?.document, second?.source].sort(), ['pier-copy.txt', 'pier.txt']);
    assert.equal(second?.origin, second?.source);

    // The same bytes again and a rewrite of a file already in a story fire nothing.
    copyFileSync(join(EXAMPLES, LATE), join(dir, 'courier-copy.html'));
    writeFileSync(join(dir, 'pier-copy.txt'), `${PIER.join(' ').replace('on Monday', 'early on Monday')} The walkway was closed twice before.\n`);
    await new Promise((r) => setTimeout(r, 1200));
    await watching.idle();
    assert.equal(hook.received.length, 2, 'no event for files that were already versions');
    assert.deepEqual(printed, hook.received, 'what is printed is what is posted');
    assert.equal(hook.hits(), 2);

    // A deleted file takes its document out of the index and out of its story, and fires nothing.
    rmSync(join(dir, 'pier-copy.txt'));
    await until(() => batches.some((b) => b.removed.length > 0), 'the batch of the deleted file');
    await watching.idle();
    assert.deepEqual(batches.flatMap((b) => b.removed), ['pier-copy.txt']);
    assert.equal((await store.getDocuments(['pier-copy.txt'])).size, 0);
    assert.ok(!(await store.listStories()).some((s) => s.members.some((m) => m.document === 'pier.txt')), 'the pier story is gone with its copy');
    assert.equal(hook.received.length, 2, 'a removal is not a new version');
  } finally {
    await watching.close();
    await store.close();
    hook.server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('webhook: failures are retried with backoff, then given up with a warning; enqueue never waits', async () => {
  const flaky = await hookServer(2);
  const warnings: string[] = [];
  const queue = new WebhookQueue({ url: flaky.url, attempts: 4, baseDelayMs: 30, onWarning: (m) => warnings.push(m) });
  const started = Date.now();
  queue.enqueue({ n: 1 });
  queue.enqueue({ n: 2 });
  assert.ok(Date.now() - started < 20, 'enqueue returns at once');
  await queue.idle();
  assert.deepEqual(flaky.received, [{ n: 1 }, { n: 2 }], 'both delivered once, in order');
  assert.equal(flaky.hits(), 4, 'two refused tries, then one per event');
  assert.equal(warnings.length, 0);
  flaky.server.close();

  const dead = await hookServer(Number.POSITIVE_INFINITY);
  const t0 = Date.now();
  const giveUp = new WebhookQueue({ url: dead.url, attempts: 3, baseDelayMs: 50, onWarning: (m) => warnings.push(m) });
  giveUp.enqueue({ n: 3 });
  await giveUp.idle();
  assert.equal(dead.hits(), 3, 'bounded tries');
  assert.ok(Date.now() - t0 >= 150, 'waits 50 + 100 ms between tries');
  assert.equal(giveUp.failed, 1);
  assert.match(warnings[0] ?? '', /given up after 3 tries \(last: HTTP 503\)/);
  dead.server.close();
});

test('watch: a dead webhook does not hold up indexing', { timeout: 60_000 }, async () => {
  const store = await createStore('memory');
  const dir = mkdtempSync(join(tmpdir(), 'storytrace-watch-dead-'));
  const warnings: string[] = [];
  // Port 9 on loopback: nothing listens, every try fails fast.
  const webhook = new WebhookQueue({ url: 'http://127.0.0.1:9/hook', attempts: 3, baseDelayMs: 2000, onWarning: (m) => warnings.push(m) });
  const batches: WatchBatch[] = [];
  const watching = watchFolder(dir, store, { debounceMs: 100, stabilityMs: 100, webhook, onBatch: (b) => batches.push(b) });
  try {
    await watching.ready;
    writeFileSync(join(dir, 'pier.txt'), `${PIER.join(' ')}\n`);
    writeFileSync(join(dir, 'pier-copy.txt'), `${PIER.join(' ')} The walkway has been closed twice before.\n`);
    await until(() => batches.some((b) => b.events.length === 1), 'the batch with the event');
    writeFileSync(join(dir, 'pier-third.txt'), `${PIER.slice(0, 4).join(' ')}\n`);
    // The first event is still being retried (2 s, then 4 s) while the next batch is indexed.
    await until(() => batches.some((b) => b.added.includes('pier-third.txt')), 'the next batch', 3000);
    assert.equal(webhook.failed, 0, 'the first event is still in its retries');
    await webhook.idle();
    assert.equal(webhook.failed, 2);
    assert.equal(warnings.length, 2);
  } finally {
    await watching.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
