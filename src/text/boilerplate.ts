import { MAX_REPEATED_LINE_WORDS, closingLongLine, lineKey, type BoilerplateContext } from './boilerplate-context.js';
import { holdsPublisherPhrase, isPublisherLine } from './publisher-lines.js';
import { lineShape, type LineShape } from './line-shape.js';
import { splitSentences } from './split-sentences.js';
import { stemmerFor } from './stem.js';
import { isStopword } from './stopwords.js';
import { tokenize } from './tokenize.js';
import type { BoilerplateLine, KeptSpan, LanguageCode } from './types.js';

/** A line shared by at least this many documents of the corpus (itself included) is repeated. */
export const MIN_CORPUS_DOCUMENTS = 3;
/**
 * …but a prose line (a sentence) needs this many: the versions of one story share an
 * official's quote or a key paragraph word for word (the original, its rewrite and an agency
 * report make three), and that sentence is the evidence that ties them. Sentences a publisher
 * adds to every page are read as such ({@link isPublisherLine}) or recur far more often.
 */
export const MIN_CORPUS_PROSE_DOCUMENTS = 10;
/** A line shared by at least this many documents of the same site (itself included) is repeated. */
export const MIN_SITE_DOCUMENTS = 2;
/**
 * …but a prose line (a sentence) needs this many: a site's follow-up repeats its first report's
 * quote and key paragraphs word for word, and those are the evidence that ties the two.
 */
export const MIN_SITE_PROSE_DOCUMENTS = 3;
/** Title-like lines in a row (blank lines allowed between) that form a link list. */
export const MIN_LINK_LIST = 3;
/** Share of a body title-like line's content stems that must occur in the prose to keep it as a subheading. */
export const MIN_TOPIC_SHARE = 0.5;
/** When more than this share of a document's prose lines is repeated, the document is a copy: keep its prose. */
export const COPY_SHARE = 0.5;

/** Options of {@link removeBoilerplate}. */
export interface BoilerplateOptions {
  language: LanguageCode;
  /** Site of the document (host name), for the same-site repetition count. */
  site?: string | undefined;
  /** Known title of the document; the line matching it is kept as the headline. */
  title?: string | undefined;
  context?: BoilerplateContext | undefined;
  /**
   * The text does not read as its title (`titleMissingFromBody`): a failed scrape. When most
   * of its prose is shared with other documents at the counts of a short line, that prose is
   * the site's text (a disclaimer, a cookie notice), removed, and the page is no copy of a story.
   */
  offTitle?: boolean | undefined;
}

/** The outcome of {@link removeBoilerplate}. */
export interface BoilerplateResult {
  cleanText: string;
  boilerplate: BoilerplateLine[];
  /** The headline line, when one was recognised (it stays in cleanText). */
  title?: string;
  /** Offset map from clean text back to normalised text, one entry per kept line. */
  keptSpans: KeptSpan[];
  /**
   * Most of the prose is shared with other documents when counted as short lines are: what
   * `offTitle` would remove. When false, `offTitle` changes nothing.
   */
  mostlySharedAsShortLines: boolean;
}

/** A non-blank line of the text, trimmed, with its place and shape. */
class Line {
  private cachedKey: string | undefined;

  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly block: number,
    readonly shape: LineShape,
  ) {}

  /** The line's comparison key ({@link lineKey}), made on first use: long prose lines seldom need one. */
  get key(): string {
    this.cachedKey ??= lineKey(this.text);
    return this.cachedKey;
  }
}

function parseLines(text: string): Line[] {
  const lines: Line[] = [];
  let block = 0;
  let blank = false;
  let pos = 0;
  for (const raw of text.split('\n')) {
    const trimmed = raw.trim();
    if (trimmed.length === 0) {
      blank = true;
    } else {
      if (blank && lines.length > 0) block += 1;
      blank = false;
      const start = pos + raw.indexOf(trimmed);
      lines.push(new Line(trimmed, start, start + trimmed.length, block, lineShape(trimmed)));
    }
    pos += raw.length + 1;
  }
  return lines;
}

