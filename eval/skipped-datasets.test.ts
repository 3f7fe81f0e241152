import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCloughStevenson } from './clough-stevenson.js';
import { findDataset } from './datasets.js';
import { runIndonesianPlagiarism } from './indonesian-plagiarism.js';
import { renderReport } from './render-report.js';
import { runSemeval } from './semeval-task8.js';
import { runTranslationSections } from './translation-sections.js';

test('every dataset section is skipped cleanly when its folder is absent', () => {
  const empty = mkdtempSync(join(tmpdir(), 'storytrace-eval-'));
  try {
    for (const section of [runCloughStevenson(empty), runIndonesianPlagiarism(empty), runSemeval(empty)]) {
      assert.ok(section.skipped, section.title);
      assert.match(section.markdown, /Skipped/);
      assert.ok(section.command.startsWith('npm run eval'));
    }
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});

test('findDataset needs every required file', () => {
  const empty = mkdtempSync(join(tmpdir(), 'storytrace-eval-'));
  try {
    assert.equal(findDataset('nope', ['a.txt'], empty), null);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});

test('a missing translation module yields one skipped section', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'storytrace-eval-'));
  try {
    const sections = await runTranslationSections(empty);
    assert.equal(sections.length, 1);
    assert.match(sections[0]?.skipped ?? '', /does not exist/);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});

test('a skipped section is listed as skipped in the report', () => {
  const md = renderReport([{ title: 'X', command: 'npm run eval', markdown: '_Skipped: gone._', skipped: 'gone' }], { command: 'npm run eval', seconds: 1, commit: 'abc' });
  assert.match(md, /- X \(skipped\)/);
  assert.match(md, /## X\n\nCommand: `npm run eval`\n\n_Skipped: gone._/);
});
