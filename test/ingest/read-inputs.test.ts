import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentHash, DEFAULT_INGEST_OPTIONS, readInputs, txtReader } from '../../src/ingest/index.js';
import { byId, collect, makeTree } from './ingest-helpers.js';

const STORY = 'The dam held overnight.\n\nEngineers will inspect it on Monday.\n';

/** windows-1252 bytes of `Café “Aurora” reopens – at last`. */
const LATIN1_BYTES = new Uint8Array([
  ...Buffer.from('Caf', 'latin1'), 0xe9, 0x20, 0x93, ...Buffer.from('Aurora', 'latin1'), 0x94,
  ...Buffer.from(' reopens ', 'latin1'), 0x96, ...Buffer.from(' at last', 'latin1'),
]);

test('a mixed folder: nested ids, every format, and each bad file a warning while the rest is read', async () => {
  const root = makeTree({
    'b.txt': STORY,
    'a/z.md': '# Dam holds\n\nThe **dam** held.',
    'a/deep/page.html': '<html><head><title>Dam</title></head><body><article><p>The dam held overnight, officials said after a long night of watching the water rise.</p></article></body></html>',
    'a/deep/feed.jsonl': `${JSON.stringify({ id: 'feed-1', text: 'Dam holds.' })}\n`,
    'broken.html': '<div><p>Dam holds <i>for now<p>Inspection Monday',
    'data.json': '{"not": "supported"}',
    'photo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    'scan.pdf': '%PDF-1.4\n',
    'empty.txt': '',
    'spaces.txt': '  \n\t\n',
    'binary.txt': new Uint8Array([0x48, 0x69, 0x00, 0x01, 0x02, 0x03, 0xff, 0x00]),
    'latin1.txt': LATIN1_BYTES,
    'utf16.txt': new Uint8Array([0xff, 0xfe, ...Buffer.from('Dam holds – UTF-16', 'utf16le')]),
    'bom.txt': new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Dam holds with BOM', 'utf8')]),
    '.hidden.txt': 'hidden',
    '.git/config.txt': 'hidden folder',
    'node_modules/pkg/readme.txt': 'dependency',
  });
  const { documents, warnings } = await collect(readInputs([root]));

  assert.deepEqual(
    documents.map((document) => document.id),
    // JSONL documents carry their own ids; everything else is named by its path under the root.
    ['feed-1', 'a/deep/page.html', 'a/z.md', 'b.txt', 'bom.txt', 'broken.html', 'latin1.txt', 'utf16.txt'],
  );
  assert.deepEqual(
    warnings.map((warning) => `${warning.document}: ${warning.message}`),
    [
      'binary.txt: binary file, skipped',
      'data.json: unsupported format, skipped',
      'empty.txt: empty document, skipped',
      'photo.png: unsupported format, skipped',
      'scan.pdf: unsupported format, skipped',
      'spaces.txt: empty document, skipped',
    ],
  );

  const latin = byId(documents, 'latin1.txt');
  assert.equal(latin.text, 'Café “Aurora” reopens – at last');
  assert.equal(latin.warnings.length, 1);
  assert.match(latin.warnings[0] ?? '', /^encoding guessed as windows-1252 /);
  assert.equal(byId(documents, 'utf16.txt').text, 'Dam holds – UTF-16');
  assert.equal(byId(documents, 'bom.txt').text, 'Dam holds with BOM');
  assert.equal(byId(documents, 'b.txt').contentHash, contentHash(STORY));
  assert.equal(byId(documents, 'a/z.md').title, 'Dam holds');
  assert.equal(byId(documents, 'a/deep/page.html').format, 'html');
  assert.match(byId(documents, 'broken.html').text, /Dam holds for now\n\nInspection Monday/);
  for (const document of documents) assert.match(document.contentHash, /^[0-9a-f]{64}$/);
});

test('a single file keeps its path as given (normalised); a missing path is a warning and later inputs still read', async () => {
  const root = makeTree({ 'x/one.txt': 'One story.', 'two.md': 'Two stories.' });
  const viaDots = join(root, 'x', '..', 'x', 'one.txt');
  const { documents, warnings } = await collect(readInputs([viaDots, join(root, 'missing'), join(root, 'two.md')]));
  assert.deepEqual(documents.map((document) => document.id), [
    join(root, 'x', 'one.txt').split('\\').join('/'),
    join(root, 'two.md').split('\\').join('/'),
  ]);
  assert.deepEqual(warnings, [{ document: join(root, 'missing'), message: 'path not found' }]);

  const relativePath = `./${relative(process.cwd(), join(root, 'two.md')).split('\\').join('/')}`;
  const fromRelative = await collect(readInputs([relativePath]));
  assert.equal(fromRelative.documents[0]?.id, relativePath.slice(2).replace(/^(?:\.\/)+/, ''));
});

