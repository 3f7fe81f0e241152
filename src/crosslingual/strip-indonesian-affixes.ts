// Indonesian builds words from a root with prefixes (me-, di-, ber-, pe-, ke-, se-, ter-, per-),
// suffixes (-kan, -an, -i) and clitics (-nya, -lah, -kah, -ku, -mu). The nasal prefixes
// swallow the root's first consonant (meny+apu ← sapu, men+ulis ← tulis), so candidates
// restore it. Which candidate is right is decided by the dictionary, not by rules.

/** A root left after removing affixes, and how many affixes were removed to get it. */
export interface AffixCandidate {
  root: string;
  removed: number;
  /** How many of the removed affixes are prefixes. */
  prefixes: number;
}

const MIN_ROOT_LENGTH = 3;
const CLITICS = ['lah', 'kah', 'tah', 'pun', 'nya', 'ku', 'mu'];
const DERIVATIONAL_SUFFIXES = ['kan', 'an', 'i'];
const VOWEL = /^[aeiou]/;

/** Roots a prefixed word can come from, with the swallowed consonant restored. */
function prefixRoots(word: string): string[] {
  const roots: string[] = [];
  const after = (prefix: string): string | undefined => (word.startsWith(prefix) ? word.slice(prefix.length) : undefined);
  for (const nasal of ['me', 'pe']) {
    const ny = after(`${nasal}ny`);
    if (ny !== undefined && VOWEL.test(ny)) roots.push(`s${ny}`);
    const ng = after(`${nasal}ng`);
    if (ng !== undefined) {
      if (VOWEL.test(ng)) roots.push(ng, `k${ng}`);
      else if (/^[ghk]/.test(ng)) roots.push(ng);
      const nge = after(`${nasal}nge`);
      if (nge !== undefined && nge.length >= MIN_ROOT_LENGTH) roots.push(nge);
    }
    const m = after(`${nasal}m`);
    if (m !== undefined) {
      if (VOWEL.test(m)) roots.push(`p${m}`, m);
      else if (/^[bfpv]/.test(m)) roots.push(m);
    }
    const n = after(`${nasal}n`);
    if (n !== undefined && !n.startsWith('g') && !n.startsWith('y')) {
      if (VOWEL.test(n)) roots.push(`t${n}`, n);
      else if (/^[cdjstz]/.test(n)) roots.push(n);
    }
    const plain = after(nasal);
    // me-/pe- before l m n r w y, and pe- before other consonants (pe+kerja), but never the
    // nasal clusters handled above (pe+mbicara is not a split).
    if (plain !== undefined && /^[lmnrwy]/.test(plain) && !/^(?:ng|ny)/.test(plain)) roots.push(plain);
    if (nasal === 'pe' && plain !== undefined && /^[^aeioumnr]/.test(plain)) roots.push(plain);
  }
  for (const prefix of ['memper', 'diper', 'ber', 'be', 'bel', 'ter', 'te', 'per', 'di', 'ke', 'se']) {
    const rest = after(prefix);
    // be-/te- drop the r of ber-/ter- only before r (berumah → be+rumah is ber+umah).
    if (rest === undefined || ((prefix === 'be' || prefix === 'te') && rest.startsWith('r'))) continue;
    roots.push(rest);
  }
  return roots.filter((root) => root.length >= MIN_ROOT_LENGTH);
}

/** Stems left after removing suffixes: clitic, then derivational suffix, each optional. */
function suffixForms(word: string): AffixCandidate[] {
  const forms: AffixCandidate[] = [{ root: word, removed: 0, prefixes: 0 }];
  for (const clitic of CLITICS) {
    if (word.endsWith(clitic) && word.length - clitic.length >= MIN_ROOT_LENGTH) forms.push({ root: word.slice(0, -clitic.length), removed: 1, prefixes: 0 });
  }
  for (const form of [...forms]) {
    for (const suffix of DERIVATIONAL_SUFFIXES) {
      if (form.root.endsWith(suffix) && form.root.length - suffix.length >= MIN_ROOT_LENGTH) {
        forms.push({ root: form.root.slice(0, -suffix.length), removed: form.removed + 1, prefixes: 0 });
      }
    }
  }
  return forms;
}

/**
 * Lists the roots an Indonesian word may be built from: most affixes removed first (so
 * `pembicaraan` offers `bicara` before `pembicara`), then fewer prefixes among them
 * (`diberikan` → di+beri+kan before di+ber+ikan), then suffixes in the order -kan, -an, -i
 * (`mengatakan` → kata before katak). The word itself is not included.
 * @param word a lowercased Indonesian word
 * @returns distinct candidates, at least 3 letters each
 */
export function indonesianRootCandidates(word: string): AffixCandidate[] {
  const found = new Map<string, AffixCandidate>();
  const add = (candidate: AffixCandidate): void => {
    const seen = found.get(candidate.root);
    if (candidate.root !== word && (seen === undefined || seen.removed < candidate.removed)) found.set(candidate.root, candidate);
  };
  for (const form of suffixForms(word)) {
    add(form);
    for (const root of prefixRoots(form.root)) {
      add({ root, removed: form.removed + 1, prefixes: 1 });
      // A second prefix: diper-, memper- are listed, others stack as ke+ber-, di+per-…
      for (const inner of prefixRoots(root)) add({ root: inner, removed: form.removed + 2, prefixes: 2 });
    }
  }
  const order = [...found.values()];
  return order
    .map((candidate, index) => ({ candidate, index }))
    .sort((a, b) => b.candidate.removed - a.candidate.removed || a.candidate.prefixes - b.candidate.prefixes || a.index - b.index)
    .map(({ candidate }) => candidate);
}

/**
 * Finds the root of an Indonesian word that the dictionary knows.
 * @param word a lowercased Indonesian word
 * @param isKnown tells whether a root is a lexicon key
 * @returns the first known candidate of {@link indonesianRootCandidates}, or undefined
 */
export function stripIndonesianAffixes(word: string, isKnown: (root: string) => boolean): string | undefined {
  return indonesianRootCandidates(word).find((candidate) => isKnown(candidate.root))?.root;
}
