import type { Story } from './types.js';

/**
 * Pairs each story that is new by id with the old story it continues. A story's id comes from
 * its origin (so the same documents give the same ids whatever order they arrived in); when a
 * new member becomes the origin, or the origin is removed, the id changes although the story
 * goes on. A new story continues the old one that shares the most members with it, provided
 * more than half of that old story's members are still in it; each old story is continued at
 * most once (largest overlap first, ties by id).
 * @param previous stories that disappeared (by id)
 * @param fresh stories that appeared (by id)
 * @returns old id by new id, for the stories that continue one
 */
export function matchContinuedStories(previous: readonly Story[], fresh: readonly Story[]): Map<string, string> {
  const previousOf = new Map<string, Story>();
  for (const story of previous) for (const m of story.members) previousOf.set(m.document, story);
  const candidates: { fresh: string; previous: string; shared: number }[] = [];
  for (const story of fresh) {
    const shared = new Map<Story, number>();
    for (const m of story.members) {
      const before = previousOf.get(m.document);
      if (before) shared.set(before, (shared.get(before) ?? 0) + 1);
    }
    for (const [before, count] of shared) {
      if (count * 2 > before.members.length) candidates.push({ fresh: story.id, previous: before.id, shared: count });
    }
  }
  candidates.sort((x, y) => y.shared - x.shared || x.previous.localeCompare(y.previous) || x.fresh.localeCompare(y.fresh));
  const matched = new Map<string, string>();
  const used = new Set<string>();
  for (const c of candidates) {
    if (matched.has(c.fresh) || used.has(c.previous)) continue;
    matched.set(c.fresh, c.previous);
    used.add(c.previous);
  }
  return matched;
}
