import type { Command } from 'commander';
import { explainPair, MissingDocumentsError } from '../../pipeline/explain-pair.js';
import { partnerOf } from '../../pipeline/partner-of.js';
import type { Store } from '../../stores/store.js';
import { formatPair, sideWidthFor, styleFor } from '../../report/index.js';
import { type CommonOptions, emit, STORE_OPTION, UsageError, withStore } from '../common.js';

/**
 * The document `id` was derived from in its story, for `explain ID` with one id.
 * @throws UsageError when `id` is an origin (naming its story's members) or in no story;
 *   MissingDocumentsError when it is not stored
 */
async function sourceIn(store: Store, id: string): Promise<string> {
  const partner = partnerOf(await store.listStories(), id);
  if (partner.kind === 'source') return partner.source;
  if (partner.kind === 'origin') {
    const shown = partner.members.slice(0, 3).join(', ') + (partner.members.length > 3 ? ', …' : '');
    throw new UsageError(`${id} is the origin of ${partner.story}: name a second document to compare it with (its members: ${shown})`);
  }
  if (!(await store.getDocuments([id])).has(id)) throw new MissingDocumentsError([id]);
  throw new UsageError(`${id} is in no story: name a second document to compare it with (ids as \`storytrace stories\` lists them)`);
}

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('show why two indexed documents are (or are not) versions of one story: aligned sentences, changes, facts; with one id, why it is in its story')
    .argument('<docA>', 'document id (as listed by `stories`)')
    .argument('[docB]', 'document id; without it, docA is compared with the document it was derived from in its story')
    .option(...STORE_OPTION)
    .option('--json', 'print the pair and its evidence as JSON')
    .option('--out <file>', 'write the output to a file instead of stdout')
    .option('--verify', 'verify the pair again now instead of showing the result stored when it was indexed (a pair never compared is always verified now)')
    .option('--full', 'show whole sentences (each aligned pair on two lines) instead of cutting them to the terminal width')
    .action(async (a: string, given: string | undefined, flags: CommonOptions & { out?: string; full?: boolean; verify?: boolean }) => {
      const x = await withStore(flags.store, async (store) => explainPair(store, a, given ?? (await sourceIn(store, a)), { verify: flags.verify === true }), { existing: true, readOnly: true }).catch((error: unknown) => {
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
