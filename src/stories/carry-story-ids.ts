import { hashString, hex32 } from '../sketch/index.js';
import type { Story } from './types.js';

/**
 * Keeps story ids stable across rebuilds. A fresh story's id comes from its origin, so a new
 * member that becomes the origin would rename the story, and every watcher, link and webhook
 * subscriber would lose track of it. Here a fresh story takes over the id of the previous
 * story it continues: the one that shares the most members with it, provided that more than
 * half of that previous story's members are still in it. Each previous id goes to at most one
 * story (largest overlap first, ties by id), and a story whose own id is already taken gets an
 * id derived from its origin and members.
 * @param previous the stories before the change (as stored)
 * @param fresh the stories just built, with origin-derived ids
 * @returns `fresh` with ids carried over, in the same order
 */
export function carryStoryIds(previous: readonly Story[], fresh: readonly Story[]): Story[] {
  const previousOf = new Map<string, Story>();
  for (const story of previous) for (const m of story.members) previousOf.set(m.document, story);
  const matches: { fresh: number; previous: Story; shared: number }[] = [];
  for (const [index, story] of fresh.entries()) {
    const shared = new Map<Story, number>();
    for (const m of story.members) {
      const before = previousOf.get(m.document);
      if (before) shared.set(before, (shared.get(before) ?? 0) + 1);
    }
    for (const [before, count] of shared) {
      if (count * 2 > before.members.length) matches.push({ fresh: index, previous: before, shared: count });
    }
  }
  matches.sort((x, y) => y.shared - x.shared || x.previous.id.localeCompare(y.previous.id) || x.fresh - y.fresh);
  const ids = new Map<number, string>();
  const taken = new Set<string>();
  for (const m of matches) {
    if (ids.has(m.fresh) || taken.has(m.previous.id)) continue;
    ids.set(m.fresh, m.previous.id);
    taken.add(m.previous.id);
  }
  return fresh.map((story, index) => {
    let id = ids.get(index);
    if (id === undefined) {
      id = taken.has(story.id) ? alternateId(story, taken) : story.id;
      taken.add(id);
    }
    return id === story.id ? story : { ...story, id };
  });
}

/** An id from the origin and all members, for a story whose origin-derived id is taken. */
function alternateId(story: Story, taken: ReadonlySet<string>): string {
  const seed = [story.origin.document, ...story.members.map((m) => m.document).sort()].join('\u0000');
  let id = `story-${hex32(hashString(seed))}`;
  for (let n = 2; taken.has(id); n++) id = `story-${hex32(hashString(`${seed}\u0000${n}`))}`;
  return id;
}
