import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes, decodeWindows1252, findHtmlCharset } from '../../src/ingest/index.js';

const utf16le = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string): Uint8Array => {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1] ?? 0;
    be[i + 1] = le[i] ?? 0;
  }
  return new Uint8Array(be);
};

test('plain UTF-8 decodes without warnings', () => {
  const result = decodeBytes(new TextEncoder().encode('Café “quoted” — done'));
  assert.deepEqual(result, { ok: true, text: 'Café “quoted” — done', encoding: 'utf-8', warnings: [] });
});

test('UTF-8 BOM is removed from the text', () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Héllo')]);
  const result = decodeBytes(bytes);
  assert.ok(result.ok);
  assert.equal(result.text, 'Héllo');
  assert.equal(result.text.charCodeAt(0), 0x48);
});

test('UTF-16 LE and BE with BOM decode', () => {
  const le = decodeBytes(new Uint8Array([0xff, 0xfe, ...utf16le('Zürich news')]));
  assert.ok(le.ok);
  assert.equal(le.text, 'Zürich news');
  assert.equal(le.encoding, 'utf-16le');
  const be = decodeBytes(new Uint8Array([0xfe, 0xff, ...utf16be('Zürich news')]));
  assert.ok(be.ok);
  assert.equal(be.text, 'Zürich news');
  assert.equal(be.encoding, 'utf-16be');
});

test('UTF-16 without BOM is recognised from NULs in alternate positions', () => {
  const le = decodeBytes(utf16le('The council met on Tuesday.'));
  assert.ok(le.ok);
  assert.equal(le.text, 'The council met on Tuesday.');
  const be = decodeBytes(utf16be('The council met on Tuesday.'));
  assert.ok(be.ok);
  assert.equal(be.text, 'The council met on Tuesday.');
});

test('invalid UTF-8 falls back to windows-1252 with a warning', () => {
  // "Café “news”" in windows-1252: é = E9, curly quotes = 93 / 94.
  const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6e, 0x65, 0x77, 0x73, 0x94]);
  const result = decodeBytes(bytes);
  assert.ok(result.ok);
  assert.equal(result.text, 'Café “news”');
  assert.equal(result.encoding, 'windows-1252');
  assert.deepEqual(result.warnings, ['encoding guessed as windows-1252']);
});

test('NUL bytes or many control characters mean binary', () => {
  assert.deepEqual(decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49])), {
    ok: false,
    reason: 'binary file, skipped',
  });
  const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
  assert.equal(decodeBytes(controls).ok, false);
  // Tabs, newlines and form feeds are ordinary text.
  assert.equal(decodeBytes(new TextEncoder().encode('a\tb\nc\fd\r\n')).ok, true);
});

test('a declared charset is honoured, unless the bytes are clearly UTF-8', () => {
  const latin = new Uint8Array([0x63, 0x61, 0x66, 0xe9]);
  const declared = decodeBytes(latin, { declaredCharset: 'ISO-8859-1' });
  assert.ok(declared.ok);
  assert.equal(declared.text, 'café');
  assert.deepEqual(declared.warnings, []);
  const utf8 = decodeBytes(new TextEncoder().encode('café'), { declaredCharset: 'iso-8859-1' });
  assert.ok(utf8.ok);
  assert.equal(utf8.text, 'café');
  assert.equal(utf8.warnings.length, 1);
  const unknownLabel = decodeBytes(new TextEncoder().encode('café'), { declaredCharset: 'no-such-charset' });
  assert.ok(unknownLabel.ok);
  assert.equal(unknownLabel.text, 'café');
});

test('findHtmlCharset reads meta charset, http-equiv and XML declarations', () => {
  const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
  assert.equal(findHtmlCharset(bytes('<html><head><meta charset="windows-1252"><title>x</title>')), 'windows-1252');
  assert.equal(
    findHtmlCharset(bytes('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')),
    'ISO-8859-1',
  );
  assert.equal(findHtmlCharset(bytes('<?xml version="1.0" encoding="utf-8"?><html>')), 'utf-8');
  assert.equal(findHtmlCharset(bytes('<html><head><title>none</title>')), undefined);
});

test('decodeWindows1252 maps the 0x80-0x9F range by table (Node 20 TextDecoder does not)', () => {
  const bytes = new Uint8Array([0x80, 0x85, 0x91, 0x92, 0x96, 0x97, 0x99, 0x9c, 0x81, 0xa0, 0xff]);
  assert.equal(decodeWindows1252(bytes), '€…‘’–—™œ\u0081\u00a0ÿ');
  const long = new Uint8Array(20_000).fill(0x93);
  assert.equal(decodeWindows1252(long), '“'.repeat(20_000));
});
