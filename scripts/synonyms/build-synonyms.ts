// Builds lexicons/en-synonyms.json.gz from Debian's wordnet-base (WordNet 3.0).
// Run: node --import tsx scripts/synonyms/build-synonyms.ts [--cache DIR] [--out FILE]
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { fetchWordnet } from './fetch-wordnet.js';
import { readExceptions, readWordnet } from './read-wordnet.js';
import { DEFAULT_SELECT_OPTIONS, selectConcepts } from './select-concepts.js';
import { toPack } from './to-pack.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function argValue(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

function main(): void {
  const cacheDir = resolve(argValue('--cache', join(tmpdir(), 'storytrace-wordnet')));
  const outPath = resolve(argValue('--out', join(ROOT, 'lexicons/en-synonyms.json.gz')));
  const fetched = fetchWordnet(cacheDir);
  const wordnet = readWordnet(fetched.dictDir);
  const concepts = selectConcepts(wordnet, readExceptions(fetched.dictDir), DEFAULT_SELECT_OPTIONS);
  const { pack, synsetCount } = toPack(concepts, 'WordNet 3.0');
  // Node writes no timestamp into the gzip header, so rebuilds are byte-identical.
  const gz = gzipSync(JSON.stringify(pack), { level: 9 });
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, gz);
  const stems = Object.keys(pack.entries).length;
  process.stdout.write(
    `build-synonyms: wordnet-base ${fetched.version}, ${wordnet.synsets.size} synsets read; ` +
      `${stems} stems, ${synsetCount} shared synsets, ${(gz.length / 1024).toFixed(0)} KiB → ${outPath}\n`,
  );
}

main();
