/** Elements that start and end a line of text. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'section', 'summary', 'table',
  'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
/** Elements whose text is never prose. */
const SKIPPED_TAGS = new Set([
  'button', 'canvas', 'datalist', 'head', 'iframe', 'link', 'math', 'meta', 'noscript', 'object', 'option',
  'script', 'select', 'style', 'svg', 'template', 'textarea', 'title',
]);
const CELL_TAGS = new Set(['td', 'th']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

type Step = { node: Node; leaving: boolean };

/**
 * Text of a DOM subtree with one block per paragraph, heading, list item, quote, table row or
 * `<br>`-separated line, blocks separated by a blank line. `textContent` would glue paragraphs
 * together, and later stages need lines to spot boilerplate such as "- Advertisement -".
 * Whitespace inside a block collapses to single spaces; `<pre>` keeps its own line breaks.
 * Walks with an explicit stack so deeply nested broken markup cannot overflow the call stack.
 * @param root element (or document) to read
 * @returns blocks joined by `\n\n`, trimmed; empty string when there is no text
 */
export function htmlBlocksToText(root: Node): string {
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text !== '') blocks.push(text);
    current = '';
  };
  const stack: Step[] = [{ node: root, leaving: false }];
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    const { node, leaving } = step;
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? '';
      continue;
    }
    const tag = node.nodeType === ELEMENT_NODE ? (node as Element).localName.toLowerCase() : '';
    if (leaving) {
      if (BLOCK_TAGS.has(tag)) flush();
      else if (CELL_TAGS.has(tag)) current += ' ';
      continue;
    }
    if (SKIPPED_TAGS.has(tag) || isHidden(node)) continue;
    if (tag === 'br') {
      flush();
      continue;
    }
    if (tag === 'pre') {
      flush();
      const text = (node.textContent ?? '').replace(/[ \t]+$/gm, '').replace(/^\n+|\s+$/g, '');
      if (text.trim() !== '') blocks.push(text);
      continue;
    }
    if (BLOCK_TAGS.has(tag)) flush();
    else if (CELL_TAGS.has(tag)) current += ' ';
    stack.push({ node, leaving: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child !== undefined) stack.push({ node: child, leaving: false });
    }
  }
  flush();
  return blocks.join('\n\n');
}

/** Hidden markup is not what readers saw; the fallback path reads the raw body, so check here. */
function isHidden(node: Node): boolean {
  if (node.nodeType !== ELEMENT_NODE) return false;
  const element = node as Element;
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
