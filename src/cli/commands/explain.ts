import type { Command } from 'commander';
import { explainPair, MissingDocumentsError } from '../../pipeline/explain-pair.js';
import { formatPair, sideWidthFor, styleFor } from '../../report/index.js';
import { type CommonOptions, emit, STORE_OPTION, UsageError, withStore } from '../common.js';

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('show why two indexed documents are (or are not) versions of one story: aligned sentences, changes, facts')
    .argument('<docA>', 'document id (as listed by `stories`)')
    .argument('<docB>', 'document id')
    .option(...STORE_OPTION)
    .option('--json', 'print the pair and its evidence as JSON')
    .option('--out <file>', 'write the output to a file instead of stdout')
    .option('--verify', 'verify the pair again now instead of showing the result stored when it was indexed (a pair never compared is always verified now)')
    .option('--full', 'show whole sentences (each aligned pair on two lines) instead of cutting them to the terminal width')
    .action(async (a: string, b: string, flags: CommonOptions & { out?: string; full?: boolean; verify?: boolean }) => {
      const x = await withStore(flags.store, (store) => explainPair(store, a, b, { verify: flags.verify === true }), { existing: true, readOnly: true }).catch((error: unknown) => {
        if (error instanceof MissingDocumentsError) throw new UsageError(`${error.message} (ids as \`storytrace stories\` lists them)`);
        throw error;
      });
      if (flags.json) {
        const sentences = (d: typeof x.display.source): { id: string; sentences: string[] } => ({ id: d.id, sentences: d.sentences.map((s) => s.text) });
        await emit(JSON.stringify({ ...x.pair, sourceDocument: sentences(x.display.source), targetDocument: sentences(x.display.target) }, null, 2), flags.out);
      } else {
        const toTerminal = !flags.out && process.stdout.isTTY;
        const layout = { full: flags.full === true, sideWidth: sideWidthFor(toTerminal ? process.stdout.columns : undefined) };
        await emit(formatPair(x.pair, x.display.source, x.display.target, styleFor(toTerminal), layout), flags.out);
      }
    });
}
