import type { StoryChanges } from '../stories/diff-stories.js';
import type { MemberRelation, Story, StoryMember } from '../stories/types.js';

/** Counts that let a reader judge an alert without loading the pair. */
export interface EvidenceSummary {
  score: number;
  reasons: string[];
  alignedSentences: number;
  addedSentences: number;
  droppedSentences: number;
  facts: { kept: number; altered: number; added: number; dropped: number };
  sourceLanguage: string | null;
  targetLanguage: string | null;
}

/** "A new version of a story appeared": what `watch` prints and POSTs to a webhook. */
export interface NewVersionEvent {
  type: 'new-version';
  story: string;
  /** The story's id before this document arrived, when it changed (the document became its origin). */
  previousStory: string | null;
  /** The document that just arrived. */
  document: string;
  relation: MemberRelation;
  /** The member it was most likely derived from (null when it is the story's new origin). */
  source: string | null;
  /** The story's origin after the change. */
  origin: string;
  /** True when the story did not exist before this document arrived. */
  newStory: boolean;
  evidence: EvidenceSummary;
}

/**
 * One event per newly arrived document that joined a story: a new member of a known story, or
 * a member of a story that just formed. The origin of a story made only of new arrivals is no
 * version of anything known, so it gets no event of its own (its copies do).
 * @param changes how the stories changed in the batch
 * @param arrived ids of the documents the batch added or changed
 * @param after the stories after the batch (for the origin of stories that kept theirs)
 * @returns events sorted by story, then document
 */
export function newVersionEvents(changes: StoryChanges, arrived: readonly string[], after: readonly Story[]): NewVersionEvent[] {
  const fresh = new Set(arrived);
  const origins = new Map(after.map((s) => [s.id, s.origin.document]));
  const events: NewVersionEvent[] = [];
  for (const story of changes.created) {
    const allNew = story.members.every((m) => fresh.has(m.document));
    for (const m of story.members) {
      if (fresh.has(m.document) && !(allNew && m.relation === 'origin')) events.push(eventOf(story.id, null, story.origin.document, m, true));
    }
  }
  for (const update of changes.updated) {
    const origin = origins.get(update.story) ?? update.origin?.after ?? '';
    for (const m of update.joined) if (fresh.has(m.document)) events.push(eventOf(update.story, update.previousId ?? null, origin, m, false));
  }
  return events.sort((x, y) => x.story.localeCompare(y.story) || x.document.localeCompare(y.document));
}

function eventOf(story: string, previousStory: string | null, origin: string, m: StoryMember, newStory: boolean): NewVersionEvent {
  const ev = m.evidence;
  const facts = { kept: 0, altered: 0, added: 0, dropped: 0 };
  for (const f of ev.facts ?? []) facts[f.change]++;
  return {
    type: 'new-version',
    story,
    previousStory,
    document: m.document,
    relation: m.relation,
    source: m.source,
    origin,
    newStory,
    evidence: {
      score: m.score,
      reasons: [...(ev.reasons ?? [])],
      alignedSentences: (ev.beads ?? []).reduce((n, b) => n + b.target.length, 0),
      addedSentences: ev.added?.length ?? 0,
      droppedSentences: ev.dropped?.length ?? 0,
      facts,
      sourceLanguage: ev.sourceLanguage ?? null,
      targetLanguage: ev.targetLanguage ?? null,
    },
  };
}
