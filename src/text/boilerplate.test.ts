import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBoilerplateContext, collectLineKeys, lineKey } from './boilerplate-context.js';
import { removeBoilerplate } from './boilerplate.js';
import { normalizeText } from './normalize.js';

const CONTENT_FARM = `Home
World
Politics
Sports
Contact Us

Fire Destroys Central Market in Surabaya

By Jane Doe
January 5, 2024

A fire destroyed the central market in Surabaya early on Sunday, leaving hundreds of traders without stalls.

- Advertisement -

Firefighters said the blaze started in a food stall at about 2 a.m. and spread quickly through the wooden roof.

- Advertisement -

READ: Jakarta Floods Force Thousands From Their Homes

The city government promised to rebuild the market within six months.

Share this:

Related Posts

Floods Hit East Java Villages

Police Arrest Suspect in Market Arson Case

Surabaya Mayor Opens New Bus Terminal

Subscribe to our newsletter`;

const ARTICLE = `Rescue Teams Search for Survivors After Quake

Rescue teams searched through the night for survivors after a strong earthquake struck the island on Friday, officials said.

More than 40 people were killed and hundreds were injured, according to the disaster agency.

Survivors Describe Panic

Survivors described scenes of panic as buildings shook and people ran into the streets.

"We thought the whole house would fall on us," said one resident.`;

const INDONESIAN_PAGE = `Beranda
Nasional
Ekonomi

Harga Cabai Naik Tajam Menjelang Lebaran

Harga cabai rawit di pasar tradisional Jakarta naik hingga dua kali lipat dalam sepekan terakhir.

BACA JUGA: Pemerintah Siapkan Operasi Pasar di Seluruh Provinsi

Pedagang mengatakan pasokan cabai dari daerah penghasil berkurang karena hujan deras.

Berita Terkait
Harga Beras Stabil Jelang Ramadan
Stok Gula Aman Hingga Akhir Tahun
Petani Bawang Keluhkan Harga Anjlok`;

test('content-farm page: menu, ads, cross-link, share line and related posts go; story and headline stay', () => {
  const r = removeBoilerplate(normalizeText(CONTENT_FARM), { language: 'en' });
  assert.equal(r.title, 'Fire Destroys Central Market in Surabaya');
  assert.equal(r.cleanText, [
    'Fire Destroys Central Market in Surabaya',
    'A fire destroyed the central market in Surabaya early on Sunday, leaving hundreds of traders without stalls.',
    'Firefighters said the blaze started in a food stall at about 2 a.m. and spread quickly through the wooden roof.',
    'The city government promised to rebuild the market within six months.',
  ].join('\n\n'));
  const removed = r.boilerplate.map((b) => b.text);
  for (const line of ['Home', 'Contact Us', 'By Jane Doe', '- Advertisement -', 'READ: Jakarta Floods Force Thousands From Their Homes',
    'Share this:', 'Related Posts', 'Police Arrest Suspect in Market Arson Case', 'Subscribe to our newsletter']) {
    assert.ok(removed.includes(line), line);
  }
  assert.ok(r.boilerplate.every((b) => b.reason === 'non-sentence'));
});

test('normal article: the headline and an in-body subheading survive', () => {
  const r = removeBoilerplate(normalizeText(ARTICLE), { language: 'en' });
  assert.deepEqual(r.boilerplate, []);
  assert.equal(r.title, 'Rescue Teams Search for Survivors After Quake');
  assert.ok(r.cleanText.includes('\n\nSurvivors Describe Panic\n\n'));
});

test('Indonesian page: menu, BACA JUGA link and related list go', () => {
  const r = removeBoilerplate(normalizeText(INDONESIAN_PAGE), { language: 'id' });
  assert.equal(r.title, 'Harga Cabai Naik Tajam Menjelang Lebaran');
  const removed = r.boilerplate.map((b) => b.text);
  for (const line of ['Beranda', 'Ekonomi', 'BACA JUGA: Pemerintah Siapkan Operasi Pasar di Seluruh Provinsi', 'Berita Terkait', 'Petani Bawang Keluhkan Harga Anjlok']) {
    assert.ok(removed.includes(line), line);
  }
  assert.ok(r.cleanText.includes('Pedagang mengatakan pasokan cabai'));
});

