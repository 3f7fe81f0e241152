/** Thresholds of the relation rules; each rule reads only PairStats. */
export const RULES = Object.freeze({
  /** Both sides' words at least this share in copied sentences, and 5-gram Jaccard at least `copyJaccard`: a copy. */
  copyVerbatim: 0.95,
  copyJaccard: 0.9,
  /** The short side's 5-grams at least this share inside the long one, whose 5-grams are at most `excerptMaxCover` inside the short. */
  excerptContainment: 0.7,
  excerptMaxCover: 0.6,
  /** Both sides' 5-grams at least this share inside the other, and words in copied sentences: an edited copy. */
  editedContainment: 0.5,
  editedVerbatim: 0.5,
  /** Sentence-by-sentence correspondence in order (MT round trip). */
  retranslationCoverage: 0.85,
  retranslationCoverageWithArtefacts: 0.7,
  retranslationOrder: 0.85,
  /**
   * A round trip through a good machine translator can keep most words (near-identical
   * sentences, Jaccard 0.4-0.6, which the edited-copy rule would take): with MT artefacts on
   * one side and every sentence still one to one, it is a retranslation when at most this share
   * of the shorter side's sentences came back unchanged; an editor's copy keeps most as they were.
   */
  roundTripMaxIdentical: 0.5,
  /** Rewrite: most of the shorter side matched, part of the longer one, similar vocabulary. */
  rewriteShortCover: 0.5,
  rewriteLongCover: 0.3,
  /**
   * …and at least this many of the shorter side's sentences restated (all of them when it has
   * fewer): half of a four-sentence piece is two sentences, which a reaction to an event (another
   * club's get-well message, a minister's comment) restates of the event's report while saying
   * something else; a rewrite paraphrases most of its source.
   */
  rewriteMinSentences: 3,
  rewriteCosine: 0.35,
  /** Rewrite by facts: the shorter side states at least this many event numbers, this share of them from the longer side, and its sentences resemble the other's on average at least `rewriteSoftCoverage`. */
  rewriteSharedNumbers: 3,
  rewriteNumberContainment: 0.6,
  rewriteSoftCoverage: 0.28,
  /**
   * Rewrite by content: the shorter side's sentences say what the longer one says once the
   * names are out (order-free passages, adjacent sentences joinable, synonyms and reworded
   * numbers matched), at least `rewritePassageCover` of them in matched passages and
   * `rewriteContentSoft` on average.
   */
  rewritePassageCover: 0.35,
  rewriteContentSoft: 0.28,
  /**
   * …and about the same particulars: at least this share of names and numbers shared, and at
   * least `rewriteContentFigures` of the shorter side's figures agreeing with the other's
   * (reworded or not), which make at least `rewriteContentFigureShare` of its figures. Two
   * texts on one topic written apart (a textbook definition and a student's own) say the same
   * general things, and may name the same people; a rewrite keeps the people, places and
   * figures of its source and brings few of its own, where a derivative report (a follow-up
   * quoting the scoop) brings new ones.
   */
  rewriteContentAnchors: 0.2,
  rewriteContentFigures: 2,
  rewriteContentFigureShare: 0.75,
  /**
   * A shorter side stating at least this many quantities, fewer than `rewriteQuantityAgreement`
   * of them agreeing with the other side's, reports other figures: another event (the walkout,
   * not the deal that ended it), not a rewrite, whatever its wording shares.
   */
  rewriteQuantities: 4,
  rewriteQuantityAgreement: 0.5,
  /** Fewer figures suffice when none of them agrees: a rewrite keeps the figures it states. */
  rewriteDisagreeingQuantities: 2,
  /** Translation: sentence counts within this ratio (a translation keeps the structure). */
  translationLengthRatio: 2,
  /**
   * …and at least this share of each side's sentences in beads shown as translated: a
   * same-topic follow-up with its lead translated and its own sentences after it can reach the
   * average bead score of a language with a low threshold (German's was 0.16 before round 9)
   * without being a translation (a German follow-up with only its lead translated: 0.25 of its
   * sentences, 0.13–0.14 since round 9's projection; the translations of the fixture sets: 0.47–1).
   * Under `FIGURE_RULES.translationFullShare` the figures must agree too.
   */
  translationMinShare: 0.4,
  /**
   * A translated excerpt (the lead paragraphs of an article in another language): a shorter
   * side of at least this many sentences, every one of them in a translated bead, in order,
   * and its own bead score over the language pair's threshold. The whole-pair rule takes the
   * lower of both sides' scores, which a part can never reach; requiring every sentence to be
   * translated is what keeps a short report of the same event out (it shares names, not
   * sentences).
   */
  translatedExcerptSentences: 3,
  /**
   * …and the sentences they translate lie together in the longer text, within this many times
   * the excerpt's length (a translator may skip a sentence or two; chance matches of a text on
   * a neighbouring topic scatter over the whole longer one).
   */
  translatedExcerptSpread: 2,
  /** Derivative: enough reused material, on a text about the same thing. */
  derivativeEvidence: 2,
  derivativeCosine: 0.2,
  /**
   * …and the two leads (the headline and the first sentences) aligned with each other: a
   * follow-up restates in its lead the event the other's lead reports, while a report on
   * another event that reuses an outlet's background paragraph or an official's standing line
   * shares those further down (a name in its lead may still match a sentence of the other's).
   */
  derivativeLeadSentences: 4,
  /** …unless this many sentences are restated closely: reuse that long is no background paragraph. */
  derivativeWithoutLead: 4,
  /** A credited follow-up in the same language: how close its lead must be to the other's. */
  creditedLeadSimilarity: 0.4,
  /**
   * A follow-up in another language that credits no one: its lead restates the other's lead
   * (bead score at the pair's translation threshold), at least this many more of its
   * sentences are translated, and it states enough of the other's figures (numbers, clock
   * times, days of a month; see `FIGURE_RULES`). Those are the event's own particulars: a
   * report on another event with the same officials, places and even a quote of the same
   * shape shares names, not the figures.
   */
  derivativeTranslatedSentences: 2,
  /**
   * A follow-up with figures of its own, in one language: the other's lead restated whole (its
   * place, day and figures, at least `followUpLeadParticulars` of them, none left out), its
   * passages restated on content (`rewritePassageCover`, `rewriteContentSoft`), at least
   * `followUpKeptFigures` of the other's figures stated, and more figures of its own than the
   * "another event" rule allows (new casualty counts, sums, dates). Another event with the
   * same officials names its own place and day in its lead.
   */
  followUpLeadParticulars: 3,
  followUpKeptFigures: 2,
});

