/** An attribution of the story to another outlet ("first reported by The Harbour Post"). */
export interface Attribution {
  phrase: string;
  /** The credited outlet or source, as written. */
  outlet: string;
  /**
   * `text` when the phrase says the text itself came from the outlet ("translated from a report
   * by", "first appeared in"); `report` when it credits the news ("first reported by").
   */
  credits: 'text' | 'report';
  /**
   * True when the cue is a verb of reporting or publishing ("first reported by", "según
   * informó", "wie die … berichtete"; see {@link PUBLISHING_CUE}): the outlet is credited for the
   * news or the text. False for "according to", "citing" and "via", which credit the police or
   * a mayor as often as an outlet, whatever the name that follows ("according to the Daily Report").
   */
  publishing: boolean;
}

/** A cue as written and with a capital first letter, for credit lines that open a sentence. */
function capitalisedToo(cues: readonly string[]): string[] {
  return cues.flatMap((c) => [c, `${c.charAt(0).toUpperCase()}${c.slice(1)}`]);
}

// Credit lines of translations and syndicated copies ("This article was translated from a
// report by …", "Zuerst erschienen im …"), at the start of a line or inside one.
const TEXT_CREDITS: readonly string[] = capitalisedToo([
  'translated from a report by', 'translated from a report in', 'translated from an article by', 'translated from an article in',
  'first appeared in', 'first appeared on', 'originally appeared in', 'originally appeared on',
  'zuerst erschienen im', 'zuerst erschienen in', 'zuerst erschienen bei', 'erschien zuerst im', 'erschien zuerst in', 'erschien zuerst bei',
  'initialement publié par', 'initialement publié dans', 'publié initialement par', 'publié initialement dans', 'paru initialement dans',
  'publicado originalmente en', 'publicado originalmente por', 'publicado originalmente em', 'traducido de un artículo de',
  'pubblicato originariamente su', 'pubblicato originariamente da', 'tradotto da un articolo di',
  'oorspronkelijk verschenen in', 'oorspronkelijk verschenen bij', 'diterjemahkan dari laporan', 'diterjemahkan dari artikel',
]);
const TEXT_CREDIT_SET: ReadonlySet<string> = new Set(TEXT_CREDITS.map((c) => c.toLowerCase()));

// Phrases that credit another outlet, per language. They are evidence of derivation, not proof.
const CUES: readonly string[] = [
  'first reported by', 'originally reported by', 'as reported by', 'reported by', 'according to a report by',
  'according to a report in', 'according to reports in', 'according to', 'citing a report by', 'citing', 'first published by',
  'originally published by', 'first published in', 'as first reported in', 'told', 'via',
  // Indonesian
  'seperti dilaporkan', 'dilaporkan oleh', 'seperti dilansir', 'dilansir dari', 'dilansir', 'mengutip', 'menurut laporan', 'menurut',
  // Other languages: verbs of reporting and citing only, not the bare "según" / "selon" / "laut"
  // that name any speaker, so a cue says a text took its story from a named outlet.
  'según informó', 'según informa', 'según publicó', 'según publica', 'según adelantó', 'como informó', 'como adelantó', 'publicado por', 'citado por',
  'citando a', 'segundo noticiou', 'conforme noticiou', 'como noticiou', 'noticiado por', 'segundo informou', 'avançado por', 'citando',
  'rapporté par', 'révélé par', "comme l'a rapporté", "comme l'a révélé", 'selon les informations de', 'selon des informations de',
  'unter Berufung auf', 'berichtete zuerst', 'berichtete', 'zuerst berichtet von', 'berichtet von', 'rapporte', 'a rapporté', 'a révélé',
  'come riportato da', 'secondo quanto riportato da', 'riportato da', 'come rivelato da',
  'zoals gemeld door', 'gemeld door', 'meldde', 'volgens berichten in',
  'jak podał', 'jak podała', 'jak podało', 'jak poinformował', 'jak poinformowała', 'jak poinformowało', 'powołując się na',
  'как сообщил', 'как сообщила', 'как сообщило', 'как сообщает', 'со ссылкой на',
  ...TEXT_CREDITS,
];


