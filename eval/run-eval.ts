// `npm run eval`: runs every dataset evaluation and writes docs/accuracy.md (the hand-written
// session notes below its journal marker are kept; see keep-journal.ts).
// Options: `--only <name>[,<name>]` (clough, indonesian, semeval, translation) to run some sections;
// `--out <path>` to write elsewhere (default docs/accuracy.md; with --only, nothing is written
// unless --out is given, so a partial run never replaces the full report).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCloughStevenson } from './clough-stevenson.js';
import { runIndonesianPlagiarism } from './indonesian-plagiarism.js';
import { keepJournal } from './keep-journal.js';
import { renderReport } from './render-report.js';
import type { ReportSection } from './report-section.js';
import { runSemeval } from './semeval-task8.js';
import { runTranslationSections } from './translation-sections.js';
import { withNotes } from './section-notes.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNNERS: Record<string, () => Promise<ReportSection[]>> = {
  clough: async () => [runCloughStevenson()],
  indonesian: async () => [runIndonesianPlagiarism(undefined, (d, n) => log(`indonesian: ${d}/${n} suspicious documents`))],
  semeval: async () => [runSemeval(undefined, (d, n) => log(`semeval: ${d}/${n} pairs`))],
  translation: () => runTranslationSections(),
};

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const only = argValue('--only')?.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const names = only ?? Object.keys(RUNNERS);
  const unknown = names.filter((n) => !(n in RUNNERS));
  if (unknown.length > 0) {
    log(`eval: unknown section(s) ${unknown.join(', ')}; known: ${Object.keys(RUNNERS).join(', ')}`);
    process.exitCode = 2;
    return;
  }
  const started = Date.now();
  const sections: ReportSection[] = [];
  for (const name of names) {
    const t = Date.now();
    log(`eval: ${name}…`);
    const runner = RUNNERS[name];
    if (runner) sections.push(...(await runner()).map((s) => withNotes(s)));
    log(`eval: ${name} done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  const report = renderReport(sections, { command: only ? `npm run eval -- --only ${names.join(',')}` : 'npm run eval', seconds: (Date.now() - started) / 1000, commit: commit() });
  const out = argValue('--out') ?? (only ? undefined : resolve(ROOT, 'docs', 'accuracy.md'));
  if (out === undefined) {
    process.stdout.write(report);
    return;
  }
  const path = resolve(out);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, keepJournal(report, existsSync(path) ? readFileSync(path, 'utf8') : undefined));
  log(`eval: wrote ${out}`);
}

await main();
