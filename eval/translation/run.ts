// Runs the cross-lingual evaluation alone and prints its markdown:
//   node --import tsx eval/translation/run.ts
import { runTranslationEval } from './index.js';

const started = Date.now();
for (const section of await runTranslationEval()) {
  console.log(`## ${section.title}\n\nCommand: \`${section.command}\`\n\n${section.markdown}\n`);
}
console.error(`translation eval: ${((Date.now() - started) / 1000).toFixed(1)} s`);
