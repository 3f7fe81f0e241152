// Measures how much running text the lexicon packs read, and how fast they load.
// Usage: node --import tsx scripts/lexicons/measure-coverage.ts <lang> <file-or-dir>...
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadLexicon, projectionCoverage, projectTokens } from '../../src/crosslingual/index.js';

const [lang = 'id', ...paths] = process.argv.slice(2);
const files = paths.flatMap((path) =>
  statSync(path).isDirectory() ? readdirSync(path).filter((name) => name.endsWith('.txt')).sort().map((name) => join(path, name)) : [path],
);
const started = performance.now();
const lexicon = loadLexicon(lang);
const loadMs = performance.now() - started;
if (lexicon === undefined) {
  process.stderr.write(`no lexicon pack for ${lang}\n`);
  process.exit(1);
}
const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
// One token stream over all files: coverage is then the share of all content words read.
const tokens = files.flatMap((file) => words(readFileSync(file, 'utf8')));
const projectStarted = performance.now();
const stems = projectTokens(tokens, lang, lexicon);
const projectMs = performance.now() - projectStarted;
const coverage = projectionCoverage(tokens, lang, lexicon);
process.stdout.write(
  `${lang}: ${files.length} files, ${tokens.length} words → ${stems.length} stems, coverage ${(100 * coverage).toFixed(1)} % of content words, ` +
    `load ${loadMs.toFixed(0)} ms, ${Math.round(tokens.length / (projectMs / 1000))} words/s projected\n`,
);
