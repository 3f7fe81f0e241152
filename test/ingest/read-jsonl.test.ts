import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonlReader } from '../../src/ingest/index.js';
import { sliceIntoChunks } from '../../src/ingest/byte-streams.js';
import { collect, OPTIONS } from './ingest-helpers.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

const HTML_BODY =
  '<html lang="fr"><head><title>Le port rouvre</title><meta property="og:site_name" content="Gazette du Port"></head>' +
  '<body><article><p>Le port a rouvert lundi matin après trois jours de tempête, selon la capitainerie.</p>' +
  '<p>- Publicité -</p><p>Les ferries reprendront leurs rotations normales dès mardi.</p></article></body></html>';

test('JSONL with text and html lines, a malformed line in the middle, and lines after it', async () => {
  const lines = [
    JSON.stringify({ id: 'wire-1', text: 'The port reopened on Monday.', title: 'Port reopens', url: 'https://wire.example/1', date: '2024-02-05T08:00:00Z', source: 'Wire', language: 'en' }),
    JSON.stringify({ id: 'gazette-1', html: HTML_BODY, url: 'https://gazette.example/port' }),
    '{"id": "broken", "text": "unterminated',
    '',
    JSON.stringify({ id: 'wire-2', text: 'Ferries resume on Tuesday.' }),
    JSON.stringify({ text: 'A line without an id.' }),
    JSON.stringify(['not', 'an', 'object']),
    JSON.stringify({ id: 'no-body', title: 'Nothing to read' }),
  ];
  const { documents, warnings } = await collect(jsonlReader.read(encode(lines.join('\n')), 'feeds/day.jsonl', OPTIONS));
  assert.deepEqual(
    documents.map((document) => document.id),
    ['wire-1', 'gazette-1', 'wire-2', 'feeds/day.jsonl#6'],
  );
  const [wire, gazette, second, anonymous] = documents;
  assert.deepEqual(
    { title: wire?.title, url: wire?.url, date: wire?.date, site: wire?.site, lang: wire?.declaredLanguage, format: wire?.format },
    { title: 'Port reopens', url: 'https://wire.example/1', date: '2024-02-05T08:00:00.000Z', site: 'Wire', lang: 'en', format: 'jsonl' },
  );
  assert.equal(gazette?.title, 'Le port rouvre');
  assert.equal(gazette?.site, 'Gazette du Port');
  assert.equal(gazette?.url, 'https://gazette.example/port');
  assert.equal(gazette?.declaredLanguage, 'fr');
  assert.ok(gazette?.text.split('\n\n').includes('- Publicité -'), gazette?.text);
  assert.ok(!gazette?.text.includes('<p>'));
  assert.equal(second?.text, 'Ferries resume on Tuesday.');
  assert.equal(anonymous?.text, 'A line without an id.');
  assert.equal(anonymous?.warnings.length, 1);
  assert.match(anonymous?.warnings[0] ?? '', /no id field at feeds\/day\.jsonl:6/);
  assert.deepEqual(
    warnings.map((warning) => warning.document),
    ['feeds/day.jsonl:3', 'feeds/day.jsonl:7', 'no-body'],
  );
  assert.match(warnings[0]?.message ?? '', /^malformed JSON line, skipped/);
  assert.match(warnings[2]?.message ?? '', /no text or html field at feeds\/day\.jsonl:8/);
});

test('JSONL: numeric ids become strings, bad dates are dropped with a warning, epoch seconds are read', async () => {
  const lines = [
    JSON.stringify({ id: 7, text: 'Seven.', date: 'not a date' }),
    JSON.stringify({ id: 'epoch', text: 'Epoch.', date: 1_700_000_000 }),
  ];
  const { documents } = await collect(jsonlReader.read(encode(lines.join('\r\n')), 'x.jsonl', OPTIONS));
  assert.equal(documents[0]?.id, '7');
  assert.equal(documents[0]?.date, undefined);
  assert.deepEqual(documents[0]?.warnings, ['unreadable date "not a date" ignored']);
  assert.equal(documents[1]?.date, '2023-11-14T22:13:20.000Z');
});

test('JSONL: an empty text field is an empty document warning, not a crash', async () => {
  const { documents, warnings } = await collect(jsonlReader.read(encode(JSON.stringify({ id: 'e', text: '   ' })), 'e.jsonl', OPTIONS));
  assert.deepEqual(documents, []);
  assert.deepEqual(warnings, [{ document: 'e', message: 'empty document, skipped' }]);
  const blank = await collect(jsonlReader.read(encode('\n\n'), 'blank.jsonl', OPTIONS));
  assert.deepEqual(blank.warnings, [{ document: 'blank.jsonl', message: 'empty document, skipped' }]);
});

test('JSONL streamed in 7-byte chunks gives what reading it whole gives, documents and warnings', async () => {
  const lines = [
    JSON.stringify({ id: 'wire-1', text: 'Le port a rouvert — après trois jours de tempête.', date: '2024-02-05T08:00:00Z' }),
    '{"id": "broken", "text": "unterminated',
    '',
    JSON.stringify({ text: 'Ein Satz ohne Kennung, mit Umlauten: Fähre, Größe.' }),
    JSON.stringify({ id: 'no-body' }),
    JSON.stringify({ id: 'last', text: 'No newline after the last line.' }),
  ];
  const bytes = encode(lines.join('\n'));
  const whole = await collect(jsonlReader.read(bytes, 'big.jsonl', OPTIONS));
  const streamed = await collect(jsonlReader.readStream?.(sliceIntoChunks(bytes, 7), 'big.jsonl', OPTIONS) ?? []);
  assert.equal(streamed.documents.length, 3);
  assert.deepEqual(streamed, whole);
});

test('JSONL stream: a line over maxFileBytes is skipped with a warning naming it, the next line is read; a Latin-1 line is decoded with one warning', async () => {
  const latin1 = Uint8Array.from([...'{"id":"l1","text":"Caf'].map((c) => c.charCodeAt(0)).concat([0xe9], [...' au port."}'].map((c) => c.charCodeAt(0))));
  const bytes = Buffer.concat([
    encode(`${JSON.stringify({ id: 'huge', text: 'x'.repeat(500) })}\n`),
    latin1,
    encode(`\n${JSON.stringify({ id: 'after', text: 'Read after the huge line.' })}\n`),
  ]);
  const { documents, warnings } = await collect(jsonlReader.readStream?.(sliceIntoChunks(bytes, 64), 'crawl.jsonl', { ...OPTIONS, maxFileBytes: 200 }) ?? []);
  assert.deepEqual(documents.map((d) => d.id), ['l1', 'after']);
  assert.equal(documents[0]?.text, 'Café au port.');
  assert.equal(warnings[0]?.document, 'crawl.jsonl:1');
  assert.match(warnings[0]?.message ?? '', /line too large/);
  assert.equal(warnings.filter((w) => w.document === 'crawl.jsonl').length, 1, JSON.stringify(warnings));
});

test('JSONL: a language that is not a language code is a warning naming the line; codes are not', async () => {
  const lines = ['xx', 'English', 'pt_BR', 'und', 'yo', 'ger'].map((language, i) => JSON.stringify({ id: `d${i}`, text: 'The port reopened on Monday.', language }));
  const { documents } = await collect(jsonlReader.read(encode(lines.join('\n')), 'day.jsonl', OPTIONS));
  assert.deepEqual(documents.map((document) => document.warnings), [
    ['language "xx" at day.jsonl:1 is not a language code; the language is detected from the text'],
    ['language "English" at day.jsonl:2 is not a language code; the language is detected from the text'],
    [], [], [], [],
  ]);
});
