// Session 12: every command used to load the whole pipeline, the HTTP server and the HTML
// reader before parsing its arguments, so `explain` and every `--help` paid for `serve` and
// `index`. Commands now load them when they run (src/cli/program.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { buildProgram } from '../../src/cli/program.js';

/** The npm packages of the CommonJS modules loaded in this process (each test file runs in its own). */
function loadedPackages(): Set<string> {
  const name = (file: string): string => {
    const tail = file.split('node_modules/').pop() ?? file;
    return tail.split('/').slice(0, tail.startsWith('@') ? 2 : 1).join('/');
  };
  return new Set(Object.keys(createRequire(import.meta.url).cache).map(name));
}

test('cli: building the command line loads neither the HTTP server nor the document readers', () => {
  const program = buildProgram();
  assert.ok(program.commands.some((c) => c.name() === 'serve'), 'the commands are registered');
  const loaded = loadedPackages();
  assert.ok(loaded.has('commander'), 'the probe sees CommonJS packages');
  for (const heavy of ['fastify', '@fastify/swagger', '@mozilla/readability', 'linkedom', 'chardet', 'bullmq']) {
    assert.equal(loaded.has(heavy), false, `${heavy} is loaded before any command runs`);
  }
});
