import type { Store } from '../stores/store.js';

/**
 * Version of what `index` writes besides the schema: the sketch (hashing, bands, fingerprints)
 * and the key layout. Documents indexed under another version cannot be compared with new
 * ones, so such a store is refused rather than silently mixed. Format 3: sketches scan the
 * clean text (`sketchText`) instead of hashing the text stage's tokens. Format 4: a document
 * is indexed under a hash-sampled, bounded selection of its stems and anchors
 * (`TERM_SELECTION`), not all of them. Format 5: English stems leave out function words only
 * (session 7's stop list), so English documents' term keys differ from format 4's. Format 6:
 * Dutch words are read through their headwords and compound parts (session 8), so Dutch
 * documents' term keys differ from format 5's; and a closing quote written with a space before
 * it (French « ») stays with its sentence, so such quotes' anchor keys differ. Format 7: clock
 * times and days of a month are anchors of their own (`t:21:15`, `d:march 3`), no longer bare
 * numbers and month names, so the anchor keys of documents stating them differ; and a site's
 * closing paragraph shared by two of its documents is boilerplate, so their clean text differs;
 * a publisher's appeal to readers is boilerplate; a German ordinal ("19. Jahrhundert") no
 * longer ends a sentence; projection drops closed-class function words instead of
 * stopwords-iso's lists for de es fr it nl pl pt and reads Polish declined words through their
 * headwords, so those documents' term keys differ. Format 8: paywall and login boxes, calls to
 * click through, press contact blocks and lines of contact details are boilerplate, and a page
 * run into one line of 100+ words loses such sentences, so those documents' clean text differs.
 * Format 9: a text that does not read as its title (a failed scrape) loses the lines it shares
 * with other documents, so those documents' clean text differs.
 */
export const INDEX_FORMAT = '9';
const META_KEY = 'index-format';

/** Stamps an empty store with the index format, or checks that a filled one matches. */
export async function checkIndexFormat(store: Store): Promise<void> {
  const found = await store.getMeta(META_KEY);
  if (found === INDEX_FORMAT) return;
  if (found === undefined && (await store.countDocuments()) === 0) {
    await store.setMeta(META_KEY, INDEX_FORMAT);
    return;
  }
  throw new Error(`this index was built with index format ${found ?? '1'}, this storytrace writes format ${INDEX_FORMAT}: index the documents again into a new store`);
}
