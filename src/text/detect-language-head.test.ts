import { test } from 'node:test';
import assert from 'node:assert/strict';
import { francAll } from 'franc';
import { detectLanguage, FRANC_ONLY, FRANC_WINDOW, QUICK_SAMPLE_CHARS, rankLanguages, spreadPieces } from './detect-language.js';

// Texts written for this test. The ranking of other languages is what the text stage asks for.
const OTHERS = ['jpn', 'cmn', 'vie', 'ukr'];
const ENGLISH = [
  'The city council voted on Tuesday to close the old river bridge after engineers found deep cracks in two of its supports.',
  'Drivers will have to use the northern ring road for at least six months, which adds about twenty minutes to a typical trip.',
  'Shop owners near the bridge said they feared losing customers during the busy season and asked the council for help.',
  'The mayor promised a small fund for the worst affected businesses and said repairs would start as soon as the money arrived.',
  'Engineers will inspect the other three bridges in the city next week, and the results will be published on the council website.',
  'Residents can follow the works on a public map that shows closed streets, detours and the expected end date of each job.',
].join(' ');
const ARABIC = 'أعلنت الحكومة يوم الثلاثاء عن خطة جديدة لدعم المزارعين في المناطق الريفية بعد موسم جفاف طويل. '
  + 'وقال وزير الزراعة إن الخطة تشمل قروضا بدون فوائد وتوزيع البذور على الأسر الفقيرة في القرى البعيدة. ';
const INDONESIAN = 'Dewan kota memutuskan pada hari Selasa untuk menutup jembatan tua di atas sungai setelah para insinyur menemukan retakan dalam. '
  + 'Pengemudi harus memakai jalan lingkar utara paling sedikit enam bulan, dan perjalanan menjadi lebih lama sekitar dua puluh menit. ';

test('a long clear text is decided by the first pass, as the whole window decides it', () => {
  assert.ok(ENGLISH.length > QUICK_SAMPLE_CHARS);
  const ranked = rankLanguages(ENGLISH, undefined, OTHERS);
  assert.deepEqual({ language: ranked.language, confident: ranked.confident }, { language: 'en', confident: true });
  assert.equal(ranked.language, detectLanguage(ENGLISH).language);
});

test('a text that changes language within the window gets the whole window\'s answer', () => {
  // Two languages spliced at many points: where one language holds only the head, or only the
  // pieces between the first pass's, the first pass alone would often name the wrong one.
  const pairs: [string, string][] = [[ENGLISH, INDONESIAN.repeat(8)], [INDONESIAN.repeat(8), ENGLISH.repeat(3)], [ENGLISH, ARABIC.repeat(12)]];
  for (const [first, second] of pairs) {
    for (let cut = 100; cut < FRANC_WINDOW; cut += 150) {
      const text = `${first.slice(0, cut)}\n${second}`;
      assert.equal(rankLanguages(text, undefined, OTHERS).language, detectLanguage(text).language, `cut at ${cut}: ${text.slice(0, 30)}`);
    }
  }
});

test('with a declared language the answer is the whole window\'s, agreeing or not', () => {
  const texts = [ENGLISH, INDONESIAN.repeat(5), `${ENGLISH} ${INDONESIAN.repeat(4)}`, `${INDONESIAN.repeat(3)} ${ENGLISH}`];
  for (const text of texts) {
    for (const declared of [undefined, 'en', 'id', 'de', 'ar']) {
      assert.equal(rankLanguages(text, declared, OTHERS).language, detectLanguage(text, declared).language, `${text.slice(0, 40)} / ${String(declared)}`);
    }
  }
});

test('without other languages to rank there is no first pass: detectLanguage reads the whole window', () => {
  assert.equal(rankLanguages(ENGLISH).scores, undefined);
  const text = `${ENGLISH}\n${ARABIC.repeat(6)}`;
  assert.deepEqual(rankLanguages(text), { ...detectLanguage(text), scores: undefined });
});