test('a known title picks the headline even when a longer menu line comes first', () => {
  const text = 'Subscribe Now For Unlimited Access Today\n\nQuake Hits Island\n\nA strong earthquake hit the island on Friday, officials said.';
  const r = removeBoilerplate(text, { language: 'en', title: 'Quake Hits Island' });
  assert.equal(r.title, 'Quake Hits Island');
  assert.equal(r.cleanText, 'Quake Hits Island\n\nA strong earthquake hit the island on Friday, officials said.');
});

test('boilerplate offsets point into the normalised text and kept spans map back', () => {
  const normalized = normalizeText(CONTENT_FARM);
  const r = removeBoilerplate(normalized, { language: 'en' });
  for (const b of r.boilerplate) assert.equal(normalized.slice(b.start, b.end), b.text);
  for (const k of r.keptSpans) {
    assert.equal(r.cleanText.slice(k.cleanStart, k.cleanStart + k.length), normalized.slice(k.normalizedStart, k.normalizedStart + k.length));
  }
});

test('lines repeated across the corpus or the site are removed, with counts from collectLineKeys', () => {
  const footer = 'Copyright 2024 Example Media. All rights reserved.';
  const bodies = [
    'Council Approves Plan\n\nThe council voted on the traffic plan after a long debate on Tuesday.\n\nMembers said it would cut traffic in the old town.',
    'Heavy Rain Floods Roads\n\nHeavy rain flooded several roads in the north of the city overnight.\n\nNo injuries were reported by the police.',
    'School Opens New Library\n\nA primary school opened a new library funded by parents and local shops.\n\nThe library holds about 3,000 books.',
  ];
  const story = (n: number): string => `${bodies[n - 1] ?? ''}\n\n${footer}`;
  const docs = [1, 2, 3].map((n) => ({ keys: collectLineKeys(story(n)), site: 'example.com' }));
  const context = buildBoilerplateContext(docs);
  const r = removeBoilerplate(story(1), { language: 'en', site: 'example.com', context });
  assert.deepEqual(r.boilerplate.map((b) => [b.text, b.reason]), [[footer, 'repeated']]);
  assert.ok(r.cleanText.startsWith('Council Approves Plan\n\nThe council voted'));
});

test('a copied story keeps its shared sentences (copies must not erase each other)', () => {
  const copy = 'Council Approves Traffic Plan\n\nThe council voted on the plan after a long debate on Tuesday.\n\nMembers said the plan would cut traffic in the old town.';
  const context = buildBoilerplateContext([1, 2, 3].map((n) => ({ keys: collectLineKeys(copy), site: `site${n}.com` })));
  const r = removeBoilerplate(copy, { language: 'en', site: 'site1.com', context });
  assert.ok(r.cleanText.includes('The council voted on the plan'));
  assert.ok(r.cleanText.includes('Members said the plan'));
});

test('lineKey ignores digits, case and spacing', () => {
  assert.equal(lineKey('Posted  3 hours ago'), lineKey('posted 12 Hours ago'));
  assert.equal(lineKey('  '), '');
});

test('a text of title-like lines only is kept', () => {
  const r = removeBoilerplate('Earthquake Hits Jakarta\nNo Damage Reported', { language: 'en' });
  assert.equal(r.cleanText, 'Earthquake Hits Jakarta\nNo Damage Reported');
});

test('two documents of one site share a line: repeated; two of different sites: not', () => {
  const tagline = 'Your Daily Source of Local News';
  const a = `${tagline}\n\nThe bridge on Main Street will close for repairs next week, the city said.`;
  const b = `${tagline}\n\nA new bakery opened downtown on Saturday and sold out by noon.`;
  const sameSite = buildBoilerplateContext([{ keys: collectLineKeys(a), site: 'local.example' }, { keys: collectLineKeys(b), site: 'local.example' }]);
  const r1 = removeBoilerplate(a, { language: 'en', site: 'local.example', context: sameSite });
  assert.deepEqual(r1.boilerplate.map((x) => x.reason), ['repeated']);
  const twoSites = buildBoilerplateContext([{ keys: collectLineKeys(a), site: 'one.example' }, { keys: collectLineKeys(b), site: 'two.example' }]);
  const r2 = removeBoilerplate(a, { language: 'en', site: 'one.example', context: twoSites });
  assert.equal(r2.title, tagline);
  assert.deepEqual(r2.boilerplate, []);
});

