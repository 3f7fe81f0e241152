import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ATTRIBUTION_FILE, LICENSE_FAMILIES, type LexiconPackFile } from '../../src/crosslingual/lexicon-pack.js';
import { packLicenceProblems } from './check-pack-licences.js';
import { packsIn } from './write-pack-docs.js';

const LEXICONS = resolve(import.meta.dirname, '../../lexicons');
const shipped = existsSync(LEXICONS) ? packsIn(LEXICONS) : [];

test('every shipped pack folder holds sources of its one licence family, with attribution', { skip: shipped.length === 0 ? 'no packs built' : false }, () => {
  for (const { folder, pack } of shipped) {
    const family = folder.split('/')[1] ?? '';
    const attributionPath = join(LEXICONS, folder, ATTRIBUTION_FILE);
    const attribution = existsSync(attributionPath) ? readFileSync(attributionPath, 'utf8') : undefined;
    assert.deepEqual(packLicenceProblems(pack, family, attribution), [], folder);
  }
  // Both families are shipped, and the languages that used to mix them now have a folder per family.
  assert.deepEqual([...new Set(shipped.map(({ pack }) => pack.family))].sort(), [...LICENSE_FAMILIES]);
  for (const lang of ['es', 'it']) assert.equal(shipped.filter(({ pack }) => pack.lang === lang).length, 2, lang);
});

const cleanSource = { code: 'eng-ind', package: 'dict-freedict-eng-ind', version: '1', license: 'CC-BY-SA-3.0', copyright: 'x', role: 'reversed' };
const pack = (sources: LexiconPackFile['sources'], license: string): LexiconPackFile => ({
  version: 2, lang: 'id', family: 'cc-by-sa-3.0', license, sources, keys: 0, maxPhraseWords: 1, entriesBeforePruning: 0, entries: '', pivots: [],
});
const attributionOf = (p: LexiconPackFile): string => `SPDX-License-Identifier: ${p.license}\n${p.sources.map((s) => `\`${s.package}\` ${s.version}`).join('\n')}`;

test('packLicenceProblems: a clean pack passes; a mixed one, a pivot through an unlisted dictionary or a missing attribution fail', () => {
  const clean = pack([cleanSource], 'CC-BY-SA-3.0');
  assert.deepEqual(packLicenceProblems(clean, 'cc-by-sa-3.0', attributionOf(clean)), []);

  const gplSource = { ...cleanSource, code: 'deu-eng', package: 'dict-freedict-deu-eng', license: 'GPL-3+', role: 'pivot meanings (de)' };
  const mixed = pack([cleanSource, gplSource], 'CC-BY-SA-3.0 AND GPL-3+');
  const problems = packLicenceProblems(mixed, 'cc-by-sa-3.0', attributionOf(mixed));
  assert.ok(problems.some((p) => p.includes('deu-eng is GPL-3+')), problems.join('; '));
  assert.ok(problems.some((p) => p.includes('licence GPL-3+')), problems.join('; '));

  // The GFDL-and-GPL eng-pol belongs to neither family.
  const dual = pack([{ ...cleanSource, code: 'eng-pol', license: 'GPL-3+ and GFDL-1.2+' }], 'CC-BY-SA-3.0');
  assert.equal(packLicenceProblems(dual, 'cc-by-sa-3.0', attributionOf(dual)).length, 1);

  const hidden = pack([{ ...cleanSource, code: 'deu-ind', role: 'pivot through deu-eng + eng-deu' }], 'CC-BY-SA-3.0');
  assert.equal(packLicenceProblems(hidden, 'cc-by-sa-3.0', attributionOf(hidden)).length, 2);

  assert.deepEqual(packLicenceProblems(clean, 'gpl', attributionOf(clean)).length > 0, true);
  assert.ok(packLicenceProblems(clean, 'cc-by-sa-3.0', undefined).includes('has no ATTRIBUTION.md'));
  assert.ok(packLicenceProblems(clean, 'cc-by-sa-3.0', 'SPDX-License-Identifier: CC-BY-SA-3.0\n').some((p) => p.includes('does not name')));
});
