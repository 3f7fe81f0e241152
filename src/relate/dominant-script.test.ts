import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dominantScript } from './dominant-script.js';

const sentences = (...texts: string[]): { text: string }[] => texts.map((text) => ({ text }));

test('dominantScript reads the script most letters are in, not the names in Latin letters inside it', () => {
  assert.equal(dominantScript(sentences('The council of Brookfield voted 7 to 2 on Tuesday.')), 'latin');
  assert.equal(dominantScript(sentences('Brookfield市議会は火曜日の夜、Main Streetの区間に自転車レーンを建設することを可決した。')), 'cjk');
  assert.equal(dominantScript(sentences('Городской совет Brookfield проголосовал во вторник.')), 'cyrillic');
  assert.equal(dominantScript(sentences('صوّت مجلس مدينة Brookfield يوم الثلاثاء.')), 'arabic');
  assert.equal(dominantScript(sentences('Ακόμα ένα άρθρο για την πόλη.')), 'greek');
  assert.equal(dominantScript(sentences('서울 시의회는 화요일 밤 자전거 도로를 승인했다.')), 'hangul');
  assert.equal(dominantScript(sentences('12 345 — 7.5 %', '')), 'none');
  assert.equal(dominantScript(sentences('Ça a coûté 4,8 millions d’euros à Saint-Étienne.')), 'latin');
});
