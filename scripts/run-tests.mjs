#!/usr/bin/env node
// Node 20's test runner neither expands globs nor finds .ts files on its own (a green run
// that tested nothing), so list the test files here and hand them over explicitly.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const roots = process.argv.length > 2 ? process.argv.slice(2) : ['src', 'test', 'eval', 'bench', 'scripts'];
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.test\.ts$/.test(name)) files.push(path);
  }
};
for (const root of roots) {
  if (statSync(root, { throwIfNoEntry: false })?.isDirectory()) walk(root);
  else if (/\.test\.ts$/.test(root)) files.push(root);
}
if (files.length === 0) {
  console.error('run-tests: no *.test.ts files found');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
