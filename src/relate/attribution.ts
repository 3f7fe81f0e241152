/** An attribution of the story to another outlet ("first reported by The Harbour Post"). */
export interface Attribution {
  phrase: string;
  /** The credited outlet or source, as written. */
  outlet: string;
}

// Phrases that credit another outlet, per language. They are evidence of derivation, not proof.
const CUES: readonly string[] = [
  'first reported by', 'originally reported by', 'as reported by', 'reported by', 'according to a report by',
  'according to a report in', 'according to reports in', 'according to', 'citing a report by', 'citing', 'first published by',
  'originally published by', 'first published in', 'as first reported in', 'told', 'via',
  // Indonesian
  'seperti dilaporkan', 'dilaporkan oleh', 'seperti dilansir', 'dilansir dari', 'dilansir', 'mengutip', 'menurut laporan', 'menurut',
];
// "first reported on Friday by", "published earlier this week in": a short time phrase may sit
// between the verb and its outlet. Only time words, so "reported to police by a neighbour" is not one.
const TIME_WORDS = ['on', 'earlier', 'early', 'late', 'last', 'this', 'today', 'yesterday', 'week', 'month', 'year', 'morning', 'evening', 'night',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const TIME_WORD = `(?:${TIME_WORDS.map((w) => `[${w[0]}${(w[0] ?? '').toUpperCase()}]${w.slice(1)}`).join('|')})`;
const cuePattern = (cue: string): string =>
  cue.replace(/ /g, '\\s+').replace(/(reported|published)\\s\+(by|in)$/, `$1(?:\\s+${TIME_WORD}){0,3}\\s+$2`);
const CUE_RE = new RegExp(
  `\\b(${[...CUES].sort((a, b) => b.length - a.length).map(cuePattern).join('|')})\\s+((?:the\\s+|The\\s+)?(?:\\p{Lu}[\\p{L}\\p{N}&'.-]*)(?:\\s+(?:of\\s+|de\\s+)?\\p{Lu}[\\p{L}\\p{N}&'.-]*){0,5})`,
  'gu',
);

/**
 * Finds phrases that credit the story to a named outlet or source.
 * @returns attributions in text order (the outlet is a capitalised name right after the cue)
 */
export function findAttributions(text: string): Attribution[] {
  const out: Attribution[] = [];
  for (const m of text.matchAll(CUE_RE)) {
    const cue = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    if (cue === 'told') continue; // "told Reuters" credits the speaker's audience, not a source of the text
    const outlet = (m[2] ?? '').replace(/[.,]$/, '');
    out.push({ phrase: m[0], outlet });
  }
  return out;
}

/** Lowercased letters and digits only, for loose name comparison. */
function squash(s: string): string {
  return s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * True when one of the attributions names the outlet (site name or url host) of the other
 * document.
 */
export function creditsOutlet(attributions: readonly Attribution[], outlet: { site?: string | undefined; url?: string | undefined }): boolean {
  const names: string[] = [];
  if (outlet.site) names.push(squash(outlet.site));
  if (outlet.url) {
    try {
      const host = new URL(outlet.url).hostname.replace(/^www\./, '');
      names.push(squash(host.split('.').slice(0, -1).join('')));
    } catch {
      // not a URL: nothing to compare
    }
  }
  return attributions.some((a) => {
    const credited = squash(a.outlet);
    return credited.length >= 3 && names.some((n) => n.length >= 3 && (n.includes(credited) || credited.includes(n)));
  });
}