test('a sentence-case headline is recognised, and a dateline under it removed', () => {
  const text = 'Storm closes the harbour as gusts reach 130 km/h\n\nHarbour Radio News - Tuesday 14 January 2025\n\nThe harbour was closed to all shipping on Monday night as a storm brought strong gusts.\n\nThe port reopened on Tuesday.';
  const r = removeBoilerplate(text, { language: 'en' });
  assert.equal(r.title, 'Storm closes the harbour as gusts reach 130 km/h');
  assert.deepEqual(r.boilerplate.map((b) => b.text), ['Harbour Radio News - Tuesday 14 January 2025']);
});

test('a known title missing from the text does not promote a byline; editor initials at the end go', () => {
  const text = 'Penulis: Dimas Prasetyo | Editor: Rini | Jumat, 7 Maret 2025\n\nPolisi menangkap dua orang tersangka pencurian di Jakarta pada Senin malam.\n\n(dpr/rku)';
  const r = removeBoilerplate(text, { language: 'id', title: 'Polisi Tangkap Dua Pencuri' });
  assert.equal(r.title, undefined);
  assert.equal(r.cleanText, 'Polisi menangkap dua orang tersangka pencurian di Jakarta pada Senin malam.');
  assert.equal(r.boilerplate.length, 2);
});

test("a site's closing paragraph shared by two of its stories is repeated; the same long paragraph in the middle is not", () => {
  const about = 'The Harbor Gazette is an independent, reader-funded newspaper that has covered the towns of the coast since 1952, and we rely on subscriptions from readers like you to keep local journalism alive.';
  const shared = 'The harbour, which handles most of the region\'s freight and all of its ferries, was dredged last in 2019 after two ships ran aground in the same winter storm season.';
  const a = `The council approved the ferry budget on Tuesday after a long session.\n\n${shared}\n\nWork on the engines begins in April.\n\n${about}`;
  const b = `Forty fishing boats blocked the harbour on Saturday over quota cuts.\n\n${shared}\n\nOfficials will meet the fishermen next week.\n\n${about}`;
  const docs = [a, b].map((text) => ({ keys: collectLineKeys(text), site: 'gazette.example' }));
  const r = removeBoilerplate(a, { language: 'en', site: 'gazette.example', context: buildBoilerplateContext(docs) });
  assert.deepEqual(r.boilerplate.map((x) => [x.reason, x.text]), [['repeated', about]]);
  assert.ok(r.cleanText.includes(shared), 'a long paragraph other than the last stays');
  const otherSites = buildBoilerplateContext([a, b].map((text, n) => ({ keys: collectLineKeys(text), site: `s${n}.example` })));
  assert.deepEqual(removeBoilerplate(a, { language: 'en', site: 's0.example', context: otherSites }).boilerplate, []);
});

test("a publisher's appeal to readers goes, with the box title before it; a story's own 'sign up' sentence and a quote stay", () => {
  const story = [
    'Thieves stole a gold crown from the Halden City Museum early on Wednesday, police said.',
    'Residents can sign up for the council\'s flood alerts on its website, the mayor added.',
    '"Follow us," the officer told the crowd before the march set off.',
  ];
  const text = [
    ...story,
    '',
    'Síguenos en Facebook y X para más noticias.',
    '',
    'Get the morning briefing',
    "Sign up for our free newsletter and get the day's top stories in your inbox.",
  ].join('\n');
  const r = removeBoilerplate(text, { language: 'en' });
  assert.deepEqual(r.boilerplate.map((x) => x.text), [
    'Síguenos en Facebook y X para más noticias.',
    'Get the morning briefing',
    "Sign up for our free newsletter and get the day's top stories in your inbox.",
  ]);
  for (const s of story) assert.ok(r.cleanText.includes(s), s);
});

test("a sentence two of a site's documents share is the story (a follow-up repeats a quote); three share it: repeated", () => {
  const quote = '"We have waited nine years for this," Councillor Hanna Ruud said.';
  const docs = [
    `The council approved the ferry budget on Tuesday after a long session.\n\n${quote}\n\nWork on the engines begins in April.`,
    `Ferry crews said on Wednesday the new budget leaves out their pay.\n\n${quote}\n\nThe union will ask for talks next week.`,
    `The ferry ran late again on Friday, the third time this month.\n\n${quote}\n\nA spare engine is due in May.`,
  ];
  const context = (n: number) => buildBoilerplateContext(docs.slice(0, n).map((text) => ({ keys: collectLineKeys(text), site: 'gazette.example' })));
  const [first = ''] = docs;
  assert.deepEqual(removeBoilerplate(first, { language: 'en', site: 'gazette.example', context: context(2) }).boilerplate, []);
  assert.deepEqual(removeBoilerplate(first, { language: 'en', site: 'gazette.example', context: context(3) }).boilerplate.map((x) => x.text), [quote]);
});

