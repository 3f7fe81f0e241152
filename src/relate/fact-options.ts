import { loadLexicon } from '../crosslingual/index.js';
import { measuresOf } from './document-measures.js';
import type { Script } from './dominant-script.js';
import { nameWords } from './fact-names.js';
import type { FactOptions } from './facts.js';
import { nameReadingsFor } from './name-readings.js';
import type { PairDocument } from './pair-document.js';

/** Scripts with capital letters, from which the anchors take names; Arabic, Chinese and the like give none. */
const CASED_SCRIPTS: ReadonlySet<Script> = new Set<Script>(['latin', 'greek', 'cyrillic']);

function writesNamesCapitalised(d: PairDocument): boolean {
  return CASED_SCRIPTS.has(measuresOf(d).script());
}

/** Languages that capitalise every noun, so that capitals alone do not make a name. */
const NOUNS_CAPITALISED: ReadonlySet<string> = new Set(['de']);

/**
 * For a language that capitalises nouns, a name anchor whose every word its lexicon knows (as
 * written or by stem) is a common noun ("Anwohnern", "Bahnübergang"); names the dictionary
 * lacks ("Kelmar", "Dunmore") stay. A name that is also a dictionary word is lost: the cost of
 * listing dozens of nouns as changed names.
 */
function commonNounTest(d: PairDocument): ((name: string) => boolean) | undefined {
  const lexicon = NOUNS_CAPITALISED.has(d.language) ? loadLexicon(d.language) : undefined;
  if (lexicon === undefined) return undefined;
  return (name) => nameWords(name).every((w) => lexicon.lookup(w) !== undefined || lexicon.lookupByStem(w) !== undefined);
}

/**
 * How the facts of two documents are compared: in one language or across (then with each
 * side's name readings, when both languages can be read), with names only when both scripts
 * write them with capitals, and without the common nouns of a language that capitalises them.
 * @param source the side whose facts are read first
 * @param target the other side
 * @param sameLanguage whether the pair is read as one language (see `measurePair`)
 */
export function factOptions(source: PairDocument, target: PairDocument, sameLanguage: boolean): FactOptions {
  const options: FactOptions = {
    sameLanguage,
    names: writesNamesCapitalised(source) && writesNamesCapitalised(target),
    commonNouns: { source: commonNounTest(source), target: commonNounTest(target) },
  };
  if (sameLanguage) return options;
  const s = nameReadingsFor(source.language);
  const t = nameReadingsFor(target.language);
  return s === undefined || t === undefined ? options : { ...options, nameReadings: { source: s, target: t } };
}
