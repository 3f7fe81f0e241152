import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawDocument } from '../ingest/types.js';
import { KEY_PREFIX } from '../candidates/index.js';
import { analyzeDocument, batchBoilerplateContext } from './analyze-documents.js';
import { pairDocumentFromStore } from './document-views.js';

const raw = (id: string, text: string): RawDocument => ({ id, text, contentHash: id, format: 'txt', warnings: [] });

const TEXTS: readonly RawDocument[] = [
  raw('en', 'Menu\n\nHarbour Council Approves Ferry Budget\n\nThe harbour council in Dunmore approved a budget of 1,200,000 euros for two new ferries on Monday.\n\n"We waited far too long for this," said Mayor Alice Brandt after the vote.\n\nShare this:'),
  raw('es', 'El consejo del puerto de Dunmore aprobó el lunes un presupuesto de 1.200.000 euros para dos nuevos transbordadores.\n\n"Esperamos demasiado tiempo para esto", dijo la alcaldesa Alice Brandt después de la votación en el ayuntamiento.'),
  raw('ru', 'Совет порта Данмора в понедельник утвердил бюджет в 1 200 000 евро на два новых парома.\n\n"Мы слишком долго этого ждали", сказала мэр Алиса Брандт после голосования в городском совете.'),
];

const json = (value: unknown): string => JSON.stringify(value, (_k, v: unknown) => (v instanceof Uint32Array ? [...v] : v));

test('a document analysed in the thread that built the batch context equals one analysed from a copy (as in a worker)', () => {
  const context = batchBoilerplateContext(TEXTS);
  for (const doc of TEXTS) {
    const here = analyzeDocument(doc, context);
    const copy = analyzeDocument(structuredClone(doc), context);
    assert.equal(json(here.stored), json(copy.stored), doc.id);
    assert.equal(json(here.view), json(copy.view), doc.id);
  }
});

test('a document whose text changed after the batch context was built is analysed from its new text', () => {
  const doc = { ...raw('x', 'The harbour council approved the budget for two new ferries on Monday after a long debate.') };
  const context = batchBoilerplateContext([doc]);
  doc.text = 'The school board closed the old library on Friday after the roof collapsed in the storm.';
  const analysed = analyzeDocument(doc, context);
  assert.equal(analysed.stored.cleanText, doc.text);
  assert.equal(json(analysed.stored), json(analyzeDocument(structuredClone(doc), context).stored));
});

test('the view made while indexing equals the view rebuilt from the stored document, and the keys hold its anchors', () => {
  const context = batchBoilerplateContext(TEXTS);
  for (const doc of TEXTS) {
    const { stored, view } = analyzeDocument(doc, context);
    assert.ok(view !== undefined);
    assert.equal(stored.language, doc.id, 'the fixture is read in its language');
    assert.equal(json(view), json(pairDocumentFromStore(stored)), doc.id);
    // Read twice: the same sentences (projected once).
    assert.equal(view.sentences, view.sentences);
    const anchors = new Set(view.sentences.flatMap((s) => s.anchors).map((a) => KEY_PREFIX.anchor + a));
    const anchorKeys = new Set(stored.keys.filter((k) => k.startsWith(KEY_PREFIX.anchor)));
    assert.ok(anchors.size > 0 && anchors.size <= 64, doc.id);
    assert.deepEqual(anchorKeys, anchors, doc.id);
  }
});
