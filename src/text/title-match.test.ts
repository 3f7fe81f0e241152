import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from './analyze-text.js';
import { buildBoilerplateContext, collectLineKeys } from './boilerplate-context.js';
import { normalizeText } from './normalize.js';
import { isPublisherLine } from './publisher-lines.js';
import { stemmerFor } from './stem.js';
import { isStopword } from './stopwords.js';
import { DistinctStems } from './stem-memo.js';
import { prefixCode, SHORT_STEM, titleMissingFromBody, WIDE_PREFIX } from './title-match.js';
import type { LanguageCode } from './types.js';

const englishStem = (token: string): string | undefined => (isStopword(token, 'en') ? undefined : stemmerFor('en')(token));
const bodyStems = (text: string): string[] => text.toLowerCase().split(/\W+/).filter((w) => w !== '' && !isStopword(w, 'en')).map(stemmerFor('en'));

test('a body holding none of the title\'s words does not read as it; one word in another form does', () => {
  const notice = bodyStems('We use cookies to improve your experience. By continuing to browse the site you agree to our terms.');
  assert.equal(titleMissingFromBody('Harbour bridge closed after storm damage', englishStem, notice), true);
  assert.equal(titleMissingFromBody('Harbour bridge closed after storm damage', englishStem, bodyStems('Engineers inspected the bridges on Monday.')), false);
  // A suffixed form shares the word's first letters where a stemmer leaves it apart.
  const turkish = (token: string): string | undefined => (isStopword(token, 'tr') ? undefined : stemmerFor('tr')(token));
  assert.equal(titleMissingFromBody('Kelvara\'da köprü kapandı', turkish, ['kelvaradan', 'geldi']), false);
});

test('a body stem sharing its start with any of the title\'s words, not only the first, reads as the title', () => {
  const stem = (token: string): string | undefined => token;
  assert.equal(titleMissingFromBody('harbours bridges closure', stem, ['weather', 'closures']), false);
  assert.equal(titleMissingFromBody('harbours bridges closure', stem, ['weather', 'clos', 'brid']), true);
});

test('a keyword list or a one-word title is not judged', () => {
  const notice = bodyStems('We use cookies to improve your experience.');
  assert.equal(titleMissingFromBody('News, world, politics, harbour, bridge', englishStem, notice), false);
  assert.equal(titleMissingFromBody('Harbour', englishStem, notice), false);
});

// Four pages whose scrape kept only the site's legal notice, each under its own headline.
const NOTICE = 'The information on this site is provided as is by the publisher and its partners, without warranty of any kind, and does not constitute investment advice. The publisher accepts no liability for decisions taken on the basis of this information.';
const TITLES = ['Harbour bridge closed after storm damage', 'Council approves new tram line to airport', 'Farmers protest over water prices in valley', 'Museum returns stolen masks to villagers'];

test('failed scrapes sharing a site notice get a warning naming their title and keep none of the notice', () => {
  const context = buildBoilerplateContext(TITLES.map(() => ({ keys: collectLineKeys(normalizeText(NOTICE)) })));
  for (const title of TITLES) {
    const analyzed = analyzeText({ text: NOTICE, declaredLanguage: 'en', title }, context);
    assert.ok(analyzed.warnings.some((w) => w.includes(`titled "${title}"`) && w.includes('failed scrape')), analyzed.warnings.join('; '));
    assert.equal(analyzed.sentences.length, 0, analyzed.cleanText);
  }
});

test('copies of one story that read as their title keep their shared text, however many there are', () => {
  const story = 'The harbour bridge was closed on Tuesday after a storm damaged two of its cables. Engineers expect the bridge to reopen within a week.';
  const context = buildBoilerplateContext(Array.from({ length: 12 }, () => ({ keys: collectLineKeys(normalizeText(story)) })));
  const analyzed = analyzeText({ text: story, declaredLanguage: 'en', title: TITLES[0] }, context);
  assert.deepEqual(analyzed.warnings, []);
  assert.equal(analyzed.sentences.length, 2);
});

test('Turkish and Arabic cookie notices and rights lines are the publisher\'s', () => {
  for (const line of [
    'Size daha iyi hizmet verebilmek için sitemizde çerezlerden faydalanıyoruz.',
    'Bu sitede çerez kullanıyoruz; ayrıntılar için çerez politikası sayfamızı okuyun.',
    '© 2024 Kelvara Haber. Tüm hakları saklıdır.',
    'يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.',
    'جميع الحقوق محفوظة لموقع الخبر 2024',
  ]) assert.equal(isPublisherLine(line, line.split(/\s+/).length), true, line);
  assert.equal(isPublisherLine('Kelvara belediyesi köprünün pazartesi açılacağını duyurdu.', 7), false);
});

test('a text off its title keeps a paragraph it shares with a few documents when most of it is its own', () => {
  const shared = 'The harbour bridge was closed on Tuesday. Engineers found two damaged cables.';
  const text = [shared, 'Ferries will run every twenty minutes while the bridge is shut.', 'Shops near the bridge said trade had fallen by half.', 'The council will meet on Friday to discuss the repairs.'].join('\n\n');
  const context = buildBoilerplateContext(Array.from({ length: 4 }, () => ({ keys: collectLineKeys(normalizeText(shared)) })));
  const analyzed = analyzeText({ text, declaredLanguage: 'en', title: 'Lottery winner gives fortune to animal shelter' }, context);
  assert.ok(analyzed.warnings.some((w) => w.includes('failed scrape')));
  assert.ok(analyzed.cleanText.startsWith(shared), analyzed.cleanText);
});

test('the off-title check reads the same with the stems collected by number as with their strings', () => {
  // [title, text, language, off its title]
  const cases: [string, string, LanguageCode, boolean][] = [
    // A shared prefix alone ("gener") ties the text to its title.
    ['Generational divide widens in towns', 'The generous donors arrived on Monday. Nobody expected them to stay long.', 'en', false],
    ['Harbour bridge closed after storm damage', 'The museum returned the masks to the villagers. Elders thanked the curators.', 'en', true],
    ['Harbour bridge closed after storm damage', 'Engineers inspected the bridges on Monday. They found two broken cables.', 'en', false],
    ['Kelvara\'da köprü kapandı', 'Kelvaradan gelen haberlere göre yollar açık. Halk sakin bekliyor.', 'tr', false],
    // Cyrillic prefixes are compared as strings.
    ['Шторм повредил мосты', 'Штормовой ветер стих к утру. Движение восстановят завтра.', 'ru', false],
    ['Мост закрыт после шторма', 'Музей вернул маски жителям деревни. Старейшины поблагодарили хранителей.', 'ru', true],
    // The headline line is in the text: the body is read by strings.
    ['Council approves new tram line', 'Council approves new tram line\n\nThe vote was close. Residents cheered outside.', 'en', true],
  ];
  for (const [title, text, language, off] of cases) {
    const plain = analyzeText({ text, declaredLanguage: language, title }).warnings;
    const numbered = analyzeText({ text, declaredLanguage: language, title, distinctStems: new DistinctStems() }).warnings;
    assert.deepEqual(numbered, plain, title);
    assert.equal(plain.some((w) => w.includes('failed scrape')), off, title);
  }
});

test('a stem code is the same for stems sharing their first letters, none for short or wide ones', () => {
  assert.equal(prefixCode('generat'), prefixCode('generous'));
  assert.notEqual(prefixCode('generat'), prefixCode('genome'));
  assert.equal(prefixCode('gen'), SHORT_STEM);
  assert.equal(prefixCode('мостов'), WIDE_PREFIX);
});