test('a 50 MB text is truncated to maxChars with a warning, and the next file is still read', async () => {
  const root = makeTree({ 'z-after.txt': 'Short story after the giant.' });
  const line = 'The river rose again and the dam held through the night.\n';
  writeFileSync(join(root, 'giant.txt'), line.repeat(Math.ceil((50 * 1024 * 1024) / line.length)));
  const { documents, warnings } = await collect(readInputs([root], { maxChars: 10_000 }));
  assert.deepEqual(warnings, []);
  const giant = byId(documents, 'giant.txt');
  assert.equal(giant.text.length, 10_000);
  assert.equal(giant.warnings.length, 1);
  assert.match(giant.warnings[0] ?? '', /truncated from \d+ to 10000 characters/);
  assert.equal(giant.contentHash, contentHash(giant.text));
  assert.equal(byId(documents, 'z-after.txt').text, 'Short story after the giant.');
});

test('with default options a 6 MB text is cut to 5,000,000 characters', async () => {
  const root = makeTree({});
  writeFileSync(join(root, 'six.txt'), 'abcdefghi\n'.repeat(600_000));
  const { documents } = await collect(readInputs([root]));
  assert.equal(DEFAULT_INGEST_OPTIONS.maxChars, 5_000_000);
  assert.equal(documents[0]?.text.length, 5_000_000);
  assert.match(documents[0]?.warnings[0] ?? '', /truncated from 6000000 to 5000000/);
});

test('files above maxFileBytes are refused with a warning', async () => {
  const root = makeTree({ 'big.txt': 'x'.repeat(2_000), 'small.txt': 'small' });
  const { documents, warnings } = await collect(readInputs([root], { maxFileBytes: 1_000 }));
  assert.deepEqual(documents.map((document) => document.id), ['small.txt']);
  assert.equal(warnings.length, 1);
  assert.equal(warnings[0]?.document, 'big.txt');
  assert.match(warnings[0]?.message ?? '', /^file too large \(2000 bytes > 1000\), skipped$/);
});

test('stdin: JSON lines are read as JSONL, anything else as one document with id "stdin"', async () => {
  const jsonl = `${JSON.stringify({ id: 's1', text: 'First.' })}\n${JSON.stringify({ text: 'Second.' })}\n`;
  const asJsonl = await collect(readInputs(['-'], {}, { stdin: [jsonl] }));
  assert.deepEqual(asJsonl.documents.map((document) => [document.id, document.format]), [['s1', 'jsonl'], ['stdin#2', 'jsonl']]);

  const asText = await collect(readInputs(['-'], {}, { stdin: [Buffer.from('Plain '), Buffer.from('story from a pipe.')] }));
  assert.deepEqual(asText.documents.map((document) => [document.id, document.format, document.text]), [
    ['stdin', 'txt', 'Plain story from a pipe.'],
  ]);

  const asHtml = await collect(readInputs(['-'], {}, { stdin: ['<!doctype html><html><body><p>Piped page.</p></body></html>'] }));
  assert.deepEqual(asHtml.documents.map((document) => [document.id, document.format, document.text]), [['stdin', 'html', 'Piped page.']]);

  const empty = await collect(readInputs(['-'], {}, { stdin: [] }));
  assert.deepEqual(empty.warnings, [{ document: 'stdin', message: 'empty document, skipped' }]);
});

test('the same id twice in one call is renamed with a warning', async () => {
  const first = makeTree({ 'same.txt': 'First copy.' });
  const second = makeTree({ 'same.txt': 'Second copy.' });
  const { documents } = await collect(readInputs([first, second]));
  assert.deepEqual(documents.map((document) => document.id), ['same.txt', 'same.txt~2']);
  assert.deepEqual(documents[1]?.warnings, ['duplicate id same.txt; renamed to same.txt~2']);
});

test('a reader that throws costs only its own file', async () => {
  const root = makeTree({ 'a.boom': 'x', 'b.txt': 'Still read.' });
  const exploding = {
    format: 'txt' as const,
    accepts: (name: string) => name.endsWith('.boom'),
    read: (): never => {
      throw new Error('kaboom');
    },
  };
  const { documents, warnings } = await collect(readInputs([root], {}, { readers: [exploding, txtReader] }));
  assert.deepEqual(documents.map((document) => document.id), ['b.txt']);
  assert.deepEqual(warnings, [{ document: 'a.boom', message: 'txt reader failed (kaboom)' }]);
});

test('a JSONL file over maxFileBytes is read line by line instead of skipped; a text file over it is still skipped', async () => {
  const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `line-${i}`, text: `Report number ${i} on the harbour works.` }));
  const root = makeTree({ 'crawl.jsonl': `${lines.join('\n')}\n`, 'big.txt': 'word '.repeat(400) });
  const { documents, warnings } = await collect(readInputs([root], { maxFileBytes: 1000 }));
  assert.deepEqual(documents.map((d) => d.id), lines.map((_, i) => `line-${i}`));
  assert.deepEqual(warnings.map((w) => [w.document, /file too large/.test(w.message)]), [['big.txt', true]]);
});
