import type { PairResult } from '../../src/relate/types.js';
import type { Story } from '../../src/stories/types.js';
import type { StoredDocument } from '../../src/stores/index.js';

/**
 * A small document with every field filled; `overrides` replace fields. The signature is
 * derived from the id so two documents differ, and includes values above 2^31 and 2^24 to
 * catch sign and byte-order slips.
 */
export function makeDocument(id: string, overrides: Partial<StoredDocument> = {}): StoredDocument {
  const seed = [...id].reduce((sum, ch) => (sum * 31 + (ch.codePointAt(0) ?? 0)) >>> 0, 7);
  return {
    id,
    contentHash: `hash-${id}`,
    format: 'txt',
    title: `Harbour ferry delayed (${id})`,
    url: `https://example.test/${encodeURIComponent(id)}`,
    date: '2024-03-05T08:00:00Z',
    site: 'Example Coast Times',
    language: 'en',
    text: `MENU\nThe morning ferry to Pulau Kecil left two hours late on Tuesday.\n(${id})`,
    cleanText: `The morning ferry to Pulau Kecil left two hours late on Tuesday.\n(${id})`,
    boilerplate: [{ text: 'MENU', start: 0, end: 4, reason: 'non-sentence' }],
    warnings: [],
    signature: Uint32Array.from([seed, 0xffffffff, 0x80000001, 0x01020304, 0]),
    keys: [`band:0:${id}`, 'term:ferry', 'term:harbour'],
    ...overrides,
  };
}

/** The document without its optional metadata (title, url, date, site). */
export function makeBareDocument(id: string): StoredDocument {
  const { title: _title, url: _url, date: _date, site: _site, ...bare } = makeDocument(id);
  return bare;
}

/** A pair of `a` and `b` (in that order) with a small, complete evidence record. */
export function makePair(a: string, b: string, overrides: Partial<PairResult> = {}): PairResult {
  return {
    a,
    b,
    relation: 'edited-copy',
    source: a,
    score: 0.875,
    features: {
      sameLanguage: true,
      sourceCoverage: 0.9,
      targetCoverage: 0.8,
      verbatimShare: 0.5,
      orderAgreement: 1,
      meanMatchSimilarity: 0.93,
      beadScore: 0.85,
      shingleContainment: 0.7,
      shingleJaccard: 0.6,
      documentCosine: 0.95,
      sharedQuotes: 1,
      anchorOverlap: 0.75,
      mtArtefacts: 0,
      sourceSentences: 4,
      targetSentences: 3,
    },
    reasons: [`${b} keeps 3 of ${a}'s 4 sentences in order`],
    evidence: {
      sourceLanguage: 'en',
      targetLanguage: 'en',
      beads: [{ source: [0], target: [0], similarity: 1, kind: 'identical' }],
      added: [],
      dropped: [3],
      facts: [{ type: 'number', change: 'altered', source: 'two hours', target: '3 hours' }],
      artefacts: [],
      attributions: [],
    },
    ...overrides,
  };
}

/** A story whose origin is `origin`, with the other ids as edited copies of it. */
export function makeStory(origin: string, others: string[] = []): Story {
  return {
    id: `story:${origin}`,
    origin: { document: origin, confidence: 0.8, reasons: ['earliest date'] },
    members: [
      { document: origin, relation: 'origin', source: null, score: 1, evidence: {} },
      ...others.map((document) => ({
        document,
        relation: 'edited-copy' as const,
        source: origin,
        score: 0.9,
        evidence: { reasons: ['shares most sentences'], dropped: [2] },
      })),
    ],
  };
}
