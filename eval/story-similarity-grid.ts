// The parameter search behind STORY_SIMILARITY_PARAMS and the ablation the report shows: both
// are run on the tuning half only for the choice; the ablation is printed for both halves.
import { pearson } from './metrics.js';
import { sparseCosine } from './baselines.js';
import { calibrateStoryCosine, storyVector, STORY_SIMILARITY_PARAMS, type StemFrequencies, type StorySimilarityParams, type StoryText } from './story-similarity.js';

/** A scored pair as the grid needs it: both texts, whether they share a language, gold (higher = more similar). */
export interface GridPair {
  /** Both articles, per projection ({@link StorySimilarityParams.readings}). */
  texts: Record<StorySimilarityParams['readings'], { a: StoryText; b: StoryText }>;
  sameLanguage: boolean;
  /** Gold similarity, higher = more similar (SemEval: the negated Overall). */
  gold: number;
  /** verifyPair's whole-document stem cosine, the score before this round. */
  documentCosine: number;
}

/** Stem frequencies of the collection per projection. */
export type GridFrequencies = Record<StorySimilarityParams['readings'], StemFrequencies>;

/** One grid point and its Pearson r. */
export interface StoryGridRow {
  params: StorySimilarityParams;
  r: number;
}

const READINGS: readonly StorySimilarityParams['readings'][] = ['all', 'first', 'ranked'];
const LEADS = [0, 1, 2, 3];
const DECAYS = [1, 2, 4];
const POWERS = [0.5, 0.6, 0.7, 0.8, 0.9, 1];
const CROSS = [1, 1.25, 1.5, 1.75, 2];

function cosines(pairs: readonly GridPair[], freq: GridFrequencies, params: Readonly<StorySimilarityParams>, withTitle = true): number[] {
  const strip = (t: StoryText): StoryText => (withTitle ? t : { ...t, titleStems: [] });
  return pairs.map((p) => {
    const { a, b } = p.texts[params.readings];
    return sparseCosine(storyVector(strip(a), freq[params.readings], params), storyVector(strip(b), freq[params.readings], params));
  });
}

/**
 * Pearson r of every grid point (readings, lead, decay, power, cross-language scale) on the given pairs,
 * best first; ties broken by the smaller parameters, so the order is deterministic.
 * @param pairs the tuning half only
 */
export function storyGrid(pairs: readonly GridPair[], freq: GridFrequencies): StoryGridRow[] {
  const gold = pairs.map((p) => p.gold);
  const rows: StoryGridRow[] = [];
  for (const readings of READINGS) for (const lead of LEADS) {
    for (const leadDecay of lead === 0 ? [1] : DECAYS) {
      const cos = cosines(pairs, freq, { ...STORY_SIMILARITY_PARAMS, readings, lead, leadDecay });
      for (const power of POWERS) {
        for (const crossLanguage of CROSS) {
          const params = { readings, lead, leadDecay, power, crossLanguage };
          rows.push({ params, r: pearson(cos.map((c, i) => calibrateStoryCosine(c, pairs[i]?.sameLanguage ?? true, params)), gold) });
        }
      }
    }
  }
  const key = (p: StorySimilarityParams): number[] => [READINGS.indexOf(p.readings), p.lead, p.leadDecay, p.power, p.crossLanguage];
  return rows.sort((x, y) => y.r - x.r || compareArrays(key(x.params), key(y.params)));
}

function compareArrays(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/**
 * Pearson r as each part of the score is added, in order: the plain cosine of verifyPair, the
 * IDF-weighted cosine, headline and lead weighting, the power, the cross-language scale, the
 * readings per foreign word.
 * @param params the shipped parameters (each step turns one more of them on)
 * @returns step name and r, in order
 */
export function storyAblation(pairs: readonly GridPair[], freq: GridFrequencies, params: Readonly<StorySimilarityParams> = STORY_SIMILARITY_PARAMS): { step: string; r: number }[] {
  const gold = pairs.map((p) => p.gold);
  const flat = { readings: 'all' as const, lead: 0, leadDecay: 1, power: 1, crossLanguage: 1 };
  const idfOnly = cosines(pairs, freq, flat, false);
  const lead = cosines(pairs, freq, { ...flat, lead: params.lead, leadDecay: params.leadDecay });
  const calibrated = (cos: readonly number[], p: StorySimilarityParams): number[] => cos.map((c, i) => calibrateStoryCosine(c, pairs[i]?.sameLanguage ?? true, p));
  return [
    { step: 'stem cosine (verifyPair, before this round)', r: pearson(pairs.map((p) => p.documentCosine), gold) },
    { step: '+ IDF from the pair collection', r: pearson(idfOnly, gold) },
    { step: `+ headline and lead weighted (lead ${params.lead}, decay ${params.leadDecay})`, r: pearson(lead, gold) },
    { step: `+ power ${params.power}`, r: pearson(calibrated(lead, { ...flat, lead: params.lead, leadDecay: params.leadDecay, power: params.power }), gold) },
    { step: `+ cross-language scale ${params.crossLanguage}`, r: pearson(calibrated(lead, { ...params, readings: 'all' }), gold) },
    { step: `+ ${params.readings} reading(s) of each foreign word (shipped)`, r: pearson(calibrated(cosines(pairs, freq, params), params), gold) },
  ];
}
