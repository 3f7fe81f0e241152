import { diffFacts, type FactOptions } from './facts.js';
import type { FactChange } from './types.js';
import { capitalised, weekdaysIn } from './weekdays.js';

/**
 * What one side's lead sentence (its first: what happened, where, when) says of its own,
 * against the other text.
 */
export interface LeadParticulars {
  /** Particulars (names, figures, dates; not quotes) of the lead that the other side's lead states too. */
  kept: number;
  /** Particulars of the lead that the other text states nowhere: another place, day or figure. */
  own: number;
}

/** Sentences of a lead at most: the headline may come first. */
const LEAD_SENTENCES = 1;

/** A sentence as the lead rule reads it: its anchors (names, figures, dates, quotes) and its text. */
export interface LeadSentence {
  anchors: readonly string[];
  text: string;
}

function withoutQuotes(anchors: readonly string[]): string[] {
  return anchors.filter((x) => !x.startsWith('q:'));
}

/** Across languages a day is read from the text, so its name is no name anchor ("Samstagmorgen"). */
function withoutDays(anchors: readonly string[]): string[] {
  return anchors.filter((x) => weekdaysIn(capitalised(x)).length === 0);
}

function daysOf(sentences: readonly LeadSentence[]): Set<string> {
  return new Set(sentences.flatMap((s) => weekdaysIn(s.text)));
}

/**
 * Across languages the days of the week the lead names (read in any language, see
 * `weekdaysIn`): those the other's lead names too, and those the other text names nowhere
 * while its lead names another day. A follow-up written the next day often leaves the event's
 * day out ("after the fire"); another event's lead names its own ("on Sunday" against "jeudi").
 */
function leadDays(mine: readonly LeadSentence[], other: readonly LeadSentence[]): LeadParticulars {
  const days = [...daysOf(mine.slice(0, LEAD_SENTENCES))];
  const theirLead = daysOf(other.slice(0, LEAD_SENTENCES));
  const theirs = daysOf(other);
  const otherDay = [...theirLead].some((d) => !days.includes(d));
  return { kept: days.filter((d) => theirLead.has(d)).length, own: otherDay ? days.filter((d) => !theirs.has(d)).length : 0 };
}

/**
 * Facts of a change list with the given change, quotes aside, each name once: anchors give a
 * name run and its words ("orrin bridge", "orrin", "bridge"), and a word inside a longer name
 * with the same change repeats it.
 */
function count(changes: readonly FactChange[], change: FactChange['change']): number {
  const facts = changes.filter((f) => f.change === change && f.type !== 'quote');
  const names = facts.filter((f) => f.type === 'name').map((f) => ` ${f.source ?? f.target ?? ''} `);
  return facts.filter((f) => {
    if (f.type !== 'name') return true;
    const run = ` ${f.source ?? f.target ?? ''} `;
    return !names.some((name) => name.length > run.length && name.includes(run));
  }).length;
}

/**
 * The particulars of a lead against another text: how many the other's lead states too, and
 * how many the other text states nowhere. A report restating another's event keeps the place,
 * the day and the figures of its lead (a follow-up adds one or two: the damage sum, the day it
 * was given); a report on another event with the same officials keeps the city and the
 * officials, and names its own place and day ("seepage at Dunmore on Friday" against "the
 * levee gave way at Marlow on Tuesday"). Across languages the days are read in either
 * language ("jeudi" is Thursday), as the figures are compared by value: the day names
 * themselves are words of one language.
 * @param lead the side's sentences (anchors, see `extractAnchors`, and text); its first are the lead
 * @param other every sentence of the other side, its lead first
 * @param options how the facts are compared (language, names, common nouns)
 */
export function leadParticulars(lead: readonly LeadSentence[], other: readonly LeadSentence[], options: FactOptions): LeadParticulars {
  const across = options.sameLanguage === false;
  const anchors = (s: LeadSentence): string[] => (across ? withoutDays(withoutQuotes(s.anchors)) : withoutQuotes(s.anchors));
  const mine = lead.slice(0, LEAD_SENTENCES).map(anchors);
  const theirs = other.slice(0, LEAD_SENTENCES).map(anchors);
  const facts = {
    kept: count(diffFacts(mine, theirs, options), 'kept'),
    own: count(diffFacts(mine, other.map(anchors), options), 'dropped'),
  };
  if (!across) return facts;
  const days = leadDays(lead, other);
  return { kept: facts.kept + days.kept, own: facts.own + days.own };
}

/**
 * A lead that reports another event: it names at least `least` particulars the other text
 * lacks, as many as it keeps of the other's lead or more.
 */
export function reportsAnotherEvent(lead: LeadParticulars, least = 2): boolean {
  return lead.own >= least && lead.own >= lead.kept;
}

/**
 * A lead restated whole by the other text: at least `least` of its particulars in the other's
 * lead, none missing from the other text (a follow-up retells the event it follows).
 */
export function restatesLeadWhole(lead: LeadParticulars, least: number): boolean {
  return lead.own === 0 && lead.kept >= least;
}
