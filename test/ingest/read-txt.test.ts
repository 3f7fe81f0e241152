import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentHash, markdownReader, markdownToText, txtReader } from '../../src/ingest/index.js';
import { collect, OPTIONS } from './ingest-helpers.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

test('txt reader keeps the text and hashes it', async () => {
  const text = 'Flood closes the river road\n\nThe road stayed shut on Friday.\n';
  const { documents, warnings } = await collect(txtReader.read(encode(text), 'news/flood.txt', OPTIONS));
  assert.deepEqual(warnings, []);
  assert.equal(documents.length, 1);
  const [document] = documents;
  assert.equal(document?.id, 'news/flood.txt');
  assert.equal(document?.format, 'txt');
  assert.equal(document?.text, text);
  assert.equal(document?.contentHash, contentHash(text));
  assert.equal(document?.title, undefined);
});

test('txt reader turns CRLF into LF', async () => {
  const { documents } = await collect(txtReader.read(encode('one\r\ntwo\rthree'), 'a.txt', OPTIONS));
  assert.equal(documents[0]?.text, 'one\ntwo\nthree');
});

test('readers accept files by lowercased extension', () => {
  assert.equal(txtReader.accepts('a.txt', new Uint8Array()), true);
  assert.equal(txtReader.accepts('a.md', new Uint8Array()), false);
  assert.equal(markdownReader.accepts('notes.md', new Uint8Array()), true);
  assert.equal(markdownReader.accepts('notes.markdown', new Uint8Array()), true);
});

test('markdown: heading markers, emphasis and link syntax go, paragraphs stay, first # heading is the title', async () => {
  const source = [
    '## Kicker line',
    '',
    '# Mayor **resigns** after audit',
    '',
    'The mayor of *Westbrook* resigned on [Monday](https://example.org/monday "when") after an',
    'audit found __missing__ funds, the [council][ref] said.',
    '',
    '- Advertisement -',
    '',
    '> "We will co-operate," she said.',
    '',
    '![a photo of the town hall](hall.jpg)',
    '',
    '---',
    '',
    'Ratio 5 * 3 and snake_case_name stay as written; `code` loses ticks.',
    '',
    '[ref]: https://example.org/council',
  ].join('\n');
  const { documents } = await collect(markdownReader.read(encode(source), 'mayor.md', OPTIONS));
  const document = documents[0];
  assert.equal(document?.format, 'md');
  assert.equal(document?.title, 'Mayor resigns after audit');
  assert.equal(
    document?.text,
    [
      'Kicker line',
      '',
      'Mayor resigns after audit',
      '',
      'The mayor of Westbrook resigned on Monday after an',
      'audit found missing funds, the council said.',
      '',
      '- Advertisement -',
      '',
      '"We will co-operate," she said.',
      '',
      'a photo of the town hall',
      '',
      'Ratio 5 * 3 and snake_case_name stay as written; code loses ticks.',
    ].join('\n'),
  );
});

test('markdown: setext heading and front matter', () => {
  const setext = markdownToText('Harbour reopens\n===============\n\nShips returned on Sunday.\n');
  assert.equal(setext.title, 'Harbour reopens');
  assert.equal(setext.text, 'Harbour reopens\n\nShips returned on Sunday.');
  const front = markdownToText('---\ntitle: "Front title"\ndate: 2024-05-02\n---\n# Body heading\n\nText.');
  assert.equal(front.title, 'Front title');
  assert.equal(front.date, '2024-05-02');
  assert.equal(front.text, 'Body heading\n\nText.');
});

test('markdown with only markup is an empty document', async () => {
  const { documents, warnings } = await collect(markdownReader.read(encode('---\n\n***\n'), 'rule.md', OPTIONS));
  assert.deepEqual(documents, []);
  assert.deepEqual(warnings, [{ document: 'rule.md', message: 'empty document, skipped' }]);
});
