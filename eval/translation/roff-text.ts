/** Requests whose arguments are running text (headings, tagged paragraphs, fonts). */
const TEXT_REQUESTS = new Set(['SH', 'SS', 'B', 'I', 'BR', 'BI', 'IR', 'IB', 'RB', 'RI', 'SM', 'SB']);
/** Named characters that stand for plain ones. */
const NAMED: Readonly<Record<string, string>> = { aq: "'", dq: '"', em: '—', en: '–', oq: '‘', cq: '’', lq: '“', rq: '”', bu: '•', co: '©', ha: '^', ti: '~', rs: '\\' };

/** Removes roff escapes from one line of text: fonts, named characters, hyphens, spacing. */
function unescape(line: string): string {
  return line
    .replace(/\\f(?:\[[^\]]*\]|\(..|.)/g, '')
    .replace(/\\\[(\w+)\]/g, (_, name: string) => NAMED[name] ?? '')
    .replace(/\\\((..)/g, (_, name: string) => NAMED[name] ?? '')
    .replace(/\\\*(?:\[[^\]]*\]|\(..|.)/g, '')
    .replace(/\\[-e]/g, (m) => (m === '\\-' ? '-' : '\\'))
    .replace(/\\[&,/|^%:)]/g, '')
    .replace(/\\ /g, ' ')
    .replace(/\\s[+-]?\d/g, '');
}

/**
 * Turns a man page's roff source into plain text: comments and layout requests dropped, the
 * arguments of heading and font requests kept as text, escapes removed; a paragraph break at
 * each heading and paragraph request.
 * @param roff the page source (ungzipped)
 * @returns plain text, paragraphs separated by blank lines
 */
export function roffToText(roff: string): string {
  const out: string[] = [];
  for (const raw of roff.split('\n')) {
    if (raw.startsWith('.\\"') || raw.startsWith("'\\\"")) continue;
    const request = /^[.'][ \t]*(\w+)\s*(.*)$/.exec(raw);
    if (request) {
      const [, name = '', args = ''] = request;
      if (name === 'SH' || name === 'SS' || name === 'PP' || name === 'P' || name === 'LP' || name === 'TP' || name === 'IP') out.push('');
      if (TEXT_REQUESTS.has(name)) out.push(unescape(args.replace(/"/g, '')));
      if (name === 'SH' || name === 'SS') out.push('');
      continue;
    }
    out.push(unescape(raw));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
