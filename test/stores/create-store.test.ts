import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
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

  it('fails fast with the address when Redis cannot be reached', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const started = Date.now();
    await assert.rejects(createStore(`redis://127.0.0.1:${port}`), new RegExp(`cannot reach Redis at 127\\.0\\.0\\.1:${port}: connection refused`));
    await assert.rejects(createStore(`redis+cluster://127.0.0.1:${port},127.0.0.1:${port}?prefix=x`), new RegExp(`cannot reach Redis at 127\\.0\\.0\\.1:${port},127\\.0\\.0\\.1:${port}`));
    assert.ok(Date.now() - started < 15000, `took ${Date.now() - started} ms`);
  });

  it('names what is wrong with a Redis spec', async () => {
    await assert.rejects(createStore('redis://localhost:99999'), /"99999" is not a port number/);
    await assert.rejects(createStore('redis://localhost:6379?prefix=a{b}'), /prefix "a\{b\}" must be/);
    await assert.rejects(createStore('redis://localhost:6379?db=2'), /unknown parameter "db"/);
    await assert.rejects(createStore('redis://localhost:6379/x'), /"x" is not a database number/);
    await assert.rejects(createStore('redis://localhost:6379?buckets=100'), /buckets "100" must be a power of two/);
    await assert.rejects(createStore('redis+cluster://h:1?buckets=0'), /buckets "0" must be a power of two/);
    await assert.rejects(createStore('redis+cluster://?prefix=a'), /names no cluster node/);
  });

  it('lists the accepted forms for an unknown spec', async () => {
    await assert.rejects(createStore('postgres://db/stories'), /Unknown store spec "postgres:\/\/db\/stories".*memory.*sqlite:PATH.*\.db.*redis:\/\/.*redis\+cluster:\/\//);
    await assert.rejects(createStore('stories.txt'), /Unknown store spec/);
    await assert.rejects(createStore('sqlite:'), /names no file/);
  });
});
