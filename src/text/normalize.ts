// Unicode cleanup applied to every document before any other text step, so that copies that
// differ only in typography (curly quotes, dashes, odd spaces, invisible characters) compare
// equal character for character.

// Unpaired UTF-16 halves: not text, and they make some APIs (encoders, JSON) misbehave.
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0/C1 controls except tab and newline; \r is handled first so CRLF survives as LF.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;
// Invisible characters: zero-width space/joiners, word joiner, BOM, soft hyphen, bidi marks
// and embeddings. Removed before NFKC so that composition sees the real neighbours.
const INVISIBLES = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
const LINE_SEPARATORS = /\r\n?|[\u0085\u2028\u2029]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u2036\u275D\u275E\u301D\u301E\uFF02]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2035\u2039\u203A\u275B\u275C]/g;
// Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus, small/full-width dashes.
const DASHES = /[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/g;
// Every space-like character NFKC leaves alone or that can survive it.
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const TRAILING_SPACES = /[ \t]+$/gm;
// Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹) digits, which many Arabic outlets print
// instead of 0-9, and the Arabic decimal, thousands and percent signs. NFKC leaves them alone,
// so "١٫٥ مليار" never met "1.5 billion" as a number anchor or an index key.
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const ARABIC_NUMBER_SIGNS: Readonly<Record<string, string>> = { '\u066B': '.', '\u066C': ',', '\u066A': '%' };
const ARABIC_SIGNS = /[\u066A-\u066C]/g;
const toAsciiDigit = (d: string): string => String((d.codePointAt(0) ?? 0x30) & 0xF);
const EXTRA_NEWLINES = /\n{3,}/g;

/**
 * Normalise a document's text so that typographic variants of the same words compare equal.
 *
 * Steps: drop lone surrogates, control characters (except `\n`, `\t`) and zero-width /
 * bidi characters; CRLF, CR and Unicode line separators become LF; NFKC; curly and angle
 * quotes become `"` or `'`; en/em/figure dashes and minus become `-` (surrounding spaces are
 * kept as they were); non-breaking and other odd spaces become a plain space; Arabic-Indic digits and the
 * Arabic decimal, thousands and percent signs become 0-9 `.` `,` `%` (one character each, so
 * lengths stay); trailing spaces
 * are trimmed on every line; runs of 3+ newlines become 2; leading blank lines and trailing
 * whitespace of the whole text are dropped.
 *
 * @param s Any string, including malformed UTF-16.
 * @returns The normalised text. Never throws; idempotent.
 */
export function normalizeText(s: string): string {
  if (typeof s !== 'string' || s.length === 0) return '';
  const t = (PLAIN_ASCII.test(s) ? s : normalizeCharacters(s))
    .replace(TRAILING_SPACES, '')
    .replace(EXTRA_NEWLINES, '\n\n');
  // trimEnd removes what /\s+$/ matched (the same white space and line terminators) without a
  // regex attempt at every space of the text.
  return t.replace(/^\n+/, '').trimEnd();
}

// Printable ASCII, tab and newline: every character step below leaves such text as it is (NFKC
// too), and skipping their ten scans of the text matters for English corpora.
const PLAIN_ASCII = /^[\t\n\x20-\x7E]*$/;

/** The character steps of {@link normalizeText}, before spaces and blank lines are trimmed. */
function normalizeCharacters(s: string): string {
  const t = s
    .replace(LONE_SURROGATES, '')
    .replace(LINE_SEPARATORS, '\n')
    .replace(CONTROLS, '')
    .replace(INVISIBLES, '')
    .normalize('NFKC');
  return t
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(DASHES, '-')
    .replace(ODD_SPACES, ' ')
    .replace(ARABIC_DIGITS, toAsciiDigit)
    .replace(ARABIC_SIGNS, (c) => ARABIC_NUMBER_SIGNS[c] ?? c);
}
