// Training-half diagnostic: the running words of the even UDHR units that a language's lexicon
// does not read (stop words and numbers left out), counted over tokens, commonest first.
// Nothing from a test half is read.
// Usage: node --import tsx eval/translation/training-coverage.ts <lang> [top=40]
import { loadLexicon, projectTokens } from '../../src/crosslingual/index.js';
import { analyzeSentences } from '../../src/text/index.js';
import type { LanguageCode } from '../../src/text/types.js';
import { readUdhrUnits } from './udhr-units.js';

const lang = (process.argv[2] ?? 'nl') as LanguageCode;
const top = Number(process.argv[3] ?? 40);
const lexicon = loadLexicon(lang);
if (lexicon === undefined) {
  console.log(`${lang}: no lexicon`);
  process.exit(0);
}
const units = readUdhrUnits(lang).filter((u) => u.number % 2 === 0);
const tokens = units.flatMap((u) => analyzeSentences(u.paragraphs.join('\n\n'), lang).flatMap((s) => s.tokens));
const missed = new Map<string, number>();
let content = 0;
for (const token of tokens) {
  // A kept unknown word projects to itself only when unknown words are kept; a read word
  // projects either way; a stop word never. Numbers are read as themselves (not content).
  if (/^\d/.test(token)) continue;
  const kept = projectTokens([token], lang, lexicon).length > 0;
  const read = projectTokens([token], lang, lexicon, { keepUnknown: false }).length > 0;
  if (!kept) continue;
  content += 1;
  if (!read) missed.set(token, (missed.get(token) ?? 0) + 1);
}
const missedTotal = [...missed.values()].reduce((a, b) => a + b, 0);
console.log(`${lang}: ${units.length} training units, ${tokens.length} tokens, ${content} content tokens, ${missedTotal} unread (${((100 * missedTotal) / Math.max(1, content)).toFixed(1)} %)`);
console.log([...missed].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top).map(([w, n]) => `${w} ${n}`).join(', '));
