import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { CACHED_PER_LANGUAGE, readCachedLexicon, writeCachedLexicon } from './combined-lexicon-cache.js';

// Every folder a test makes lives under one scratch folder, removed when the file's tests end.
const scratch = mkdtempSync(join(tmpdir(), 'storytrace-lexicon-prune-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const lexicon = { license: 'GPL-2.0-or-later', families: ['gpl'], sources: [], entries: 'rumah\thome' };
const fingerprint = (n: number): string => n.toString(16).padStart(32, '0');

test('writeCachedLexicon keeps only the newest combined lexicons of a language, and leaves other languages alone', () => {
  const dir = mkdtempSync(join(scratch, 'lexicon-prune-'));
  assert.equal(writeCachedLexicon(dir, 'es', fingerprint(99), lexicon), undefined);
  for (let n = 1; n <= CACHED_PER_LANGUAGE + 2; n += 1) {
    assert.equal(writeCachedLexicon(dir, 'id', fingerprint(n), lexicon), undefined);
    // Older writes get older times, as they would across runs.
    const seconds = 1_000_000 + n * 60;
    utimesSync(join(dir, `id-${fingerprint(n)}.json.gz`), seconds, seconds);
  }
  const ids = readdirSync(dir).filter((name) => name.startsWith('id-')).sort();
  const newest = Array.from({ length: CACHED_PER_LANGUAGE }, (_, i) => i + 3);
  assert.deepEqual(ids, newest.map((n) => `id-${fingerprint(n)}.json.gz`));
  assert.equal(readCachedLexicon(dir, 'es', fingerprint(99))?.entries, 'rumah\thome');
  assert.equal(readCachedLexicon(dir, 'id', fingerprint(1)), undefined);
});
