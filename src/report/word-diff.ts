import { diffWords } from 'diff';
import { escapeHtml } from './escape-html.js';

/** Both sides of an aligned pair as HTML, with the changed words marked. */
export interface WordDiffHtml {
  /** The source text with removed words in `<del>`. */
  source: string;
  /** The target text with inserted words in `<ins>`. */
  target: string;
  /** Whether any word changed. */
  changed: boolean;
}

/**
 * Word-level diff of two sentences in the same language (jsdiff's `diffWords`), rendered as
 * escaped HTML for each side: deletions shown on the source, insertions on the target.
 * @param source text of the source sentence(s)
 * @param target text of the target sentence(s)
 */
export function wordDiffHtml(source: string, target: string): WordDiffHtml {
  const parts = diffWords(source, target);
  let left = '';
  let right = '';
  let changed = false;
  for (const part of parts) {
    const text = escapeHtml(part.value);
    if (part.added) {
      right += `<ins>${text}</ins>`;
      changed = true;
    } else if (part.removed) {
      left += `<del>${text}</del>`;
      changed = true;
    } else {
      left += text;
      right += text;
    }
  }
  return { source: left, target: right, changed };
}
