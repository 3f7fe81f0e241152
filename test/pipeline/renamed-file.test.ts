import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexPaths } from '../../src/index.js';
import { MemoryStore } from '../../src/stores/index.js';

const STORY = 'The harbour of St Aldric reopened on Monday after three days of storms, the harbour master said.\n\n'
  + 'Ferries will resume their normal schedule on Tuesday morning, the port authority added in a statement.';

test('a renamed file is indexed under its new id and the run names the old id and how to drop it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'storytrace-rename-'));
  try {
    writeFileSync(join(dir, 'old-name.txt'), STORY);
    const store = new MemoryStore();
    await indexPaths([dir], store);
    renameSync(join(dir, 'old-name.txt'), join(dir, 'new-name.txt'));
    const again = await indexPaths([dir], store);
    assert.deepEqual(again.added, ['new-name.txt']);
    assert.deepEqual(again.warnings, [{
      document: 'new-name.txt',
      message: 'same text as stored "old-name.txt", not read this run: if it was renamed, "storytrace remove old-name.txt" drops the old id',
    }]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('two copies read in the same run are no rename', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'storytrace-rename-'));
  try {
    writeFileSync(join(dir, 'one.txt'), STORY);
    writeFileSync(join(dir, 'two.txt'), STORY);
    const report = await indexPaths([dir], new MemoryStore());
    assert.deepEqual(report.warnings, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
