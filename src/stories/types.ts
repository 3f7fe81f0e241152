import type { PairEvidence, Relation } from '../relate/types.js';

export type MemberRelation = Exclude<Relation, 'unrelated'> | 'origin';

export interface StoryMember {
  document: string;
  relation: MemberRelation;
  /** The member this one was most likely derived from; null for the origin. */
  source: string | null;
  score: number;
  /** Evidence of the member against its source (empty object for the origin). */
  evidence: Partial<PairEvidence> & { reasons?: string[] };
}

export interface StoryOrigin {
  document: string;
  /** 0..1; low when the evidence is thin. */
  confidence: number;
  reasons: string[];
}

export interface Story {
  /** Stable id derived from the origin document id. */
  id: string;
  origin: StoryOrigin;
  members: StoryMember[];
}
