/**
 * Marks of aligned sentences, one table for `storytrace explain` and the HTML report's
 * side-by-side view, so a reader who saw one can read the other (they once said the opposite).
 */
export const MATCH_MARKS: Readonly<Record<string, { mark: string; meaning: string }>> = {
  identical: { mark: '=', meaning: 'identical' },
  near: { mark: '~', meaning: 'near-identical (small edits)' },
  paraphrase: { mark: '≈', meaning: 'reworded or translated' },
  weak: { mark: '?', meaning: 'weak match' },
};
