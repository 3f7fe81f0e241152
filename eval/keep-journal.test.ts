import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JOURNAL_MARKER, keepJournal } from './keep-journal.js';

test('the session notes below the marker survive a regenerated report', () => {
  const previous = `# Accuracy\n\nold table\n\n${JOURNAL_MARKER}\n\n## Session 9\n\nnotes\n`;
  assert.equal(keepJournal('# Accuracy\n\nnew table\n', previous), `# Accuracy\n\nnew table\n\n${JOURNAL_MARKER}\n\n## Session 9\n\nnotes\n`);
});

test('a file without the marker, or no file, is replaced by the report alone', () => {
  assert.equal(keepJournal('# new\n', '# old\n\n## Session 9\n'), '# new\n');
  assert.equal(keepJournal('# new\n', undefined), '# new\n');
});