/**
 * A line of at least this many words is most likely a page run into one line (a scraper that
 * drops paragraph breaks; a short press release with its contact block is 110–140 words), not
 * a paragraph. Only such lines are searched for a publisher's phrase inside: searching every
 * line of 40+ words cost 19 % of the text stage on the bench corpus, these lines nothing measurable.
 */
const FLATTENED_LINE_WORDS = 100;

/**
 * A page run into one line that holds a publisher's phrase (the story, then a paywall box or
 * a press contact block) is cut into its sentences, so that the publisher's ones can go and
 * the story's stay.
 */
function publisherSentencePieces(line: Line, language: LanguageCode): Line[] {
  if (line.shape.words < FLATTENED_LINE_WORDS || !holdsPublisherPhrase(line.text)) return [line];
  return splitSentences(line.text, language).map((s) => {
    const text = line.text.slice(s.start, s.end);
    return new Line(text, line.start + s.start, line.start + s.end, line.block, lineShape(text));
  });
}

/**
 * The part of a context that can change what {@link removeBoilerplate} decides: the counts that
 * reach {@link MIN_CORPUS_DOCUMENTS} (corpus) or {@link MIN_SITE_DOCUMENTS} (site). A smaller
 * count reads as "not repeated", as does an absent key, so both contexts remove the same lines;
 * most short lines occur in one document, and the pruned context is what a worker thread is sent.
 */
export function repeatedLinesOf(context: BoilerplateContext): BoilerplateContext {
  const documentsWithLine = new Map<string, number>();
  for (const [key, count] of context.documentsWithLine) if (count >= MIN_CORPUS_DOCUMENTS) documentsWithLine.set(key, count);
  const siteDocumentsWithLine = new Map<string, Map<string, number>>();
  for (const [site, counts] of context.siteDocumentsWithLine) {
    const kept = new Map<string, number>();
    for (const [key, count] of counts) if (count >= MIN_SITE_DOCUMENTS) kept.set(key, count);
    if (kept.size > 0) siteDocumentsWithLine.set(site, kept);
  }
  return { documentsWithLine, siteDocumentsWithLine };
}

/**
 * Whether a line is shared by enough documents of the corpus or of its site. Of a document's
 * long lines only the closing one is counted (`lastLong`, {@link closingLongLine}): a paragraph
 * the site closes its articles with ("The Gazette is an independent newspaper…") is not part of
 * the story, and would otherwise tie two of the site's stories together as if one reused the other.
 */
function isRepeated(line: Line, lastLong: boolean, options: BoilerplateOptions, asShortLine = false): boolean {
  const ctx = options.context;
  if (ctx === undefined || (line.shape.words >= MAX_REPEATED_LINE_WORDS && !lastLong)) return false;
  const sentence = line.shape.prose && !lastLong && !asShortLine;
  if ((ctx.documentsWithLine.get(line.key) ?? 0) >= (sentence ? MIN_CORPUS_PROSE_DOCUMENTS : MIN_CORPUS_DOCUMENTS)) return true;
  if (options.site === undefined) return false;
  return (ctx.siteDocumentsWithLine.get(options.site)?.get(line.key) ?? 0) >= (sentence ? MIN_SITE_PROSE_DOCUMENTS : MIN_SITE_DOCUMENTS);
}

/**
 * Hard-wrapped prose can leave a short line mid-sentence; a line that starts in lowercase or
 * is followed in its block by one that does is part of a sentence, not a title.
 */
function continuesSentence(lines: readonly Line[], i: number): boolean {
  const line = lines[i];
  const next = lines[i + 1];
  if (line === undefined) return false;
  if (/^\p{Ll}/u.test(line.text)) return true;
  return next !== undefined && next.block === line.block && /^\p{Ll}/u.test(next.text) && !line.shape.terminal;
}

function contentStems(text: string, language: LanguageCode): string[] {
  const stem = stemmerFor(language);
  return tokenize(text)
    .filter((t) => /\p{L}/u.test(t.token) && !isStopword(t.token, language))
    .map((t) => stem(t.token));
}

