import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToText } from './html-text.js';

/** One section of the Debian Reference, cut at the anchors DocBook writes in every language. */
export interface BookSection {
  /** The section anchor, e.g. `_console_basics` (the same in every language). */
  anchor: string;
  /** Chapter file stem, e.g. `ch01`. */
  chapter: string;
  /** Position in the book, from 0. */
  order: number;
  text: string;
}

const HEADING = /<h[1-4] class="title"><a id="([^"]+)"\s*\/?>/g;
// "1.1.2. ", "Table 1.3. ": the numbering is the same in both languages and would give
// retrieval away for free; a news translation has no such key.
const NUMBERING = /(^|\s)\d+(?:\.\d+)+\.(?=\s|$)/g;

/** Cuts one chapter's HTML into sections, from each anchored heading to the next. */
export function cutSections(html: string, chapter: string): Omit<BookSection, 'order'>[] {
  const starts = [...html.matchAll(HEADING)].map((m) => ({ anchor: m[1] ?? '', at: m.index }));
  return starts.map((s, k) => {
    const end = starts[k + 1]?.at ?? html.length;
    return { anchor: s.anchor, chapter, text: htmlToText(html.slice(s.at, end)).replace(NUMBERING, '$1').replace(/^\d+\.\s/, '').replace(/[ \t]{2,}/g, ' ').trim() };
  });
}

/**
 * Reads the sections of one language's Debian Reference from an unpacked package.
 * @param root the folder `dpkg -x` unpacked into
 * @param lang the package's language code (`en`, `id`, …)
 * @returns sections in book order (preface, chapters, appendix); [] when the files are absent
 */
export function readBookSections(root: string, lang: string): BookSection[] {
  const dir = join(root, 'usr', 'share', 'debian-reference');
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => new RegExp(`^(pr01|ch\\d\\d|apa)\\.${lang}\\.html$`).test(f))
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  const out: BookSection[] = [];
  for (const file of files) {
    for (const s of cutSections(readFileSync(join(dir, file), 'utf8'), file.split('.')[0] ?? file)) out.push({ ...s, order: out.length });
  }
  return out;
}

function rank(file: string): number {
  if (file.startsWith('pr')) return 0;
  if (file.startsWith('ch')) return 1;
  return 2;
}
