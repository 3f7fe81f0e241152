import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createStore, MemoryStore, SqliteStore } from '../../src/stores/index.js';

const dir = mkdtempSync(join(tmpdir(), 'storytrace-create-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('createStore', () => {
  it('opens a memory store for "memory"', async () => {
    const store = await createStore('memory');
    assert.ok(store instanceof MemoryStore);
    await store.close();
  });

  for (const [spec, file] of [
    [`sqlite:${join(dir, 'prefixed')}`, join(dir, 'prefixed')],
    [join(dir, 'bare.db'), join(dir, 'bare.db')],
    [join(dir, 'bare.sqlite'), join(dir, 'bare.sqlite')],
  ] as const) {
    it(`opens a SQLite store for ${spec.replace(dir, '<tmp>')}`, async () => {
      const store = await createStore(spec);
      assert.ok(store instanceof SqliteStore);
      assert.equal(store.path, file);
      await store.close();
      assert.ok(existsSync(file));
    });
  }

  it('defaults to ./storytrace.db in the working directory', async () => {
    const before = process.cwd();
    process.chdir(dir);
    try {
      const store = await createStore();
      assert.ok(store instanceof SqliteStore);
      await store.close();
      assert.ok(existsSync(join(dir, 'storytrace.db')));
    } finally {
      process.chdir(before);
    }
  });

  it('says the Redis backend is not available yet', async () => {
    await assert.rejects(createStore('redis://localhost:6379'), /Redis backend is not available yet/);
    await assert.rejects(createStore('rediss://cache.example.test:6380/0'), /Redis backend is not available yet/);
  });

  it('lists the accepted forms for an unknown spec', async () => {
    await assert.rejects(createStore('postgres://db/stories'), /Unknown store spec "postgres:\/\/db\/stories".*memory.*sqlite:PATH.*\.db.*redis:\/\//);
    await assert.rejects(createStore('stories.txt'), /Unknown store spec/);
    await assert.rejects(createStore('sqlite:'), /names no file/);
  });
});
