// Projection speed: Indonesian 400-word documents → English stems, per core.
//   node --import tsx bench/measure-projection.ts [--docs 2000] [--repeats 3]
// Documents are cut from the Indonesian plagiarism corpus in ../shared (skips when absent).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadLexicon, projectTokens, type Lexicon } from '../src/crosslingual/index.js';
import { analyzeSentences } from '../src/text/index.js';

/** Words per benchmark document (the issue's "news-sized" Indonesian document). */
export const WORDS_PER_DOCUMENT = 400;
/** Words per sentence when a document is cut into sentences (Indonesian news averages ≈ 20). */
const WORDS_PER_SENTENCE = 20;

/**
 * Cuts a token stream into documents of {@link WORDS_PER_DOCUMENT} words, each a list of
 * sentences of {@link WORDS_PER_SENTENCE}, cycling over the stream until `count` are made.
 */
export function cutDocuments(tokens: readonly string[], count: number): string[][][] {
  const docs: string[][][] = [];
  if (tokens.length < WORDS_PER_DOCUMENT) return docs;
  let at = 0;
  while (docs.length < count) {
    const doc: string[][] = [];
    for (let s = 0; s < WORDS_PER_DOCUMENT / WORDS_PER_SENTENCE; s++) {
      const sentence: string[] = [];
      for (let w = 0; w < WORDS_PER_SENTENCE; w++) {
        sentence.push(tokens[at] ?? '');
        at = (at + 1) % tokens.length;
      }
      doc.push(sentence);
    }
    docs.push(doc);
  }
  return docs;
}

/** The least work a projection must do: one lexicon lookup per word, no stop words, no affixes. */
function lookupOnly(docs: readonly string[][][], lexicon: Lexicon): number {
  let found = 0;
  for (const doc of docs) for (const sentence of doc) for (const word of sentence) found += lexicon.lookup(word)?.length ?? 0;
  return found;
}

function projectAll(docs: readonly string[][][], lexicon: Lexicon): number {
  let stems = 0;
  for (const doc of docs) for (const sentence of doc) stems += projectTokens(sentence, 'id', lexicon).length;
  return stems;
}

function docsPerSecond(run: () => number, docs: number, repeats: number): number {
  let best = Infinity;
  for (let r = 0; r < repeats; r++) {
    const started = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e9);
  }
  return docs / best;
}

/** Runs the bench from the command line (not when a test imports the helpers). */
function main(): void {
  const { values } = parseArgs({ options: { docs: { type: 'string', default: '2000' }, repeats: { type: 'string', default: '3' } } });
  const dir = join(process.cwd(), '..', 'shared', 'datasets', 'indonesian-plagiarism-corpus', 'source-documents');
  const lexicon = loadLexicon('id');
  if (!existsSync(dir) || lexicon === undefined) {
    console.log(`projection bench skipped: ${existsSync(dir) ? 'no id lexicon pack' : `${dir} absent`}`);
  } else {
    const text = readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    const docs = cutDocuments(analyzeSentences(text, 'id').flatMap((s) => s.tokens), Number(values.docs));
    const repeats = Number(values.repeats);
    // First pass fills the lexicon's split cache and the word cache: what a long run sees.
    projectAll(docs, lexicon);
    const bound = docsPerSecond(() => lookupOnly(docs, lexicon), docs.length, repeats);
    const projected = docsPerSecond(() => projectAll(docs, lexicon), docs.length, repeats);
    console.log(`${docs.length} Indonesian documents of ${WORDS_PER_DOCUMENT} words, best of ${repeats}`);
    console.log(`lookup-only bound: ${Math.round(bound)} docs/s`);
    console.log(`projectTokens:     ${Math.round(projected)} docs/s (${(projected / bound).toFixed(2)} × bound)`);
  }
}

if (process.argv[1]?.endsWith('measure-projection.ts')) main();
