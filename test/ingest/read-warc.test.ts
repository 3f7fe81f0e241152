import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readInputs, warcReader } from '../../src/ingest/index.js';
import { byId, collect, makeTree, OPTIONS } from './ingest-helpers.js';
import { gzipWithZeros, makeWarc, type TestRecord } from './warc-helpers.js';

const PARAGRAPH =
  'The ferry company said on Monday that the night crossing to Hallin would resume in May after repairs to the quay, ending a winter without service.';

function page(title: string, extraHead = '', paragraph = PARAGRAPH): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${extraHead}</head>` +
    `<body><nav>Home | News</nav><article><h1>${title}</h1><p>${paragraph}</p>` +
    '<p>Passengers had to take the long road round the bay, adding two hours to the journey, the company said.</p></article></body></html>';
}

/** `Café “Hallin” – reopens` with é, curly quotes and the en dash as windows-1252 bytes. */
const LATIN_PAGE = new Uint8Array([
  ...Buffer.from('<html><head><meta charset="utf-8"><title>x</title></head><body><p>Caf', 'latin1'), 0xe9,
  ...Buffer.from(' ', 'latin1'), 0x93, ...Buffer.from('Hallin', 'latin1'), 0x94, ...Buffer.from(' ', 'latin1'), 0x96,
  ...Buffer.from(' reopens after the winter, the owner said on the quay.</p></body></html>', 'latin1'),
]);

const CRAWL: TestRecord[] = [
  { type: 'warcinfo', url: '', body: 'software: test\r\n', contentType: 'application/warc-fields' },
  { type: 'request', url: 'https://news.example/ferry', body: '' },
  { url: 'https://news.example/ferry', date: '2024-03-01T10:00:00Z', body: page('Ferry returns', '<meta property="article:published_time" content="2024-02-28T08:00:00Z">') },
  { url: 'https://news.example/logo.png', body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), contentType: 'image/png' },
  { url: 'https://news.example/gone', status: '404 Not Found', body: page('Not found') },
  { url: 'https://news.example/old', status: '301 Moved Permanently', body: 'moved' },
  // The HTTP header says windows-1252 and the page claims utf-8: the header wins.
  { url: 'https://cafe.example/news', date: '2024-03-02T09:30:00Z', body: LATIN_PAGE, contentType: 'text/html; charset=windows-1252' },
  { type: 'metadata', url: 'https://news.example/ferry', body: 'outlinks: none', contentType: 'application/warc-fields' },
  { url: 'https://wire.example/ferry.txt', date: '2024-03-03T00:00:00Z', body: 'Ferry to Hallin resumes in May.', contentType: 'text/plain' },
  // Crawlers store the payload as sent: compressed and chunked.
  { url: 'https://zip.example/ferry', date: '2024-03-04T00:00:00Z', body: gzipSync(page('Zipped ferry')), headers: { 'Content-Encoding': 'gzip' } },
  { url: 'https://chunk.example/ferry', date: '2024-03-05T00:00:00Z', body: chunked(page('Chunked ferry')), headers: { 'Transfer-Encoding': 'chunked' } },
  { url: 'https://news.example/ferry', date: '2024-03-06T10:00:00Z', body: page('Ferry returns (update)') },
];

function chunked(text: string): string {
  const half = Math.floor(text.length / 2);
  const parts = [text.slice(0, half), text.slice(half)];
  return `${parts.map((part) => `${Buffer.byteLength(part).toString(16)}\r\n${part}\r\n`).join('')}0\r\n\r\n`;
}

for (const gzip of [false, true]) {
  const kind = gzip ? 'WARC.gz' : 'WARC';
  test(`${kind}: HTML and text responses become documents, everything else is one summary warning`, async () => {
    const warc = await makeWarc(CRAWL, gzip);
    const root = makeTree({ [gzip ? 'crawl.warc.gz' : 'crawl.warc']: warc });
    const { documents, warnings } = await collect(readInputs([root]));
    assert.deepEqual(documents.map((document) => document.id), [
      'https://news.example/ferry@2024-03-01T10:00:00Z',
      'https://cafe.example/news@2024-03-02T09:30:00Z',
      'https://wire.example/ferry.txt@2024-03-03T00:00:00Z',
      'https://zip.example/ferry@2024-03-04T00:00:00Z',
      'https://chunk.example/ferry@2024-03-05T00:00:00Z',
      'https://news.example/ferry@2024-03-06T10:00:00Z',
    ]);
    assert.deepEqual(warnings, [{
      document: gzip ? 'crawl.warc.gz' : 'crawl.warc',
      message: 'skipped 6 records without an HTML or text page: 1 HTTP 301 response, 1 HTTP 404 response, ' +
        '1 metadata, 1 non-HTML response (image/png), 1 request, 1 warcinfo',
    }]);
    const ferry = byId(documents, 'https://news.example/ferry@2024-03-01T10:00:00Z');
    assert.equal(ferry.format, 'warc');
    assert.equal(ferry.url, 'https://news.example/ferry');
    assert.equal(ferry.title, 'Ferry returns');
    assert.equal(ferry.date, '2024-02-28T08:00:00.000Z', "the page's own publication date wins over the capture date");
    assert.equal(ferry.site, 'news.example');
    assert.ok(ferry.text.includes(PARAGRAPH));
    assert.ok(!ferry.text.includes('Home | News'), 'navigation is left out by the HTML path');

    const cafe = byId(documents, 'https://cafe.example/news@2024-03-02T09:30:00Z');
    assert.match(cafe.text, /Café “Hallin” – reopens/);
    assert.equal(cafe.date, '2024-03-02T09:30:00.000Z', 'WARC-Date when the page has no date');
    assert.deepEqual(cafe.warnings.filter((w) => w.includes('encoding')), []);

    const wire = byId(documents, 'https://wire.example/ferry.txt@2024-03-03T00:00:00Z');
    assert.equal(wire.text, 'Ferry to Hallin resumes in May.');
    assert.equal(wire.date, '2024-03-03T00:00:00.000Z');
    const zipped = byId(documents, 'https://zip.example/ferry@2024-03-04T00:00:00Z');
    assert.equal(zipped.title, 'Zipped ferry');
    assert.ok(zipped.text.includes(PARAGRAPH));
    const chunkedDoc = byId(documents, 'https://chunk.example/ferry@2024-03-05T00:00:00Z');
    assert.ok(chunkedDoc.text.includes(PARAGRAPH), chunkedDoc.text);
    assert.ok(!/\r\n[0-9a-f]+\r\n/.test(chunkedDoc.text), 'chunk framing is removed');
  });

  test(`${kind}: a truncated last record is a warning naming it; earlier records are kept`, { timeout: 10_000 }, async () => {
    const warc = await makeWarc(CRAWL.slice(2, 4).concat([{ url: 'https://cut.example/story', body: page('Cut short') }]), gzip);
    const { documents, warnings } = await collect(warcReader.read(warc.subarray(0, warc.length - 60), 'cut.warc', OPTIONS));
    assert.deepEqual(documents.map((document) => document.id), ['https://news.example/ferry@2024-03-01T10:00:00Z']);
    const last = warnings.filter((warning) => warning.document !== 'cut.warc' || !warning.message.startsWith('skipped'));
    assert.equal(last.length, 1, JSON.stringify(warnings));
    if (gzip) {
      // A cut gzip member cannot be inflated at all: the file is named, with how far it got.
      assert.equal(last[0]?.document, 'cut.warc');
      assert.match(last[0]?.message ?? '', /^WARC unreadable after 2 records, near byte \d+: unexpected end of file; rest of file skipped$/);
    } else {
      assert.equal(last[0]?.document, 'https://cut.example/story@2024-03-01T10:00:00Z');
      assert.match(last[0]?.message ?? '', /^record truncated \(\d+ bytes missing at the end of the file\), skipped$/);
    }
  });
}

test('WARC: junk between records is a warning naming its offset, and the records after it are read', async () => {
  const first = await makeWarc([CRAWL[2] as TestRecord], false);
  const second = await makeWarc([{ url: 'https://after.example/x', body: page('After the junk') }], false);
  const junk = Buffer.from('garbage line\r\nmore garbage\r\n\r\n');
  const { documents, warnings } = await collect(warcReader.read(Buffer.concat([first, junk, second]), 'junk.warc', OPTIONS));
  assert.deepEqual(documents.map((document) => document.id), [
    'https://news.example/ferry@2024-03-01T10:00:00Z',
    'https://after.example/x@2024-03-01T10:00:00Z',
  ]);
  assert.deepEqual(warnings, [{ document: `junk.warc@${first.length}`, message: 'not a WARC record (starts with "garbage line"), skipped' }]);
});

test('WARC: a compressed payload that inflates past the cap is refused by name; the next record is read', async () => {
  const bomb = gzipSync(Buffer.alloc(20_000_000, 0x20));
  const warc = await makeWarc([
    { url: 'https://bomb.example/', body: bomb, headers: { 'Content-Encoding': 'gzip' } },
    { url: 'https://fine.example/', body: page('Fine') },
  ], false);
  const { documents, warnings } = await collect(warcReader.read(warc, 'b.warc', { ...OPTIONS, maxInflatedBytes: 1_000_000 }));
  assert.deepEqual(documents.map((document) => document.id), ['https://fine.example/@2024-03-01T10:00:00Z']);
  assert.deepEqual(warnings, [{
    document: 'https://bomb.example/@2024-03-01T10:00:00Z',
    message: 'decompressed size exceeds 1000000 bytes (possible decompression bomb), skipped',
  }]);
});

test('WARC.gz: a decompression bomb record is refused with a warning naming the file, after the good records', { timeout: 20_000 }, async () => {
  const zeros = 200 * 1024 * 1024;
  const header = Buffer.from(
    'WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://bomb.example/zeros\r\nWARC-Date: 2024-03-01T10:00:00Z\r\n' +
      `Content-Type: text/html\r\nContent-Length: ${zeros}\r\n\r\n`,
  );
  const bombMember = await gzipWithZeros(header, zeros, Buffer.from('\r\n\r\n'));
  assert.ok(bombMember.length < zeros / 500, `the bomb is ${bombMember.length} bytes compressed`);
  const good = await makeWarc([CRAWL[2] as TestRecord], true);
  const root = makeTree({ 'bomb.warc.gz': Buffer.concat([good, bombMember]), 'z.txt': 'Read after the bomb.' });
  const { documents, warnings } = await collect(readInputs([root], { maxInflatedBytes: 4_000_000 }));
  assert.deepEqual(documents.map((document) => document.id), ['https://news.example/ferry@2024-03-01T10:00:00Z', 'z.txt']);
  assert.equal(warnings.length, 1, JSON.stringify(warnings));
  assert.equal(warnings[0]?.document, 'bomb.warc.gz');
  assert.match(warnings[0]?.message ?? '', /^WARC unreadable after 1 record, near byte \d+: decompressed size exceeds 4000000 bytes at a ratio above 100:1 \(possible decompression bomb\); rest of file skipped$/);
});

test('a streamed WARC is not refused by maxFileBytes (only its records are bounded)', async () => {
  const records = Array.from({ length: 20 }, (_, i) => ({ url: `https://many.example/${i}`, body: `Story number ${i} in a long crawl.`, contentType: 'text/plain' }));
  const root = makeTree({});
  writeFileSync(join(root, 'many.warc'), await makeWarc(records, false));
  const { documents, warnings } = await collect(readInputs([root], { maxFileBytes: 1_000 }));
  assert.equal(documents.length, 20);
  assert.deepEqual(warnings, []);
});

test('a WARC is recognised by its first line whatever its name', () => {
  assert.equal(warcReader.accepts('crawl.dat', new TextEncoder().encode('WARC/1.1\r\nWARC-Type: warcinfo')), true);
  assert.equal(warcReader.accepts('crawl.warc.gz', new Uint8Array([0x1f, 0x8b])), true);
  assert.equal(warcReader.accepts('notes.txt', new TextEncoder().encode('WARC is a format')), false);
});
