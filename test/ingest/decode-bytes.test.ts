import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeAs, decodeBytes, findHtmlCharset } from '../../src/ingest/index.js';

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
  assert.deepEqual(le.warnings, ['encoding guessed as utf-16le (no BOM; NUL bytes in alternate positions)']);
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
  assert.deepEqual(result.warnings, ['encoding guessed as windows-1252 (no confident detection)']);
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

test('windows-1252 0x80-0x9F decode to curly quotes, dashes and the euro sign, not C1 controls', () => {
  // Node 20's one-shot TextDecoder gets these wrong; decodeAs must not.
  const bytes = new Uint8Array([0x80, 0x85, 0x91, 0x92, 0x96, 0x97, 0x99, 0x9c, 0xa0, 0xff]);
  assert.deepEqual(decodeAs('windows-1252', bytes), { text: '€…‘’–—™œ\u00a0ÿ', replaced: 0 });
  assert.equal(decodeAs('iso-8859-1', new Uint8Array(20_000).fill(0x93)).text, '“'.repeat(20_000));
});

/** Cyrillic а–я and А–Я sit at 0xC0–0xFF in windows-1251. */
const windows1251 = (text: string): Uint8Array =>
  new Uint8Array([...text].map((char) => {
    const code = char.codePointAt(0) ?? 0;
    return code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : code;
  }));
/** Greek letters U+0386–U+03CE sit at 0xB6–0xFE in ISO-8859-7. */
const iso88597 = (text: string): Uint8Array =>
  new Uint8Array([...text].map((char) => {
    const code = char.codePointAt(0) ?? 0;
    return code >= 0x386 && code <= 0x3ce ? code - 0x2d0 : code;
  }));

test('legacy encodings chardet names are decoded, with a warning that they were guessed', () => {
  const russian = 'Городской совет утвердил новый бюджет на следующий год, сообщил мэр города на пресс-конференции в понедельник.';
  const ru = decodeBytes(windows1251(russian));
  assert.ok(ru.ok);
  assert.equal(ru.text, russian);
  assert.equal(ru.encoding, 'windows-1251');
  assert.match(ru.warnings[0] ?? '', /^encoding guessed as windows-1251 \(chardet confidence \d+%\)$/);

  const greek = 'Το δημοτικό συμβούλιο ενέκρινε τον νέο προϋπολογισμό για το επόμενο έτος, δήλωσε ο δήμαρχος της πόλης.';
  const el = decodeBytes(iso88597(greek));
  assert.ok(el.ok);
  assert.equal(el.text, greek);
  assert.equal(el.encoding, 'iso-8859-7');
  assert.equal(el.warnings.length, 1);
});

test('an explicit charset wins over detection', () => {
  const russian = 'Мэр города подал в отставку после проверки.';
  const bytes = windows1251(russian);
  const declared = decodeBytes(bytes, { declaredCharset: 'windows-1251' });
  assert.deepEqual(declared, { ok: true, text: russian, encoding: 'windows-1251', warnings: [] });
  // Declared as KOI8-R the same bytes read differently: the label, not chardet, decided.
  const koi = decodeBytes(bytes, { declaredCharset: 'koi8-r' });
  assert.ok(koi.ok);
  assert.notEqual(koi.text, russian);
  assert.equal(koi.encoding, 'koi8-r');
});

test('UTF-8 with a stray bad byte stays UTF-8 and the replacement is reported', () => {
  const good = new TextEncoder().encode('Zürich café: the “old” bridge reopens — über alles, naïve façade, déjà vu. ');
  const bytes = new Uint8Array([...good, 0xff, ...good]);
  const result = decodeBytes(bytes);
  assert.ok(result.ok);
  assert.equal(result.encoding, 'utf-8');
  assert.equal(result.text.split('\ufffd').length, 2);
  assert.deepEqual(result.warnings, ['1 undecodable byte sequence replaced with U+FFFD (utf-8)']);
});

test('bytes that do not decode in the declared encoding are refused, not turned into garbage', () => {
  // Shift_JIS lead bytes followed by invalid trail bytes, over and over.
  const junk = new Uint8Array(400).map((_, i) => (i % 2 === 0 ? 0x81 : 0x20));
  const result = decodeBytes(junk, { declaredCharset: 'shift_jis' });
  assert.equal(result.ok, false);
  assert.match(result.ok ? '' : result.reason, /^undecodable as shift_jis \(\d+ of \d+ characters replaced\), skipped$/);
  // A few bad sequences in a long text are kept, with a warning naming the count.
  const mostly = new Uint8Array([...new TextEncoder().encode('a'.repeat(1000)), 0x81, 0x20]);
  const kept = decodeBytes(mostly, { declaredCharset: 'shift_jis' });
  assert.ok(kept.ok);
  assert.deepEqual(kept.warnings, ['1 undecodable byte sequence replaced with U+FFFD (shift_jis)']);
});
