import { matchContinuedStories } from './match-stories.js';
import type { MemberRelation, Story, StoryMember } from './types.js';

/** A member whose relation or source changed inside a story that already existed. */
export interface RelationChange {
  document: string;
  before: { relation: MemberRelation; source: string | null };
  after: { relation: MemberRelation; source: string | null };
}

/** How one story that existed before and after a change differs. */
export interface StoryUpdate {
  story: string;
  /** The story's id before the change, when it changed with its origin. */
  previousId?: string;
  /** Members that were not in this story before. */
  joined: StoryMember[];
  /** Documents that left this story (removed, or moved to another story). */
  left: string[];
  relations: RelationChange[];
  /** Set when the origin changed. */
  origin?: { before: string; after: string };
}

/** What changed between two story lists; all lists sorted by id. */
export interface StoryChanges {
  /** Stories that did not exist before. */
  created: Story[];
  updated: StoryUpdate[];
  /** Ids of stories that no longer exist. */
  removed: string[];
}

/**
 * Compares the stories before and after an add or remove, so a command can print only what
 * changed. Stories are matched by id, and a story whose id changed with its origin is matched
 * to the one it continues (see matchContinuedStories) and reported as updated, not as one
 * story removed and another created.
 * @param before stories as stored before the change
 * @param after stories as stored after it
 */
export function diffStories(before: readonly Story[], after: readonly Story[]): StoryChanges {
  const old = new Map(before.map((s) => [s.id, s]));
  const now = new Set(after.map((s) => s.id));
  const continued = matchContinuedStories(before.filter((s) => !now.has(s.id)), after.filter((s) => !old.has(s.id)));
  const created: Story[] = [];
  const updated: StoryUpdate[] = [];
  for (const story of after) {
    const previousId = continued.get(story.id);
    const prior = old.get(previousId ?? story.id);
    if (!prior) {
      created.push(story);
      continue;
    }
    const update = compareStory(prior, story);
    if (update && previousId !== undefined) update.previousId = previousId;
    if (update) updated.push(update);
  }
  const carried = new Set(continued.values());
  const removed = before.filter((s) => !now.has(s.id) && !carried.has(s.id)).map((s) => s.id);
  const byId = (x: { id: string }, y: { id: string }): number => x.id.localeCompare(y.id);
  return {
    created: created.sort(byId),
    updated: updated.sort((x, y) => x.story.localeCompare(y.story)),
    removed: removed.sort(),
  };
}

/** True when the change list is empty. */
export function isUnchanged(changes: StoryChanges): boolean {
  return changes.created.length === 0 && changes.updated.length === 0 && changes.removed.length === 0;
}

function compareStory(prior: Story, story: Story): StoryUpdate | undefined {
  const was = new Map(prior.members.map((m) => [m.document, m]));
  const is = new Set(story.members.map((m) => m.document));
  const joined = story.members.filter((m) => !was.has(m.document)).sort((x, y) => x.document.localeCompare(y.document));
  const left = prior.members.filter((m) => !is.has(m.document)).map((m) => m.document).sort();
  const relations: RelationChange[] = [];
  for (const m of story.members) {
    const p = was.get(m.document);
    if (p && (p.relation !== m.relation || p.source !== m.source)) {
      relations.push({ document: m.document, before: { relation: p.relation, source: p.source }, after: { relation: m.relation, source: m.source } });
    }
  }
  relations.sort((x, y) => x.document.localeCompare(y.document));
  const update: StoryUpdate = { story: story.id, joined, left, relations };
  if (prior.origin.document !== story.origin.document) update.origin = { before: prior.origin.document, after: story.origin.document };
  const changed = joined.length + left.length + relations.length > 0 || update.origin !== undefined;
  return changed ? update : undefined;
}