function findHeadline(lines: readonly Line[], headEnd: number, marked: ReadonlyMap<number, BoilerplateLine['reason']>, title: string | undefined): number {
  const titleKey = title === undefined ? '' : lineKey(title);
  if (titleKey.length > 0) {
    const limit = Math.max(headEnd, Math.min(lines.length, 1));
    for (let i = 0; i < limit; i += 1) {
      const key = lines[i]?.key ?? '';
      if (key === titleKey || (key.length >= 12 && (titleKey.includes(key) || key.includes(titleKey)))) return i;
    }
    // The known title is not in the text (extractors often keep it apart): do not promote a
    // byline or menu line in its place.
    return -1;
  }
  // Without a known title: the wordiest title-like line of 3+ words before the body; menus and
  // labels are shorter than headlines. Ties go to the earlier line.
  let best = -1;
  let bestWords = 2;
  for (let i = 0; i < headEnd; i += 1) {
    const line = lines[i];
    if (line === undefined || marked.has(i) || !line.shape.titleLike || line.shape.crossLink) continue;
    if (line.shape.words > bestWords) {
      best = i;
      bestWords = line.shape.words;
    }
  }
  return best;
}

/**
 * Remove lines that are not the story, keeping them with a reason.
 *
 * Rules, in order (a line keeps the first reason that applies):
 * 1. `repeated`: a line under 25 words, or the document's closing longer line, whose key occurs
 *    in ≥ 3 documents of the corpus or ≥ 2 documents of the same site (10 and 3 for a sentence
 *    other than that closing line; needs `context`). Prose lines are spared when more than
 *    half of the document's prose is repeated: the document is then a copy of a story, and
 *    its shared sentences are the story itself — unless `offTitle` and most of its prose is
 *    repeated counted as short lines are: then those lines go and nothing is spared.
 * 2. `non-sentence`, anywhere: lines without letters ("***"), cross-links ("READ: Other
 *    Headline Here"), the publisher's lines ("Sign up for our newsletter", cookie notices,
 *    photo credits; {@link isPublisherLine}).
 * 3. `non-sentence`, at the edges: every line before the first prose line or after the last
 *    that is not prose, except the headline (the line matching `title` if a title is given,
 *    else the wordiest title-like line of 3+ words before the body), kept and reported as `title`.
 * 4. `non-sentence`, in the body, for title-like lines only: runs of ≥ 3 title-like lines
 *    (link lists such as "Related Posts" blocks), lines occurring twice in the document, and
 *    lines whose content words mostly do not occur in the prose ("- Advertisement -").
 *    A subheading shares words with the story and survives.
 * A document without any prose line keeps everything rules 1-2 do not remove.
 *
 * @param normalizedText Output of normalizeText.
 * @param options Language (for stems), site, known title, corpus context.
 * @returns Clean text (kept lines; blocks separated by a blank line), removed lines with
 *   offsets into `normalizedText`, the headline, and an offset map.
 */
export function removeBoilerplate(normalizedText: string, options: BoilerplateOptions): BoilerplateResult {
  const parsed = parseLines(normalizedText);
  const closing = parsed[closingLongLine(parsed.map((l) => l.text))];
  // The site's closing paragraph is counted whole ({@link isRepeated}); any other line may be cut.
  const closingRepeated = closing !== undefined && isRepeated(closing, true, options);
  const lines = parsed.flatMap((l) => (l === closing && closingRepeated ? [l] : publisherSentencePieces(l, options.language)));
  const marked = new Map<number, BoilerplateLine['reason']>();
  // A publisher's line (an appeal to readers, a cookie notice, a photo credit) is no prose of
  // the story: the story's edges are found without it.
  const appeals = new Set<number>();
  lines.forEach((l, i) => { if (isPublisherLine(l.text, l.shape.words)) appeals.add(i); });
  const proseIdx = lines.flatMap((l, i) => ((l.shape.prose || continuesSentence(lines, i)) && !appeals.has(i) ? [i] : []));
  const isProse = new Set(proseIdx);

  const lastLong = closing === undefined ? -1 : lines.indexOf(closing);
  let repeated = lines.map((l, i) => isRepeated(l, i === lastLong, options));
  const mostly = (marks: readonly boolean[]): boolean => proseIdx.length > 0 && proseIdx.filter((i) => marks[i] === true).length / proseIdx.length > COPY_SHARE;
  let isCopy = mostly(repeated);
  // Counted as short lines are, most of its prose repeated: if the page is off its title, it
  // holds the site's text.
  const asShortLines = options.context === undefined ? undefined : lines.map((l, i) => isRepeated(l, i === lastLong, options, true));
  const mostlySharedAsShortLines = asShortLines !== undefined && mostly(asShortLines);
  if (options.offTitle === true && asShortLines !== undefined && mostlySharedAsShortLines) {
    repeated = asShortLines;
    isCopy = false;
  }
  lines.forEach((l, i) => {
    if (repeated[i] === true && !(isCopy && isProse.has(i))) marked.set(i, 'repeated');
    else if (!l.shape.hasLetters || l.shape.crossLink || appeals.has(i)) marked.set(i, 'non-sentence');
  });

  const first = proseIdx[0];
  const last = proseIdx[proseIdx.length - 1];
  const headline = findHeadline(lines, first ?? lines.length, marked, options.title);
  if (headline >= 0) marked.delete(headline);

  if (first !== undefined && last !== undefined) {
    lines.forEach((_, i) => {
      if ((i < first || i > last) && i !== headline && !isProse.has(i) && !marked.has(i)) marked.set(i, 'non-sentence');
    });
    markBodyLines(lines, first, last, headline, isProse, marked, options.language);
  }

  return { ...assemble(lines, marked, headline), mostlySharedAsShortLines };
}