// Articles that may stand before an outlet's name ("The Times", "berichtete der Kurier", "noticiou o Público").
const ARTICLES = ['the', 'el', 'la', 'los', 'las', 'le', 'les', 'il', 'lo', 'der', 'die', 'das', 'de', 'het', 'o', 'os'];
const ARTICLE_WORD = `(?:${ARTICLES.flatMap((w) => [w, `${(w[0] ?? '').toUpperCase()}${w.slice(1)}`]).join('|')})`;
const ARTICLE = `(?:${ARTICLE_WORD}\\s+)?`;
// Lowercase words that may join the capitalised words of a name ("El Faro del Sur", "Corriere della Sera").
const NAME_LINKS = ['of', 'de', 'del', 'da', 'do', 'di', 'della', 'van', 'von', 'der', 'des', 'du'];
// "first reported on Friday by", "published earlier this week in": a short time phrase may sit
// between the verb and its outlet. Only time words, so "reported to police by a neighbour" is not one.
const TIME_WORDS = ['on', 'earlier', 'early', 'late', 'last', 'this', 'today', 'yesterday', 'week', 'month', 'year', 'morning', 'evening', 'night',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const TIME_WORD = `(?:${TIME_WORDS.map((w) => `[${w[0]}${(w[0] ?? '').toUpperCase()}]${w.slice(1)}`).join('|')})`;
const cuePattern = (cue: string): string =>
  cue.replace(/ /g, '\\s+').replace(/(reported|published)\\s\+(by|in)$/, `$1(?:\\s+${TIME_WORD}){0,3}\\s+$2`);
// A word of a name: a dot inside it ("Kompas.com") or after each letter of an initialism
// ("U.S."), never one that ends a sentence: "the Castlebury Herald. The mayor" names the Herald.
const NAME_WORD = `(?:(?:\\p{Lu}\\.){2,}|\\p{Lu}(?:[\\p{L}\\p{N}&'-]|\\.(?=[\\p{L}\\p{N}]))*)`;
// An outlet's name: capitalised words, with the lowercase links a name may hold, maybe quoted.
const NAME = `"?${NAME_WORD}(?:"?\\s+(?:(?:${NAME_LINKS.join('|')})\\s+)?${NAME_WORD}){0,5}"?`;
/**
 * Cues that are verbs of reporting or publishing, in the languages the cues cover: they credit
 * a report, a publication or the text itself ("as first reported by", "según informó",
 * "berichtete", "как сообщил", "diterjemahkan dari"), not a speaker. Tested on the cue alone,
 * never on the outlet's name that follows it.
 */
const PUBLISHING_CUE = /report|publi|inform|berichte|noticiou|rapport|riportat|révél|rivelat|gemeld|meldde|podał|сообщ|dilaporkan|dilansir|adelant|avançado|appear|erschien|paru|verschenen|traduc|tradott|diterjemahkan/iu;
// After a verb of publishing, an article and up to three lowercase words may describe the
// outlet before its name ("first reported by the local news site Kabar Sarolangit"). Not after
// "according to" or "citing", which name any speaker ("according to the police chief Tom Ruiz").
const DESCRIPTION = `${ARTICLE_WORD}\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){1,3}`;
// `\b` is ASCII-only in JS: a cue must not start inside a word of any script.
const CUE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...CUES].sort((a, b) => b.length - a.length).map(cuePattern).join('|')})\\s+(${DESCRIPTION})?(${ARTICLE}${NAME})`,
  'gu',
);

// German and Dutch put the outlet between the conjunction and the verb: "wie die Northgate Times
// berichtete", "wie die spanische Zeitung El Faro berichtete", "zoals De Telegraaf meldde".
const OUTLET_FIRST_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:wie|zoals)\\s+${ARTICLE}(?:\\p{Ll}+\\s+){0,2}(${NAME})\\s+(?:zuerst\\s+|eerder\\s+)?(berichtete|berichtet|meldete|meldet|schrieb|schreibt|meldde|meldt|berichtte|schreef|schrijft)(?![\\p{L}\\p{N}])`,
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
    if (m[2] !== undefined && !PUBLISHING_CUE.test(cue)) continue;
    const outlet = (m[3] ?? '').replace(/[.,]$/, '').replace(/"/g, '');
    out.push({ phrase: m[0], outlet, credits: TEXT_CREDIT_SET.has(cue) ? 'text' : 'report', publishing: PUBLISHING_CUE.test(cue) });
  }
  // "wie die Northgate Times berichtete": the verb is the cue.
  for (const m of text.matchAll(OUTLET_FIRST_RE)) out.push({ phrase: m[0], outlet: (m[1] ?? '').replace(/"/g, ''), credits: 'report', publishing: PUBLISHING_CUE.test(m[2] ?? '') });
  return out.sort((x, y) => text.indexOf(x.phrase) - text.indexOf(y.phrase));
}

const LEADING_ARTICLE = new RegExp(`^(?:${ARTICLES.join('|')})\\s+`);

/** Lowercased letters and digits only, without a leading article, for loose name comparison. */
function squash(s: string): string {
  return s.toLowerCase().replace(LEADING_ARTICLE, '').replace(/[^\p{L}\p{N}]+/gu, '');
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
