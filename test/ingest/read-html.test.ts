import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml, htmlReader } from '../../src/ingest/index.js';
import { collect, OPTIONS } from './ingest-helpers.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

const PARAGRAPH_ONE =
  'Fishermen in the bay of Korvik hauled in a record catch of herring on Thursday, the harbour master said, after weeks of calm weather.';
const PARAGRAPH_TWO =
  'The cooperative expects prices to fall by a fifth before the winter market opens, according to its chairman, who spoke at the quay.';
const PARAGRAPH_THREE =
  'Local restaurants have already added herring dishes to their menus, and the town plans a festival at the end of the month.';

function articlePage(head: string, htmlAttributes = ' lang="en-GB"'): string {
  return `<!DOCTYPE html><html${htmlAttributes}><head>${head}</head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article>
  <h1>Record herring catch in Korvik</h1>
  <p>${PARAGRAPH_ONE}</p>
  <p>- Advertisement -</p>
  <p>${PARAGRAPH_TWO}</p>
  <p>${PARAGRAPH_THREE}</p>
</article>
<footer>© Korvik Courier</footer>
</body></html>`;
}

test('HTML: each paragraph is its own block, "- Advertisement -" included', async () => {
  const { documents, warnings } = await collect(htmlReader.read(encode(articlePage('<title>Herring</title>')), 'herring.html', OPTIONS));
  assert.deepEqual(warnings, []);
  const text = documents[0]?.text ?? '';
  const blocks = text.split('\n\n');
  const ad = blocks.indexOf('- Advertisement -');
  assert.ok(ad > 0, `advertisement line missing in ${JSON.stringify(text)}`);
  assert.equal(blocks[ad - 1], PARAGRAPH_ONE);
  assert.equal(blocks[ad + 1], PARAGRAPH_TWO);
  assert.ok(blocks.includes(PARAGRAPH_THREE));
  assert.ok(!text.includes('\n\n\n'));
});

test('HTML metadata from Open Graph and article meta', async () => {
  const head = `<meta charset="utf-8"><title>Herring catch | Korvik Courier</title>
    <meta property="og:title" content="Record herring catch in Korvik">
    <meta property="og:site_name" content="Korvik Courier">
    <meta property="og:url" content="https://courier.example/og-url">
    <link rel="canonical" href="https://courier.example/2024/herring">
    <meta property="article:published_time" content="2024-10-03T09:30:00+02:00">`;
  const { documents } = await collect(htmlReader.read(encode(articlePage(head)), 'herring.html', OPTIONS));
  const document = documents[0];
  assert.equal(document?.format, 'html');
  assert.equal(document?.title, 'Record herring catch in Korvik');
  assert.equal(document?.url, 'https://courier.example/2024/herring');
  assert.equal(document?.date, '2024-10-03T07:30:00.000Z');
  assert.equal(document?.site, 'Korvik Courier');
  assert.equal(document?.declaredLanguage, 'en-GB');
});

test('HTML metadata from JSON-LD when meta tags are missing', async () => {
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'BreadcrumbList', itemListElement: [] },
      {
        '@type': 'NewsArticle',
        headline: 'Korvik herring haul breaks record',
        datePublished: '2024-10-03',
        publisher: { '@type': 'Organization', name: 'Northern Wire' },
      },
    ],
  });
  const head = `<title>page title</title><script type="application/ld+json">${jsonLd}</script>
    <script type="application/ld+json">{ not json</script>
    <meta property="og:url" content="/relative/only">`;
  const { documents } = await collect(htmlReader.read(encode(articlePage(head, '')), 'wire.html', OPTIONS));
  const document = documents[0];
  assert.equal(document?.title, 'Korvik herring haul breaks record');
  assert.equal(document?.date, '2024-10-03');
  assert.equal(document?.site, 'Northern Wire');
  assert.equal(document?.url, undefined, 'a relative og:url without base is no identity');
  assert.equal(document?.declaredLanguage, undefined);
});

test('HTML: <time datetime> is the last resort for the date; site falls back to the url host', () => {
  const page = articlePage('<title>T</title><link rel="canonical" href="https://www.harbour.example/a">').replace(
    '<h1>',
    '<time datetime="2023-12-24T18:00:00Z">Christmas Eve</time><h1>',
  );
  const extracted = extractHtml(page);
  assert.equal(extracted.date, '2023-12-24T18:00:00.000Z');
  assert.equal(extracted.site, undefined);
  return collect(htmlReader.read(encode(page), 'p.html', OPTIONS)).then(({ documents }) => {
    assert.equal(documents[0]?.site, 'www.harbour.example');
  });
});

