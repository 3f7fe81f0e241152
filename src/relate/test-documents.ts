import { toSharedSpace } from '../pipeline/shared-space.js';
import { analyzeText } from '../text/index.js';
import type { PairDocument } from './index.js';

/** A hand-written English news article (a container spill) that the relate tests derive versions from. */
export const ARTICLE = [
  'The port authority of Lenholm said on Monday that 212 containers fell from the cargo ship Marisol during a storm in the North Channel.',
  'Coast guard vessels recovered 38 of the containers by Tuesday evening, according to Harbour Master Elin Strand.',
  '"We are treating every container as a hazard to shipping until it is found," Ms. Strand said at a press conference.',
  'The shipping company, Vester Lines, said none of the containers held dangerous goods.',
  'Fishermen were asked to report any debris to the harbour office on channel 16.',
  'The Marisol was travelling from Antwerp to Lenholm with 1,400 containers on board.',
  'Investigators will examine how the cargo was secured before the ship left port.',
].join(' ');

/** An English text as verification sees it (id doubling as content hash unless `extra` says otherwise). */
export function englishDocument(id: string, text: string, extra: Partial<PairDocument> = {}): PairDocument {
  const a = analyzeText({ text, declaredLanguage: 'en' });
  return { id, language: a.language, contentHash: id, text: a.cleanText, sentences: a.sentences, boilerplateLines: a.boilerplate.length, ...extra };
}

/** A German text as verification sees it: its sentences projected into the English space. */
export function germanDocument(id: string, text: string, extra: Partial<PairDocument> = {}): PairDocument {
  const a = analyzeText({ text, declaredLanguage: 'de' });
  return { id, language: 'de', contentHash: id, text: a.cleanText, sentences: toSharedSpace(a.sentences, 'de'), boilerplateLines: 0, ...extra };
}
