import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roffToText } from './roff-text.js';

test('roffToText keeps running text and heading arguments, drops comments and layout requests', () => {
  const roff = ['.\\" a comment', '.TH LS 1 "2022"', '.SH NAZWA', 'ls \\- wypisuje zawartość', '.TP', '\\fB\\-a\\fP, \\fB\\-\\-all\\fR', 'bez ukrywania \\(aqplików\\(aq', '.B ls'].join('\n');
  const text = roffToText(roff);
  assert.equal(text, "NAZWA\n\nls - wypisuje zawartość\n\n-a, --all\nbez ukrywania 'plików'\nls");
  assert.ok(!text.includes('comment') && !text.includes('2022'));
});
