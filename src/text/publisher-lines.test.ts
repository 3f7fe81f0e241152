import { test } from 'node:test';
import assert from 'node:assert/strict';
import { holdsPublisherPhrase, isPublisherLine } from './publisher-lines.js';

const words = (line: string): number => line.split(/\s+/).filter((w) => w !== '').length;

test('two contact details make a contact line, whichever kinds they are', () => {
  for (const line of [
    'Visit www.kelvara-news.example or WWW.KELVARA.EXAMPLE for more',
    'Press office: press@kelvara.example, https://kelvara.example/press',
    'Tel: 555 0134 Fax: 555 0199',
    'Write to desk@kelvara.example or news@kelvara.example today',
  ]) {
    assert.equal(isPublisherLine(line, words(line)), true, line);
    assert.equal(holdsPublisherPhrase(line), true, line);
  }
});

test('a line with one contact detail or none is not a contact line', () => {
  for (const line of [
    'Visit www.kelvara-news.example for the full council report',
    'The harbour bridge reopened on Tuesday after repairs to two cables',
    'Officials said: the bridge will stay open',
    'Engineers from Kelvara inspected the bridge cables on Monday morning',
  ]) {
    assert.equal(isPublisherLine(line, words(line)), false, line);
    assert.equal(holdsPublisherPhrase(line), false, line);
  }
});
