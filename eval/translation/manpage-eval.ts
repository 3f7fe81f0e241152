import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { LanguageCode } from '../../src/text/types.js';
import type { BookSection } from './debian-sections.js';
import { measureTranslatedSections, type DebianResult } from './debian-reference-eval.js';
import { fetchDebianPackage } from './fetch-debian-package.js';
import { roffToText } from './roff-text.js';

/**
 * Debian packages whose English section-1 pages manpages-l10n translates (GNU tools; the
 * translations follow the same upstream versions in the same Debian release).
 */
export const ENGLISH_PAGE_PACKAGES: readonly string[] = ['coreutils', 'diffutils', 'findutils', 'grep', 'gzip', 'sed'];

/** The section-1 pages of an unpacked package: page name → roff source. */
function pagesOf(root: string, lang: string | undefined): Map<string, string> {
  const dir = lang === undefined ? join(root, 'usr', 'share', 'man', 'man1') : join(root, 'usr', 'share', 'man', lang, 'man1');
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.1.gz')) continue;
    out.set(file.slice(0, -'.1.gz'.length), gunzipSync(readFileSync(join(dir, file))).toString('utf8'));
  }
  return out;
}

/** Pages as sections, one "chapter" holding all, in name order. */
function asSections(pages: ReadonlyMap<string, string>): BookSection[] {
  return [...pages].map(([name, roff], order) => ({ anchor: name, chapter: 'man1', order, text: roffToText(roff) }));
}

/**
 * Measures a manpages-l10n translation (`manpages-LL`, po4a: partial, untranslated strings stay
 * English) against the English pages of the GNU tools it translates, page by page, the way the
 * Debian Reference is measured (candidate path, bead verification, next page as a neighbour).
 * @param cacheDir where packages are downloaded and unpacked
 * @param lang the translation's language, e.g. `pl`
 * @returns per-page scores, or a reason to skip (a package not fetchable, no common pages)
 */
export function measureManpages(cacheDir: string, lang: LanguageCode): DebianResult {
  const translated = fetchDebianPackage(`manpages-${lang}`, cacheDir);
  if ('skipped' in translated) return translated;
  const english = new Map<string, string>();
  for (const name of ENGLISH_PAGE_PACKAGES) {
    const fetched = fetchDebianPackage(name, cacheDir);
    if ('skipped' in fetched) return fetched;
    for (const [page, roff] of pagesOf(fetched.root, undefined)) english.set(page, roff);
  }
  const foreign = new Map([...pagesOf(translated.root, lang)].filter(([page]) => english.has(page)));
  if (foreign.size === 0) return { skipped: `no page of manpages-${lang} has an English page in ${ENGLISH_PAGE_PACKAGES.join(', ')}` };
  return measureTranslatedSections(asSections(english), asSections(foreign), lang);
}
