// The HTTP API answers what the CLI and the library answer on the example data, validates what
// it is sent, and keeps writes in order.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/api/index.js';
import { createStore, explainPair, indexPaths, removeDocuments, summarizeStore, trackStoryChanges, type AnalysisResult, type Store } from '../../src/index.js';
import type { RawDocument } from '../../src/ingest/index.js';
import { asInput, exampleDocuments, getJson, listenLoopback, postJson } from './api-helpers.js';

const EXAMPLES = new URL('../../examples', import.meta.url).pathname;

let cli: Store;
let api: Store;
let app: FastifyInstance;
let base = '';
let docs: RawDocument[] = [];
let posted: { status: number; body: unknown }[] = [];

before(async () => {
  cli = await createStore('memory');
  await indexPaths([EXAMPLES], cli);
  api = await createStore('memory');
  app = await buildServer(api);
  base = await listenLoopback(app);
  docs = await exampleDocuments();
  // All at once: the server must queue the writes itself.
  posted = await Promise.all(docs.map((d) => postJson(`${base}/documents`, asInput(d))));
});

after(async () => {
  await app.close();
  await api.close();
  await cli.close();
});

test('api: every example document is accepted, one write at a time', () => {
  assert.ok(docs.length >= 12);
  assert.deepEqual(posted.map((p) => p.status), docs.map(() => 200));
});

test('api: GET /stories equals summarizeStore of the same documents indexed by the CLI', async () => {
  const { status, headers, body } = await getJson(`${base}/stories`);
  assert.equal(status, 200);
  assert.match(headers.get('content-type') ?? '', /^application\/json/);
  assert.equal(headers.get('x-content-type-options'), 'nosniff');
  const expected = await summarizeStore(cli);
  const got = body as AnalysisResult;
  assert.ok(expected.stories.length >= 1);
  assert.deepEqual(got.stories, expected.stories);
  assert.deepEqual(got.documents, expected.documents);
  assert.deepEqual(got, JSON.parse(JSON.stringify(await summarizeStore(api))));
});

test('api: GET /stories/:id and GET /pairs/:a/:b give the story and the evidence explainPair gives', async () => {
  const [story] = await cli.listStories();
  assert.ok(story);
  assert.deepEqual((await getJson(`${base}/stories/${encodeURIComponent(story.id)}`)).body, story);
  const derived = story.members.filter((x) => x.source !== null);
  assert.ok(derived.length > 0, 'the story has members with a source to explain');
  for (const m of derived) {
    const source = m.source ?? '';
    const x = await explainPair(cli, source, m.document);
    const got = await getJson(`${base}/pairs/${encodeURIComponent(source)}/${encodeURIComponent(m.document)}`);
    assert.equal(got.status, 200, `${source} vs ${m.document}`);
    const sentences = (d: typeof x.source) => ({ id: d.id, sentences: d.sentences.map((s) => s.text) });
    assert.deepEqual(got.body, JSON.parse(JSON.stringify({ ...x.pair, sourceDocument: sentences(x.source), targetDocument: sentences(x.target) })));
  }
  assert.equal((await getJson(`${base}/stories/story-nope`)).status, 404);
  const missing = await getJson(`${base}/pairs/${encodeURIComponent(story.origin.document)}/no-such-doc`);
  assert.equal(missing.status, 404);
  assert.match((missing.body as { message: string }).message, /no-such-doc/);
});