// Written for this test: Turkish news with many capital İ (lowercased, "İ" is "i" + a combining dot).
const TURKISH = [
  'İstanbul Büyükşehir Belediyesi, İzmir ve İzmit arasında yeni bir feribot hattı açılacağını açıkladı.',
  'İçişleri Bakanlığı yetkilileri, İstanbul limanındaki çalışmaların önümüzdeki hafta tamamlanacağını söyledi.',
  'İlçe halkı, İskele meydanında toplanarak yeni hattın ulaşım sorununu çözeceğini umduklarını dile getirdi.',
  'İnşaat şirketi, İstanbul ile İzmir arasındaki seferlerin yaz aylarında her gün yapılacağını bildirdi.',
  'İşçiler, liman alanındaki eski binaların yıkımına başladı ve yeni terminal binası için temel atıldı.',
  'İlk seferin mayıs ayında yapılması planlanıyor ve biletlerin fiyatı henüz açıklanmadı.',
].join(' ');

test('Turkish capital İ does not read as the stop word "i" of other languages: the first pass decides', () => {
  assert.ok(TURKISH.length > QUICK_SAMPLE_CHARS);
  const ranked = rankLanguages(TURKISH, undefined, OTHERS);
  assert.equal(ranked.language, 'tr');
  assert.equal(ranked.language, detectLanguage(TURKISH).language);
  const only = [...FRANC_ONLY, ...OTHERS];
  assert.deepEqual(ranked.scores, francAll(spreadPieces(TURKISH.slice(0, FRANC_WINDOW)), { only, minLength: 40 }), 'the first pass\'s ranking, not the whole window\'s');
});

test('a window full of one language\'s stop words is settled without franc, with franc\'s answer', () => {
  const text = ENGLISH.repeat(3);
  const ranked = rankLanguages(text, undefined, OTHERS);
  assert.deepEqual({ language: ranked.language, confident: ranked.confident, scores: ranked.scores }, { language: 'en', confident: true, scores: undefined });
  assert.equal(detectLanguage(text).language, 'en');
  // A declared language that agrees changes nothing; one that does not leaves it to franc.
  assert.equal(rankLanguages(text, 'en', OTHERS).scores, undefined);
  const declaredOther = rankLanguages(text, 'id', OTHERS);
  assert.notEqual(declaredOther.scores, undefined);
  assert.equal(declaredOther.language, detectLanguage(text, 'id').language);
});

test('a window with a quarter in another language is left to franc', () => {
  for (const cut of [1200, 1500, 1800]) {
    const text = `${ENGLISH.repeat(3).slice(0, cut)}\n${INDONESIAN.repeat(6)}`;
    const ranked = rankLanguages(text, undefined, OTHERS);
    assert.notEqual(ranked.scores, undefined, `cut at ${cut}`);
    assert.equal(ranked.language, detectLanguage(text).language, `cut at ${cut}`);
  }
});

// Written for this test: Tagalog, whose commonest words ("ng", "sa", "na", "at") are also in
// stopwords-iso's English list. Few *different* stop words fill the window, which is no proof.
const TAGALOG = [
  'Nagprotesta ang mga mangingisda sa baybayin ng lungsod noong Martes laban sa bagong batas na naglilimita sa kanilang huli.',
  'Sinabi ng alkalde na pag-aaralan ng konseho ang kanilang mga hinaing at magpupulong sila sa susunod na linggo.',
  'Ayon sa mga mangingisda, bumaba na ng kalahati ang kanilang kita mula nang ipatupad ang batas sa simula ng buwan.',
  'Nanawagan din sila sa pamahalaan na magbigay ng tulong sa mga pamilya na umaasa sa pangingisda at sa maliliit na negosyo sa baybayin.',
  'Nangako ang gobernador na kakausapin niya ang mga opisyal ng kagawaran at ang mga pinuno ng mga samahan ng mangingisda.',
].join(' ');

test('a window filled by a few short stop words of another language is left to franc', () => {
  const text = TAGALOG.repeat(3);
  const ranked = rankLanguages(text, undefined, OTHERS);
  assert.notEqual(ranked.scores, undefined, 'franc was asked');
  assert.equal(ranked.language, detectLanguage(text).language);
});
