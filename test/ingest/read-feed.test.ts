import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedReader, readInputs } from '../../src/ingest/index.js';
import { byId, collect, makeTree, OPTIONS } from './ingest-helpers.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

const STORY = 'The lighthouse on Skarv island will be switched off for good in June, the coastal authority said, after 140 years of service.';
const SECOND = 'Fishermen asked for the light to stay, but the authority said satellite navigation had made it redundant.';

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<!-- written for the test -->
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Coast News</title><link>https://coast.example/</link><language>en-GB</language>
  <item>
    <title>Skarv light goes dark</title>
    <link>https://coast.example/skarv</link>
    <guid isPermaLink="false">coast-2024-0611</guid>
    <pubDate>Tue, 11 Jun 2024 07:30:00 +0200</pubDate>
    <description>Short teaser only.</description>
    <content:encoded><![CDATA[<p>${STORY}</p><p>${SECOND}</p><script>alert(1)</script>]]></content:encoded>
  </item>
  <item>
    <title>Harbour fees rise</title>
    <link>https://coast.example/fees</link>
    <description>&lt;p&gt;Harbour fees rise by a tenth &amp;amp; more in July.&lt;/p&gt;&lt;p&gt;Owners object.&lt;/p&gt;</description>
  </item>
  <item><title>No body at all</title><link>https://coast.example/empty</link></item>
  <item>
    <title>Plain text item</title>
    <link>https://coast.example/fees</link>
    <pubDate>not a date</pubDate>
    <description>A plain description, no markup.</description>
  </item>
</channel>
</rss>`;

test('RSS 2.0: items become documents; content:encoded beats description; HTML goes through the HTML text path', async () => {
  const { documents, warnings } = await collect(feedReader.read(encode(RSS), 'coast.rss', OPTIONS));
  assert.deepEqual(documents.map((document) => document.id), ['coast-2024-0611', 'https://coast.example/fees', 'coast.rss#4']);
  const [light, fees, plain] = documents;
  assert.equal(light?.format, 'feed');
  assert.equal(light?.title, 'Skarv light goes dark');
  assert.equal(light?.url, 'https://coast.example/skarv');
  assert.equal(light?.date, '2024-06-11T05:30:00.000Z');
  assert.equal(light?.declaredLanguage, 'en-GB');
  assert.equal(light?.site, 'coast.example');
  assert.equal(light?.text, `${STORY}\n\n${SECOND}`);
  assert.equal(fees?.text, 'Harbour fees rise by a tenth & more in July.\n\nOwners object.');
  assert.equal(plain?.text, 'A plain description, no markup.');
  assert.deepEqual(plain?.warnings, [
    'duplicate id https://coast.example/fees in the feed; using coast.rss#4',
    'unreadable date "not a date" ignored',
  ]);
  assert.deepEqual(warnings, [{ document: 'coast.rss#3', message: 'item coast.rss#3 ("No body at all") has no content or description, skipped' }]);
});

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nb">
  <title>Kystavisen</title>
  <entry>
    <id>tag:kyst.example,2024:1</id>
    <title type="html">Fyret &lt;em&gt;slukkes&lt;/em&gt;</title>
    <link rel="self" href="https://kyst.example/feed/1"/>
    <link rel="alternate" href="https://kyst.example/fyret"/>
    <updated>2024-06-12T09:00:00Z</updated>
    <published>2024-06-11T08:00:00Z</published>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Fyret på Skarv slukkes for godt i juni.</p><p>Fiskerne <b>protesterer</b> mot vedtaket.</p></div></content>
  </entry>
  <entry>
    <id>tag:kyst.example,2024:2</id>
    <title>Bare et sammendrag</title>
    <link href="https://kyst.example/sammendrag"/>
    <updated>2024-06-13</updated>
    <summary type="html">&lt;p&gt;Havneavgiftene øker.&lt;/p&gt;</summary>
  </entry>
</feed>`;

