import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_INGEST_OPTIONS, readInputs, type IngestItem } from '../../src/ingest/index.js';
import { indexDocuments } from '../../src/pipeline.js';
import { MemoryStore, SqliteStore } from '../../src/stores/index.js';

const CLI = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const LONG_CHILD = fileURLToPath(new URL('./verify-long-child.ts', import.meta.url));
const cli = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8' });

test('text over 5,000,000 characters is truncated by default, with a warning naming the document', async () => {
  assert.equal(DEFAULT_INGEST_OPTIONS.maxChars, 5_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'storytrace-bounds-'));
  try {
    writeFileSync(join(dir, 'big.txt'), 'The council met. '.repeat(300_000)); // 5,100,000 characters
    const docs = [];
    for await (const item of readInputs([dir])) if (item.kind === 'document') docs.push(item.document);
    assert.equal(docs.length, 1);
    assert.equal(docs[0]?.text.length, 5_000_000);
    assert.ok(docs[0]?.warnings.some((w) => /truncated from 5100000 to 5000000 characters/.test(w)), JSON.stringify(docs[0]?.warnings));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--max-chars sets the limit for index and analyze; the summary names the truncated document; nonsense is a usage error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'storytrace-bounds-'));
  try {
    const text = 'The harbour council met on Tuesday to discuss the ferry budget. '.repeat(100); // 6,400 characters
    writeFileSync(join(dir, 'long.txt'), text);
    const db = join(dir, 'index.db');
    const indexed = cli(['index', join(dir, 'long.txt'), '--store', `sqlite:${db}`, '--max-chars', '2000', '--json', '--quiet']);
    assert.equal(indexed.status, 0, indexed.stderr);
    const report = JSON.parse(indexed.stdout) as { warnings: { document: string; message: string }[] };
    assert.deepEqual(report.warnings, [{ document: join(dir, 'long.txt'), message: `text truncated from ${text.length} to 2000 characters (maxChars 2000)` }]);
    const plain = cli(['index', join(dir, 'long.txt'), '--store', 'memory', '--max-chars', '3000', '--quiet']);
    assert.match(plain.stdout, /warning: \S*long\.txt: text truncated from 6400 to 3000 characters/);
    const analyzed = cli(['analyze', join(dir, 'long.txt'), '--store', 'memory', '--max-chars', '1000', '--json', '--quiet']);
    assert.equal(analyzed.status, 0, analyzed.stderr);
    const warnings = (JSON.parse(analyzed.stdout) as { warnings: { message: string }[] }).warnings;
    assert.equal(warnings.filter((w) => /truncated from 6400 to 1000/.test(w.message)).length, 1, 'listed once');
    const untouched = cli(['index', join(dir, 'long.txt'), '--store', 'memory', '--json', '--quiet']);
    assert.deepEqual((JSON.parse(untouched.stdout) as { warnings: unknown[] }).warnings, [], 'default limit leaves it whole');
    for (const bad of ['abc', '0', '-5', '1.5']) {
      const refused = cli(['index', join(dir, 'long.txt'), '--store', 'memory', '--max-chars', bad]);
      assert.equal(refused.status, 1, `--max-chars ${bad}: ${refused.stderr}`);
      assert.match(refused.stderr, /max-chars.*positive whole number/);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('two 20,000-sentence documents analyse and verify in bounded time and memory', { timeout: 300_000 }, (t) => {
  const child = spawnSync(process.execPath, ['--import', 'tsx', LONG_CHILD, '20000'], { encoding: 'utf8' });
  assert.equal(child.status, 0, child.stderr);
  const m = JSON.parse(child.stdout) as { sentences: number[]; analyzeCpuMs: number; verifyCpuMs: number; relation: string; reasons: string[]; rssBeforeMb: number; peakRssMb: number };
  t.diagnostic(JSON.stringify(m));
  assert.deepEqual(m.sentences, [20_000, 20_000]);
  assert.ok(m.verifyCpuMs < 30_000, `verification took ${m.verifyCpuMs} ms of CPU`);
  assert.ok(m.analyzeCpuMs < 60_000, `analysis took ${m.analyzeCpuMs} ms of CPU`);
  assert.ok(m.peakRssMb - m.rssBeforeMb < 1024, `memory grew by ${m.peakRssMb - m.rssBeforeMb} MB`);
  assert.ok(['copy', 'edited-copy'].includes(m.relation), m.relation);
  assert.ok(m.reasons.some((r) => /only its first 1000 of 20000 sentences were aligned/.test(r)), 'the cap is stated in the reasons');
});

const BOILERPLATE = 'Subscribe to the Harbour Gazette newsletter for local news every morning.';
const ARTICLE = [
  'The city council of Maravel voted 31 to 9 on Tuesday to build a 14-kilometre tram line linking the eastern districts to the central station.',
  'The line will cost 820 million euros and should open in 2029, according to the transport department.',
  '"This is the largest investment in public transport the city has made in forty years," said Deputy Mayor Ilse Varga.',
  'Residents of Kelby and Northgate have waited for a rail link since the bus depot closed in 2019.',
  'Construction of the first section, between Northgate and the river, is due to start next spring.',
].join(' ');
const EDITED = ARTICLE.replace('voted 31 to 9 on Tuesday', 'voted 31 to 9 late on Tuesday') + ' The council will publish the full route next month.';

function item(id: string, text: string): IngestItem {
  return { kind: 'document', document: { id, text, contentHash: createHash('sha256').update(text).digest('hex'), format: 'txt', warnings: [] } };
}

test('10,000 documents of one boilerplate line: keys capped and reported, pairs linear, the real pair still found', { timeout: 600_000 }, async (t) => {
  const copies = 10_000;
  const items = Array.from({ length: copies }, (_, i) => item(`line-${String(i).padStart(5, '0')}`, BOILERPLATE));
  items.push(item('tram', `${ARTICLE}\n\n${BOILERPLATE}`), item('tram-edited', `${EDITED}\n\n${BOILERPLATE}`));
  const store = new MemoryStore();
  const started = performance.now();
  const report = await indexDocuments(items, store);
  const ms = Math.round(performance.now() - started);
  t.diagnostic(`${copies + 2} documents in ${ms} ms: ${report.pairsVerified} pairs verified, ${report.frequentKeys} frequent keys left out`);
  assert.ok(report.frequentKeys > 0, 'capping is reported');
  // All-pairs of 10,000 copies would be 50 million; a star around the first copies is 3 per copy.
  assert.ok(report.pairsVerified <= 3 * copies + 10, `${report.pairsVerified} pairs`);
  const stories = await store.listStories();
  const tram = stories.find((s) => s.members.some((m) => m.document === 'tram'));
  assert.deepEqual(tram?.members.map((m) => m.document).sort(), ['tram', 'tram-edited']);
  const lines = stories.find((s) => s.members.some((m) => m.document === 'line-00000'));
  assert.equal(lines?.members.length, copies, 'the copies form one story');
});

test('exact duplicates past the band cap pair with the first copies only (SQLite), and the report counts the capped group', { timeout: 300_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'storytrace-bounds-'));
  const store = new SqliteStore(join(dir, 'index.db'));
  // Over MAX_SKETCH_POSTINGS (500), so the shared LSH bands no longer bring candidates: only the hash path pairs them.
  const copies = 600;
  try {
    const report = await indexDocuments(Array.from({ length: copies }, (_, i) => item(`c${String(i).padStart(3, '0')}`, ARTICLE)), store);
    assert.equal(report.pairsVerified, 3 * copies - 6, 'each copy with the first three (pairs among those three counted once)');
    assert.ok(report.frequentKeys >= 1);
    const pairs = await store.listPairs();
    assert.equal(pairs.length, 3 * copies - 6);
    assert.ok(pairs.every((p) => p.relation === 'copy'));
    assert.equal((await store.listStories())[0]?.members.length, copies);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
