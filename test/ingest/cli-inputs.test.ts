import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { makeTree } from './ingest-helpers.js';
import { makeWarc } from './warc-helpers.js';

const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '' } });

const ORIGINAL = [
  'The regional council of Vestmark voted on Tuesday to close the old stone bridge at Lunde to all motor traffic from the first of September.',
  'Engineers found deep cracks in two of the three arches during an inspection in the spring, the council said in a statement.',
  'Repairs are expected to cost at least forty million crowns and to take two years, according to the roads department.',
  'Buses will be diverted over the new bridge at Holm, adding about fifteen minutes to the journey between Lunde and the town centre.',
  'Cyclists and pedestrians will still be allowed to cross while the work is planned, the council added.',
  'Local shop owners said they feared losing customers, and a petition against the closure has gathered more than two thousand names.',
];
const COPY = [
  'The regional council of Vestmark voted on Tuesday to close the old stone bridge at Lunde to all motor traffic from September 1.',
  'Engineers found deep cracks in two of the three arches during an inspection in the spring, the council said.',
  'Repairs are expected to cost at least forty million crowns and to take two years, according to the roads department.',
  'Buses will be diverted over the new bridge at Holm, adding about fifteen minutes to the journey between Lunde and the town centre.',
  'Local shop owners said they feared losing customers, and a petition against the closure has gathered more than two thousand names.',
];

function page(title: string, paragraphs: string[], published: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
    `<meta property="article:published_time" content="${published}"></head><body><nav>Front page | Local</nav>` +
    `<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article><footer>All rights reserved</footer></body></html>`;
}

test('CLI: analyze a WARC.gz finds the story between an article and its edited copy; index --json reports the skipped records', { timeout: 120_000 }, async () => {
  const warc = await makeWarc([
    { type: 'request', url: 'https://vestmark-news.example/bridge', body: '' },
    { url: 'https://vestmark-news.example/bridge', date: '2024-05-03T12:00:00Z', body: gzipSync(page('Lunde bridge to close', ORIGINAL, '2024-05-02T06:00:00Z')), headers: { 'Content-Encoding': 'gzip' } },
    { url: 'https://vestmark-news.example/logo.png', body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), contentType: 'image/png' },
    { url: 'https://aggregator.example/lunde', date: '2024-05-04T08:00:00Z', body: page('Bridge at Lunde closes to cars', COPY, '2024-05-03T09:00:00Z') },
  ], true);
  const root = makeTree({ 'crawl.warc.gz': warc });
  const file = join(root, 'crawl.warc.gz');

  const indexed = cli(['index', file, '--store', 'memory', '--json', '--quiet']);
  assert.equal(indexed.status, 0, indexed.stderr);
  const report = JSON.parse(indexed.stdout) as { added: string[]; warnings: { document: string; message: string }[] };
  assert.deepEqual([...report.added].sort(), [
    'https://aggregator.example/lunde@2024-05-04T08:00:00Z',
    'https://vestmark-news.example/bridge@2024-05-03T12:00:00Z',
  ]);
  assert.deepEqual(report.warnings.map((w) => w.message), [
    'skipped 2 records without an HTML or text page: 1 non-HTML response (image/png), 1 request',
  ]);

  const analyzed = cli(['analyze', file, '--store', 'memory', '--json', '--quiet']);
  assert.equal(analyzed.status, 0, analyzed.stderr);
  const result = JSON.parse(analyzed.stdout) as { stories: { origin: { document: string }; members: { document: string; relation: string }[] }[] };
  assert.equal(result.stories.length, 1, analyzed.stdout);
  const story = result.stories[0];
  assert.equal(story?.origin.document, 'https://vestmark-news.example/bridge@2024-05-03T12:00:00Z');
  const copy = story?.members.find((member) => member.document === 'https://aggregator.example/lunde@2024-05-04T08:00:00Z');
  assert.ok(copy !== undefined, analyzed.stdout);
  assert.notEqual(copy.relation, 'origin');
});

test('CLI: JSON Lines piped to `index -` are read as documents', { timeout: 60_000 }, () => {
  const input = [
    JSON.stringify({ id: 'wire-1', text: ORIGINAL.join(' '), date: '2024-05-02' }),
    '{"id": "broken"',
    JSON.stringify({ id: 'paper-1', text: COPY.join(' '), date: '2024-05-03' }),
  ].join('\n');
  const run = cli(['index', '-', '--store', 'memory', '--json', '--quiet'], input);
  assert.equal(run.status, 0, run.stderr);
  const report = JSON.parse(run.stdout) as { added: string[]; warnings: { document: string; message: string }[] };
  assert.deepEqual([...report.added].sort(), ['paper-1', 'wire-1']);
  assert.equal(report.warnings.length, 1);
  assert.equal(report.warnings[0]?.document, 'stdin:2');
  assert.match(report.warnings[0]?.message ?? '', /^malformed JSON line, skipped/);
});
