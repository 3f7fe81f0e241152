import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/index.js';

const ARTICLE = [
  'City council approves new tram line for the eastern districts',
  '',
  'The city council of Maravel voted 31 to 9 on Tuesday to build a 14-kilometre tram line linking the eastern districts to the central station.',
  'The line will cost 820 million euros and should open in 2029, according to the transport department.',
  '"This is the largest investment in public transport the city has made in forty years," said Deputy Mayor Ilse Varga.',
  'Residents of Kelby and Northgate have waited for a rail link since the bus depot closed in 2019.',
  'Opposition councillors said the budget left no money for road repairs and voted against the plan.',
  'Construction of the first section, between Northgate and the river, is due to start next spring.',
].join('\n\n');
const EDITED = ARTICLE.replace('voted 31 to 9 on Tuesday', 'voted 31 to 9 late on Tuesday').replace('Opposition councillors said', 'Several opposition councillors said') + '\n\nThe council will publish the full route next month.';

const dir = mkdtempSync(join(tmpdir(), 'storytrace-bad-'));
mkdirSync(join(dir, 'ok'));
writeFileSync(join(dir, 'ok', 'tram.txt'), ARTICLE);
writeFileSync(join(dir, 'ok', 'tram-copy.txt'), EDITED);
writeFileSync(join(dir, 'empty.txt'), '');
writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a, 0x1a, 0x00, 0xff, 0xfe, 0x00, 0x01]));
writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 owners in S\xe3o Bento said the new tram would bring more customers to the old market square every weekend.', 'latin1'));
writeFileSync(join(dir, 'broken.html'), '<html><head><title>Broken</title><body><div><p>Heavy rain flooded the lower town on Sunday night and closed two schools.<p>Firefighters pumped water from 40 cellars');
writeFileSync(join(dir, 'feed.jsonl'), `{"id":"j1","text":"The harbour authority raised port fees by four percent from July, citing higher dredging costs."}\n{"id": "j2", "text": broken\n{"id":"j3","text":"A new ferry route to the northern islands opens in May with two sailings a day."}\n`);
const big = 'The committee met again on Thursday to review the budget figures for the coming year. '.repeat(600_000);
writeFileSync(join(dir, 'huge.txt'), big);

test('bad inputs give warnings naming the document and the rest of the batch is analysed', { timeout: 120_000 }, async () => {
  try {
    const result = await analyze([dir], { store: 'memory' });
    const warned = (doc: string, pattern: RegExp): boolean => result.warnings.some((w) => w.document.endsWith(doc) && pattern.test(w.message));
    assert.ok(big.length > 50_000_000);
    assert.ok(warned('empty.txt', /empty/), 'empty file');
    assert.ok(warned('binary.txt', /binary/), 'binary file');
    assert.ok(warned('latin1.txt', /windows-1252|encoding/), 'Latin-1 file');
    assert.ok(warned('feed.jsonl:2', /JSON|malformed|parse/i), 'malformed JSONL line');
    assert.ok(warned('huge.txt', /truncat/), 'huge file truncated');
    const ids = result.documents.map((d) => d.id);
    for (const id of ['ok/tram.txt', 'ok/tram-copy.txt', 'latin1.txt', 'broken.html', 'j1', 'j3', 'huge.txt']) assert.ok(ids.includes(id), `${id} analysed`);
    const story = result.stories.find((s) => s.members.some((m) => m.document === 'ok/tram.txt'));
    assert.deepEqual(story?.members.map((m) => m.document).sort(), ['ok/tram-copy.txt', 'ok/tram.txt']);
    assert.deepEqual(story?.members.map((m) => m.relation).sort(), ['edited-copy', 'origin']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
