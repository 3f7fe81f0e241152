// How common an English word is, to order a dictionary's readings when the dictionary's own order
// means nothing. FreeDict's ara-eng is eng-ara read backwards, and both list an Arabic word's
// English counterparts alphabetically: الشخص reads "cuss, character, fellow, person", شركة's
// first reading is "mantrap". WordNet's sense-tagged counts (how often each sense of a word was
// tagged in the Semantic Concordance, a sample of the Brown corpus) rank "person" (6834) far above
// "cuss" (3) and "mantrap" (0).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stemmer } from '@orama/stemmers/english';

/** English Porter2 stem → commonness score (higher is more common); stems never seen are absent. */
export type Commonness = ReadonlyMap<string, number>;

/**
 * Reads WordNet's `cntlist.rev` (`lemma%sense_key sense_number tag_count` per line) into summed
 * tag counts per Porter2 stem, and adds one per sense listed in the `index.<pos>` files, so that
 * a word WordNet knows but the concordance never tagged still outranks one WordNet does not know
 * (a name in a reversed dictionary: "joe", "croydon"). Multi-word lemmas are left out: readings
 * are compared stem by stem.
 * @param cntlist text of `cntlist.rev`
 * @param indexes texts of `index.noun`, `index.verb`, `index.adj`, `index.adv`
 * @returns stem → score
 */
export function commonnessFromWordnet(cntlist: string, indexes: readonly string[]): Map<string, number> {
  const scores = new Map<string, number>();
  const add = (lemma: string, amount: number): void => {
    if (lemma === '' || lemma.includes('_') || !Number.isFinite(amount) || amount <= 0) return;
    const stem = stemmer(lemma.toLowerCase());
    scores.set(stem, (scores.get(stem) ?? 0) + amount);
  };
  for (const line of cntlist.split('\n')) {
    const [senseKey = '', , count = ''] = line.trim().split(' ');
    add(senseKey.split('%')[0] ?? '', Number.parseInt(count, 10));
  }
  for (const text of indexes) {
    for (const line of text.split('\n')) {
      // Licence header lines start with a space; entries are "lemma pos synset_cnt …".
      if (line.startsWith(' ')) continue;
      const [lemma = '', , senses = ''] = line.split(' ');
      add(lemma, Number.parseInt(senses, 10));
    }
  }
  return scores;
}

/**
 * Reads the commonness table from an unpacked WordNet dict folder (Debian `wordnet-base`:
 * /usr/share/wordnet).
 * @param dictDir folder with `cntlist.rev` and the `index.*` files
 */
export function readCommonness(dictDir: string): Map<string, number> {
  const indexes = ['noun', 'verb', 'adj', 'adv'].map((pos) => readFileSync(join(dictDir, `index.${pos}`), 'utf8'));
  return commonnessFromWordnet(readFileSync(join(dictDir, 'cntlist.rev'), 'utf8'), indexes);
}
