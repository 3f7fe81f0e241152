import type { Story } from '../stories/types.js';

/** What `explain` with one document id compares it with, or why it cannot pick. */
export type Partner =
  | { kind: 'source'; story: string; source: string }
  | { kind: 'origin'; story: string; members: string[] }
  | { kind: 'none' };

/**
 * The document a member of a story was derived from: `explain ID` with one id explains the pair
 * that put the document in its story. An origin has no source (its story's other members are
 * listed instead), and a document in no story has nothing to be compared with.
 * @param stories the stored stories
 * @param id a document id
 */
export function partnerOf(stories: readonly Story[], id: string): Partner {
  for (const story of stories) {
    const member = story.members.find((m) => m.document === id);
    if (member === undefined) continue;
    if (member.source !== null) return { kind: 'source', story: story.id, source: member.source };
    return { kind: 'origin', story: story.id, members: story.members.map((m) => m.document).filter((d) => d !== id) };
  }
  return { kind: 'none' };
}