test('a sentence three documents of the corpus share is kept (the versions of one story share a quote); ten share it: repeated', () => {
  const quote = '"We have lost a whole season of gear, but no one was hurt," said guild president Andrés Villalta.';
  const places = ['Almeira', 'Carbona', 'Lenholm', 'Westmarch', 'Halden', 'Brask', 'Olmen', 'Kelmar', 'Dunmore', 'Sarolangit'];
  const texts = places.map((place) => `The fire in the port was felt as far as ${place}, where boats stayed in.\n\n${quote}\n\nThe ${place} harbour office will report again on Monday.`);
  const context = (k: number) => buildBoilerplateContext(texts.slice(0, k).map((text, n) => ({ keys: collectLineKeys(text), site: `s${n}.example` })));
  const [first = ''] = texts;
  assert.deepEqual(removeBoilerplate(first, { language: 'en', site: 's0.example', context: context(3) }).boilerplate, []);
  assert.deepEqual(removeBoilerplate(first, { language: 'en', site: 's0.example', context: context(10) }).boilerplate.map((x) => x.text), [quote]);
});

test("a paywall box, a login form and a press release's contact block go; a story's tip line and password sentence stay", () => {
  const story = [
    'Burglars broke into two site containers on Tarn Street overnight and took power tools worth several thousand euros.',
    'Police ask witnesses to call the station on 0711 555 0100 or write to tips@police.example.',
    'Detectives said one of the thieves forgot his password on a stolen tablet, which helped them trace it.',
  ];
  const clutter = [
    'Already a subscriber? Log in',
    'Forgot password?',
    'Support local journalism. See offers.',
    'Contenido exclusivo para suscriptores. Si ya sos suscriptor, ingresá con tu usuario y contraseña.',
    'Escuchá la radio todo el día, hacé click acá.',
    'Press contact: Harbor District Police, Tel.: 0711 555 0199, E-Mail: press@police.example',
    'Rückfragen bitte an: Polizeipräsidium Westmarch, Telefon: 0711 555 0100',
    'www.police.example | twitter: @westmarchpolice',
  ];
  const text = [story[0], '', clutter[0], clutter[1], '', story[1], '', story[2], '', clutter[2], clutter[3], clutter[4], '', clutter[5], clutter[6], clutter[7]].join('\n');
  const r = removeBoilerplate(text, { language: 'en' });
  assert.deepEqual(r.boilerplate.map((x) => x.text), clutter);
  for (const s of story) assert.ok(r.cleanText.includes(s), s);
});

test('a page run into one line (100+ words) loses its paywall and contact sentences and keeps the story', () => {
  const story = [
    'Burglars broke into two site containers on Tarn Street overnight and took power tools worth several thousand euros.',
    'They forced the first container with a crowbar and cut the second open with a grinder they found there.',
    'The foreman found both doors open when he arrived at six in the morning and called the police at once.',
    'Officers searched the site and the allotments behind it but found no trace of the thieves or the tools.',
    'It is the third break-in on building sites in the district since the start of the month, a spokeswoman said.',
    'In each case the thieves took tools that are easy to sell, such as drills, saws and grinders.',
    'The police have asked site managers to lock tools away in steel boxes and to light their sites at night.',
    'Neighbours said they had heard a van drive off shortly after three in the morning but saw no one.',
    'The building firm said the theft would delay work on the new day-care centre by about a week.',
    'Police ask witnesses to call the station on 0711 555 0100.',
  ];
  const publisher = [
    'Already a subscriber? Log in to read on.',
    'Press contact: Westmarch Police, Tel.: 0711 555 0199, E-Mail: press@police.example',
  ];
  const text = [...story, ...publisher].join(' ');
  const r = removeBoilerplate(text, { language: 'en' });
  assert.deepEqual(r.boilerplate.map((x) => x.text), ['Already a subscriber?', publisher[1]]);
  for (const s of story) assert.ok(r.cleanText.includes(s), s);
  for (const span of r.keptSpans) assert.equal(r.cleanText.slice(span.cleanStart, span.cleanStart + span.length), text.slice(span.normalizedStart, span.normalizedStart + span.length));
});
