import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { inflateGzip, InflateLimitError, readInputs } from '../../src/ingest/index.js';
import { byId, collect, makeTree } from './ingest-helpers.js';
import { gzipWithZeros, makeWarc } from './warc-helpers.js';

const STORY = 'The night train to Nordby will run again from March, the rail company said on Friday.';

test('.gz inputs of any format are inflated and read by the reader their inner name calls for', async () => {
  const root = makeTree({
    'a/story.html.gz': gzipSync(`<html><head><title>Train</title></head><body><article><p>${STORY}</p></article></body></html>`),
    'b/items.jsonl.gz': gzipSync(`${JSON.stringify({ id: 'j1', text: STORY })}\n`),
    'c/notes.txt.gz': gzipSync(STORY),
    'd/corrupt.txt.gz': gzipSync(STORY).subarray(0, 20),
    'e/data.bin.gz': gzipSync('binary-ish'),
  });
  const { documents, warnings } = await collect(readInputs([root]));
  assert.deepEqual(documents.map((d) => [d.id, d.format]), [['a/story.html.gz', 'html'], ['j1', 'jsonl'], ['c/notes.txt.gz', 'txt']]);
  assert.equal(byId(documents, 'a/story.html.gz').text, STORY);
  assert.equal(byId(documents, 'c/notes.txt.gz').text, STORY);
  assert.deepEqual(warnings.map((w) => w.document), ['d/corrupt.txt.gz', 'e/data.bin.gz']);
  assert.match(warnings[0]?.message ?? '', /^gzip data corrupt \(.+\), skipped$/);
  assert.equal(warnings[1]?.message, 'unsupported format inside gzip, skipped');
});

test('a 1 GB gzip bomb is refused with a warning naming the file, after inflating only about the cap', { timeout: 30_000 }, async () => {
  const gigabyte = 1024 * 1024 * 1024;
  const bomb = await gzipWithZeros(new Uint8Array(), gigabyte, new Uint8Array(), 1);
  assert.ok(bomb.length < gigabyte / 100, `bomb is ${bomb.length} bytes`);
  const root = makeTree({ 'bomb.txt.gz': bomb, 'next.txt': STORY });
  const { documents, warnings } = await collect(readInputs([root], { maxInflatedBytes: 1_000_000 }));
  assert.deepEqual(documents.map((d) => d.id), ['next.txt']);
  assert.deepEqual(warnings, [{ document: 'bomb.txt.gz', message: 'decompressed size exceeds 1000000 bytes (possible decompression bomb), skipped' }]);

  // The streaming inflater stops within one output chunk of the cap, not at the end of the bomb.
  let inflated = 0;
  await assert.rejects(async () => {
    for await (const chunk of inflateGzip([bomb], { maxBytes: 1_000_000 })) inflated += chunk.length;
  }, (error: unknown) => error instanceof InflateLimitError && error.inflated < 1_000_000 + 64 * 1024);
  assert.ok(inflated <= 1_000_000);
});

test('the default inflation cap follows maxChars (10 bytes per character)', async () => {
  const root = makeTree({ 'big.txt.gz': gzipSync('word '.repeat(50_000)) });
  const refused = await collect(readInputs([root], { maxChars: 10_000 }));
  assert.deepEqual(refused.warnings.map((w) => w.message), ['decompressed size exceeds 100000 bytes (possible decompression bomb), skipped']);
  const allowed = await collect(readInputs([root], { maxChars: 10_000, maxInflatedBytes: 1_000_000 }));
  assert.equal(allowed.documents[0]?.text.length, 10_000);
});

test('stdin: gzipped input is inflated (with the cap) and a piped WARC is read as one', async () => {
  const warc = await makeWarc([{ url: 'https://rail.example/nordby', body: STORY, contentType: 'text/plain' }], false);
  const piped = await collect(readInputs(['-'], {}, { stdin: [gzipSync(warc)] }));
  assert.deepEqual(piped.documents.map((d) => [d.id, d.format, d.text]), [['https://rail.example/nordby@2024-03-01T10:00:00Z', 'warc', STORY]]);
  const bomb = await collect(readInputs(['-'], { maxInflatedBytes: 1000 }, { stdin: [gzipSync(Buffer.alloc(100_000, 0x41))] }));
  assert.deepEqual(bomb.warnings.map((w) => w.document), ['stdin']);
  assert.match(bomb.warnings[0]?.message ?? '', /^decompressed size exceeds 1000 bytes (at a ratio above 100:1 )?\(possible decompression bomb\), skipped$/);
});

test('a JSON Lines export that inflates past the cap is streamed line by line, not refused; a text file is still refused', async () => {
  const lines = Array.from({ length: 400 }, (_, n) => `${JSON.stringify({ id: `j${n}`, text: `${STORY} Item ${n}.` })}\n`).join('');
  const root = makeTree({ 'export.jsonl.gz': gzipSync(lines), 'same.txt.gz': gzipSync(lines) });
  const { documents, warnings } = await collect(readInputs([root], { maxInflatedBytes: 10_000 }));
  assert.ok(lines.length > 10_000 * 3, `export is ${lines.length} bytes`);
  assert.deepEqual(documents.map((d) => d.id), Array.from({ length: 400 }, (_, n) => `j${n}`));
  assert.equal(byId(documents, 'j399').text, `${STORY} Item 399.`);
  assert.deepEqual(warnings, [{ document: 'same.txt.gz', message: 'decompressed size exceeds 10000 bytes (possible decompression bomb), skipped' }]);
});

test('a gzip larger than maxFileBytes is streamed when its content can be (JSON Lines), and refused as too large otherwise', async () => {
  // Random ids keep the compressed file above the small maxFileBytes used here.
  const lines = Array.from({ length: 300 }, (_, n) => `${JSON.stringify({ id: `k${n}-${(n * 2654435761 % 4294967296).toString(36)}`, text: `${STORY} ${n}` })}\n`).join('');
  const compressed = gzipSync(lines);
  const root = makeTree({ 'big.jsonl.gz': compressed, 'big.txt.gz': compressed });
  const { documents, warnings } = await collect(readInputs([root], { maxFileBytes: 2_000 }));
  assert.ok(compressed.length > 2_000, `compressed ${compressed.length} bytes`);
  assert.equal(documents.length, 300);
  assert.deepEqual(warnings, [{ document: 'big.txt.gz', message: `file too large (${compressed.length} bytes > 2000), skipped` }]);
});

test('a gzip bomb named .jsonl.gz is stopped by the ratio cap while streaming, with a warning naming the file', { timeout: 30_000 }, async () => {
  const bomb = await gzipWithZeros(new TextEncoder().encode('{"id":"b1","text":"'), 256 * 1024 * 1024, new TextEncoder().encode('"}\n'), 1);
  const root = makeTree({ 'bomb.jsonl.gz': bomb });
  const { documents, warnings } = await collect(readInputs([root], { maxInflatedBytes: 1_000_000 }));
  assert.deepEqual(documents, []);
  assert.equal(warnings.length, 1);
  assert.equal(warnings[0]?.document, 'bomb.jsonl.gz');
  assert.match(warnings[0]?.message ?? '', /decompressed size exceeds 1000000 bytes/);
});