test('broken HTML (body fragment with unclosed tags) still gives text', async () => {
  const fragment = '<p>Storm warning for the coast <b>tonight<p>Ferries are cancelled until noon<div>Schools stay open';
  const { documents, warnings } = await collect(htmlReader.read(encode(fragment), 'fragment.html', OPTIONS));
  assert.deepEqual(warnings, []);
  const text = documents[0]?.text ?? '';
  assert.match(text, /Storm warning for the coast tonight/);
  assert.match(text, /Ferries are cancelled until noon/);
  assert.match(text, /Schools stay open/);
  assert.ok(text.split('\n\n').length >= 2, 'paragraphs stay apart');
});

test('a tiny page without an article falls back to body blocks', () => {
  const extracted = extractHtml('<html><head><title>Tiny</title></head><body><div>Short note.</div><div>Second line.</div></body></html>');
  assert.equal(extracted.title, 'Tiny');
  assert.match(extracted.text, /Short note\./);
  assert.match(extracted.text, /Second line\./);
});

test('HTML: entities decode, scripts and styles are dropped, <br> splits lines, list items are blocks', () => {
  const extracted = extractHtml(
    '<body><div><p>Tom &amp; Jerry&nbsp;met&#8212;again.</p><script>var x = "hidden";</script><style>p{}</style>' +
      '<p>Line one<br>Line two</p><ul><li>First item</li><li>Second item</li></ul></div></body>',
  );
  const blocks = extracted.text.split('\n\n');
  assert.ok(blocks.includes('Tom & Jerry met—again.'), JSON.stringify(blocks));
  assert.ok(blocks.includes('Line one'));
  assert.ok(blocks.includes('Line two'));
  assert.ok(blocks.includes('First item'));
  assert.ok(blocks.includes('Second item'));
  assert.ok(!extracted.text.includes('hidden'));
});

test('HTML meta charset windows-1252 is honoured', async () => {
  const page = '<html><head><meta charset="windows-1252"></head><body><p>Café owner says: “hi”</p></body></html>';
  // é is 0xE9 in windows-1252 as in Latin-1; the curly quotes are 0x93 / 0x94.
  const bytes = new Uint8Array([...page].map((char) => (char === '“' ? 0x93 : char === '”' ? 0x94 : char.charCodeAt(0))));
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'the fixture must not be UTF-8');
  const { documents } = await collect(htmlReader.read(bytes, 'cafe.html', OPTIONS));
  assert.match(documents[0]?.text ?? '', /Café owner says: “hi”/);
  assert.deepEqual(documents[0]?.warnings, []);
});

test('an HTML page without any text is an empty document', async () => {
  const { documents, warnings } = await collect(htmlReader.read(encode('<html><head><title>x</title></head><body> </body></html>'), 'blank.html', OPTIONS));
  assert.deepEqual(documents, []);
  assert.deepEqual(warnings, [{ document: 'blank.html', message: 'empty document, skipped' }]);
});

test('when Readability finds no article the body is read by blocks, with a warning; hidden markup is skipped', () => {
  const extracted = extractHtml(
    '<body><aside>Only an aside here</aside><aside hidden>secret</aside><aside style="display: none">gone</aside></body>',
  );
  assert.equal(extracted.text, 'Only an aside here');
  assert.deepEqual(extracted.warnings, ['main text not found by readability; used the whole page']);
});

test('a page far over maxChars is cut before extraction, with a warning; the article at its start is kept', async () => {
  const article = '<html><head><title>Harbour reopens</title></head><body><article>'
    + '<p>The harbour reopened on Monday after three days of storms, the harbour master said.</p>'.repeat(8) + '</article>';
  const comments = '<div class="comment"><p>Thanks for the story.</p></div>'.repeat(2000);
  const options = { ...OPTIONS, maxChars: 5000 };
  const { documents } = await collect(htmlReader.read(new TextEncoder().encode(`${article}${comments}</body></html>`), 'big.html', options));
  const [page] = documents;
  assert.ok(page?.text.startsWith('The harbour reopened on Monday'), page?.text);
  assert.ok(!page?.text.includes('Thanks for the story'), page?.text);
  assert.ok(page?.warnings.some((w) => /^page markup cut from \d+ to \d+ characters before extraction/.test(w)), JSON.stringify(page?.warnings));
});
