/** Markdown reduced to its prose, plus what the markup said about the document. */
export interface MarkdownText {
  text: string;
  /** First level-1 heading (or front-matter `title`). */
  title?: string;
  /** Front-matter `date`, as written. */
  date?: string;
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_H1 = /^ {0,3}=+[ \t]*$/;
const SETEXT_H2 = /^ {0,3}-+[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(```|~~~)/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]+\S+.*$/;

/**
 * Light Markdown clean-up that keeps line and paragraph structure: heading markers, emphasis,
 * inline code ticks, blockquote markers, fences, thematic breaks and link syntax go; the words
 * stay where they were. List markers stay, because later stages read them as line structure.
 * @param markdown Markdown source
 * @returns plain text with the first `# heading` as title (front matter `title`/`date` win)
 */
export function markdownToText(markdown: string): MarkdownText {
  let source = markdown.replace(/\r\n?/g, '\n');
  const meta: { title?: string; date?: string } = {};
  const front = FRONT_MATTER.exec(source);
  if (front?.[1] !== undefined) {
    Object.assign(meta, readFrontMatter(front[1]));
    source = source.slice(front[0].length);
  }
  const lines = source.split('\n');
  const out: string[] = [];
  let headingTitle: string | undefined;
  let inFence = false;
  for (const line of lines) {
    if (FENCE.test(line)) {
      inFence = !inFence;
      out.push('');
      continue;
    }
    if (inFence) {
      out.push(line);
      continue;
    }
    const previous = out.length > 0 ? out[out.length - 1] : undefined;
    const underlinesText = previous !== undefined && previous.trim() !== '';
    if (underlinesText && SETEXT_H1.test(line)) {
      headingTitle ??= previous.trim();
      out.push('');
      continue;
    }
    if (underlinesText && SETEXT_H2.test(line)) {
      out.push('');
      continue;
    }
    if (THEMATIC_BREAK.test(line) || LINK_DEFINITION.test(line)) {
      out.push('');
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading !== null) {
      const text = cleanInline(heading[2] ?? '');
      if (heading[1] === '#') headingTitle ??= text;
      out.push(text);
      continue;
    }
    out.push(cleanInline(line.replace(/^ {0,3}(?:>[ \t]?)+/, '')));
  }
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  const result: MarkdownText = { text };
  const title = meta.title ?? headingTitle;
  if (title !== undefined && title !== '') result.title = title;
  if (meta.date !== undefined) result.date = meta.date;
  return result;
}

/** Emphasis must hug its words, so `5 * 3` or `snake_case` survive. */
function cleanInline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)(.+?)(?<=\S)_(?!\w)/g, '$1$2')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1');
}

function readFrontMatter(block: string): { title?: string; date?: string } {
  const found: { title?: string; date?: string } = {};
  for (const line of block.split('\n')) {
    const match = /^(title|date)[ \t]*:[ \t]*(.*)$/i.exec(line);
    if (match?.[1] === undefined || match[2] === undefined) continue;
    const value = match[2].trim().replace(/^(["'])(.*)\1$/, '$2');
    if (value === '') continue;
    if (match[1].toLowerCase() === 'title') found.title ??= value;
    else found.date ??= value;
  }
  return found;
}