test('api: bad requests get a 400 that says what is wrong, and nothing is written', async () => {
  const before = await api.listDocumentIds();
  const cases: [unknown, RegExp][] = [
    [{ id: 'x', txt: 'typo in the field name' }, /^unknown field\(s\) txt \(a document has id, text, html, .*\); .*text/],
    [[{ id: 'x', text: 'fine' }, { id: 'w', text: 'fine', autor: 'typo' }], /^unknown field\(s\) autor /],
    [{ id: 7, text: 'an id that is a number' }, /id must be string/],
    [{ id: '', text: 'an empty id' }, /fewer than 1 characters/],
    [{ id: 'y', text: 'both', html: '<p>both</p>' }, /oneOf/],
    [[{ id: 'd', text: 'one' }, { id: 'd', text: 'two' }], /repeated id/],
    [[], /fewer than 1 items/],
  ];
  for (const [body, message] of cases) {
    const r = await postJson(`${base}/documents`, body);
    assert.equal(r.status, 400, JSON.stringify(body));
    assert.match((r.body as { message: string }).message, message);
  }
  const notJson = await fetch(`${base}/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"id": "z", "text": ' });
  assert.equal(notJson.status, 400);
  const noId = await fetch(`${base}/documents`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'a text without an id' });
  assert.equal(noId.status, 400);
  assert.match(((await noId.json()) as { message: string }).message, /querystring\/id is required/);
  const empty = await postJson(`${base}/documents`, { id: 'blank', text: '   ' });
  assert.equal(empty.status, 422);
  assert.deepEqual((empty.body as { warnings: unknown }).warnings, [{ document: 'blank', message: 'empty document, skipped' }]);
  assert.deepEqual(await api.listDocumentIds(), before);
});

test('api: text/plain and text/html bodies are documents too; a body over the limit is refused with 413', async () => {
  const small = await buildServer(await createStore('memory'), { bodyLimit: 2000 });
  const url = await listenLoopback(small);
  try {
    const text = 'The ferry to Calder Point will run a reduced timetable from Monday while the ramp is repaired.';
    const plain = await fetch(`${url}/documents?id=notice&site=Harbour%20Trust`, { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: text });
    assert.equal(plain.status, 200);
    assert.deepEqual(((await plain.json()) as { added: string[] }).added, ['notice']);
    const page = await fetch(`${url}/documents?id=page`, { method: 'POST', headers: { 'content-type': 'text/html' }, body: `<html><head><title>Ferry</title></head><body><article><p>${text}</p></article></body></html>` });
    assert.equal(page.status, 200);
    const summary = (await getJson(`${url}/stories`)).body as AnalysisResult;
    assert.deepEqual(summary.documents.map((d) => [d.id, d.site, d.title]), [['notice', 'Harbour Trust', null], ['page', null, 'Ferry']]);
    const big = await postJson(`${url}/documents`, { id: 'big', text: 'word '.repeat(1000) });
    assert.equal(big.status, 413);
  } finally {
    await small.close();
  }
});

test('api: DELETE /documents/:id changes the stories as removeDocuments does', async () => {
  const [story] = await cli.listStories();
  const member = story?.members.find((m) => m.relation !== 'origin');
  assert.ok(member);
  const expected = await trackStoryChanges(cli, () => removeDocuments([member.document], cli));
  const response = await fetch(`${base}/documents/${encodeURIComponent(member.document)}`, { method: 'DELETE' });
  assert.equal(response.status, 200);
  assert.deepEqual(await response.json(), JSON.parse(JSON.stringify({ removed: [member.document], changes: expected.changes })));
  assert.equal((await fetch(`${base}/documents/${encodeURIComponent(member.document)}`, { method: 'DELETE' })).status, 404);
  assert.deepEqual((await getJson(`${base}/stories`)).body, JSON.parse(JSON.stringify(await summarizeStore(cli))));
});

test('api: GET /openapi.json describes every route from its schemas', async () => {
  const { status, body } = await getJson(`${base}/openapi.json`);
  assert.equal(status, 200);
  const spec = body as { openapi: string; paths: Record<string, Record<string, unknown>> };
  assert.match(spec.openapi, /^3\./);
  assert.deepEqual(Object.keys(spec.paths).sort(), ['/documents', '/documents/{id}', '/pairs/{a}/{b}', '/report', '/stories', '/stories/{id}']);
  const post = spec.paths['/documents']?.['post'] as { requestBody: { content: Record<string, unknown> } };
  assert.deepEqual(Object.keys(post.requestBody.content).sort(), ['application/json', 'text/html', 'text/plain']);
});
