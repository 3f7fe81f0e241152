import type { AnalysisResult } from '../../src/index.js';

/** One story of a hand-written news set: an English original, its versions and same-event negatives. */
export interface NewsTruthStory {
  origin: string;
  members: Record<string, { relation: string; source: string; language: string }>;
  /** Independent reports of the same event (same people and places): must stay out of every story. */
  negatives: string[];
}

/** The truth file of a news set (test/fixtures/multilingual-dev-truth.json, test/holdout-multilingual/truth.json). */
export interface NewsTruth {
  stories: NewsTruthStory[];
  unrelated: string[];
}

/** What became of one expected member. */
export interface MemberVerdict {
  id: string;
  language: string;
  expected: string;
  /** The relation the analysis gave it in the origin's story, or null when it is not there. */
  got: string | null;
  source: string | null;
  /** Right relation and right source, in the story whose origin is the expected original. */
  correct: boolean;
}

/** The scored analysis of a news set. */
export interface NewsScore {
  members: MemberVerdict[];
  /** Per story: the origin the analysis chose for the story holding the expected original (null: no story). */
  origins: { expected: string; got: string | null }[];
  /** Negatives and unrelated texts found in some story. */
  intruders: string[];
  negatives: number;
}

/**
 * Scores an analysis against the truth: each expected member must be in the story whose origin
 * is the expected original, with the expected relation and source; no negative or unrelated text
 * may be in any story. Pure.
 */
export function scoreNews(result: AnalysisResult, truth: NewsTruth): NewsScore {
  const members: MemberVerdict[] = [];
  const origins: NewsScore['origins'] = [];
  for (const t of truth.stories) {
    const story = result.stories.find((s) => s.members.some((m) => m.document === t.origin));
    origins.push({ expected: t.origin, got: story?.origin.document ?? null });
    for (const [id, want] of Object.entries(t.members)) {
      const got = story?.origin.document === t.origin ? story.members.find((m) => m.document === id) : undefined;
      members.push({
        id,
        language: want.language,
        expected: want.relation,
        got: got?.relation ?? null,
        source: got?.source ?? null,
        correct: got !== undefined && got.relation === want.relation && got.source === want.source,
      });
    }
  }
  const inStories = new Set(result.stories.flatMap((s) => s.members.map((m) => m.document)));
  const outsiders = [...truth.stories.flatMap((t) => t.negatives), ...truth.unrelated];
  return { members, origins, intruders: outsiders.filter((id) => inStories.has(id)).sort(), negatives: outsiders.length };
}