test('Atom: id, alternate link, published before updated, xhtml content and escaped summary', async () => {
  const { documents, warnings } = await collect(feedReader.read(encode(ATOM), 'kyst.atom', OPTIONS));
  assert.deepEqual(warnings, []);
  assert.deepEqual(documents.map((document) => document.id), ['tag:kyst.example,2024:1', 'tag:kyst.example,2024:2']);
  const [first, second] = documents;
  assert.equal(first?.title, 'Fyret slukkes');
  assert.equal(first?.url, 'https://kyst.example/fyret');
  assert.equal(first?.date, '2024-06-11T08:00:00.000Z');
  assert.equal(first?.declaredLanguage, 'nb');
  assert.equal(first?.text, 'Fyret på Skarv slukkes for godt i juni.\n\nFiskerne protesterer mot vedtaket.');
  assert.equal(second?.url, 'https://kyst.example/sammendrag');
  assert.equal(second?.date, '2024-06-13');
  assert.equal(second?.text, 'Havneavgiftene øker.');
});

test('a single item stays a list, and RSS 1.0 (RDF) items are read', async () => {
  const one = '<rss version="2.0"><channel><item><guid>only</guid><description>Just one item.</description></item></channel></rss>';
  assert.deepEqual((await collect(feedReader.read(encode(one), 'one.xml', OPTIONS))).documents.map((d) => d.text), ['Just one item.']);
  const rdf = '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://r.example/"><title>R</title></channel>' +
    '<item rdf:about="https://r.example/a"><title>A</title><link>https://r.example/a</link><dc:date>2024-01-02</dc:date>' +
    '<description>First RDF item.</description></item></rdf:RDF>';
  const { documents } = await collect(feedReader.read(encode(rdf), 'r.rdf', OPTIONS));
  assert.deepEqual(documents.map((d) => [d.id, d.date, d.text]), [['https://r.example/a', '2024-01-02', 'First RDF item.']]);
});

test('bad feeds: not XML, not a feed, broken XML, no items — each a warning naming the file', async () => {
  const notXml = await collect(feedReader.read(encode('this is not xml at all'), 'junk.rss', OPTIONS));
  assert.deepEqual(notXml.documents, []);
  assert.equal(notXml.warnings.length, 1);
  assert.match(notXml.warnings[0]?.message ?? '', /^not XML \(line 1: .+\), skipped$/);
  assert.equal(notXml.warnings[0]?.document, 'junk.rss');

  const sitemap = await collect(feedReader.read(encode('<?xml version="1.0"?><urlset><url><loc>https://x/</loc></url></urlset>'), 'sitemap.xml', OPTIONS));
  assert.deepEqual(sitemap.warnings, [{ document: 'sitemap.xml', message: 'not an RSS or Atom feed (root <urlset>), skipped' }]);

  const broken = `<rss version="2.0"><channel><item><guid>b1</guid><description>Fish & chips price rises.</description></item></channel></rss>`;
  const lenient = await collect(feedReader.read(encode(broken), 'broken.rss', OPTIONS));
  assert.deepEqual(lenient.documents.map((d) => d.text), ['Fish & chips price rises.']);
  assert.equal(lenient.warnings.length, 1);
  assert.match(lenient.warnings[0]?.message ?? '', /^feed is not well-formed XML \(line 1: .+\); read what could be parsed$/);

  const empty = await collect(feedReader.read(encode('<rss version="2.0"><channel><title>x</title></channel></rss>'), 'empty.rss', OPTIONS));
  assert.deepEqual(empty.warnings, [{ document: 'empty.rss', message: 'feed has no items' }]);
});

test('feeds are found by content whatever their name, and in windows-1252 by their XML declaration', async () => {
  const latin = new Uint8Array([
    ...Buffer.from('<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><item><guid>w</guid><description>Caf', 'latin1'),
    0xe9, 0x20, 0x93, ...Buffer.from('Skarv', 'latin1'), 0x94, ...Buffer.from('</description></item></channel></rss>', 'latin1'),
  ]);
  const root = makeTree({ 'feeds/latest': encode(ATOM), 'feeds/latin.rss': latin, 'feeds/notes.txt': 'A note that mentions <rss> but is text.' });
  const { documents, warnings } = await collect(readInputs([root]));
  assert.deepEqual(warnings, []);
  assert.deepEqual(documents.map((d) => [d.id, d.format]), [
    ['tag:kyst.example,2024:1', 'feed'],
    ['tag:kyst.example,2024:2', 'feed'],
    ['w', 'feed'],
    ['feeds/notes.txt', 'txt'],
  ]);
  assert.equal(byId(documents, 'w').text, 'Café “Skarv”');
});