function markBodyLines(
  lines: readonly Line[], first: number, last: number, headline: number,
  isProse: ReadonlySet<number>, marked: Map<number, BoilerplateLine['reason']>, language: LanguageCode,
): void {
  const candidate = (i: number): boolean => {
    const l = lines[i];
    return l !== undefined && i !== headline && !isProse.has(i) && l.shape.titleLike;
  };
  // Link lists: runs of title-like lines; a marked line (an ad between links) does not break a run.
  let runStart = first + 1;
  for (let i = first + 1; i <= last; i += 1) {
    const inRun = candidate(i) || (marked.has(i) && !isProse.has(i));
    if (!inRun) runStart = i + 1;
    else if (i - runStart + 1 >= MIN_LINK_LIST) {
      for (let j = runStart; j <= i; j += 1) if (!marked.has(j)) marked.set(j, 'non-sentence');
    }
  }
  // Built on the first body line that needs them: most documents have none, and stemming every
  // prose line was a fifth of the text stage.
  let keyCounts: Map<string, number> | undefined;
  let proseStems: Set<string> | undefined;
  for (let i = first + 1; i < last; i += 1) {
    const l = lines[i];
    if (l === undefined || marked.has(i) || !candidate(i)) continue;
    if (keyCounts === undefined) {
      keyCounts = new Map();
      for (const other of lines) keyCounts.set(other.key, (keyCounts.get(other.key) ?? 0) + 1);
    }
    proseStems ??= new Set([...isProse].flatMap((p) => contentStems(lines[p]?.text ?? '', language)));
    const stems = contentStems(l.text, language);
    let shared = 0;
    for (const s of stems) if (proseStems.has(s)) shared += 1;
    const offTopic = stems.length === 0 || shared / stems.length < MIN_TOPIC_SHARE;
    if ((keyCounts.get(l.key) ?? 0) > 1 || offTopic) marked.set(i, 'non-sentence');
  }
}

function assemble(lines: readonly Line[], marked: ReadonlyMap<number, BoilerplateLine['reason']>, headline: number): Omit<BoilerplateResult, 'mostlySharedAsShortLines'> {
  const boilerplate: BoilerplateLine[] = [];
  const keptSpans: KeptSpan[] = [];
  let clean = '';
  let lastBlock = -1;
  lines.forEach((l, i) => {
    const reason = marked.get(i);
    if (reason !== undefined) {
      boilerplate.push({ text: l.text, start: l.start, end: l.end, reason });
      return;
    }
    if (clean.length > 0) clean += l.block === lastBlock ? '\n' : '\n\n';
    keptSpans.push({ cleanStart: clean.length, normalizedStart: l.start, length: l.text.length });
    clean += l.text;
    lastBlock = l.block;
  });
  const head = lines[headline];
  return head === undefined ? { cleanText: clean, boilerplate, keptSpans } : { cleanText: clean, boilerplate, title: head.text, keptSpans };
}
