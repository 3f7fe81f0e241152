import { AsyncIterReader, WARCParser } from 'warcio';
import { peekFirstChunk, sliceIntoChunks, withByteBudget, type ByteBudget } from './byte-streams.js';
import { inflateGzip, isGzip } from './inflate-gzip.js';
import { readWarcRecord, recordId } from './read-warc-record.js';
import { type DocumentReader, type IngestItem, type IngestOptions, ingestWarning } from './types.js';

/**
 * Beyond `maxInflatedBytes`, a WARC.gz may go on inflating at up to this ratio. Crawled HTML
 * deflates about 4–10:1 and media barely at all; a bomb of zeros runs at about 1000:1.
 */
export const MAX_WARC_INFLATE_RATIO = 100;
/** Bytes a record may pull beyond its declared length (trailing CRLFs, the next headers, read-ahead). */
const RECORD_SLACK_BYTES = 4 * 1024 * 1024;

/**
 * Reads WARC and WARC.gz files (recognised by name or by a `WARC/` first line) as a stream:
 * `response` and `resource` records with an HTML or plain-text payload become documents with
 * `WARC-Target-URI` as url and `uri@WARC-Date` as id; the page's own publication date is kept
 * when it has one, else `WARC-Date` is the date. Other records are skipped and counted in one
 * summary warning per file; a bad record gives a warning naming it and the next one is read; a
 * truncated or corrupt stream ends the file with a warning naming where.
 */
export const warcReader: DocumentReader = {
  format: 'warc',
  accepts: (fileName, head) => /\.warc(?:\.gz)?$/.test(fileName) || startsWithWarcVersion(head),
  read: (bytes, id, options) => readWarc(sliceIntoChunks(bytes), id, options),
  readStream: readWarc,
};

async function* readWarc(chunks: AsyncIterable<Uint8Array>, fileId: string, options: Required<IngestOptions>): AsyncGenerator<IngestItem> {
  const { head, stream } = await peekFirstChunk(chunks);
  const inflated = isGzip(head)
    ? inflateGzip(stream, { maxBytes: options.maxInflatedBytes, maxRatioBeyond: MAX_WARC_INFLATE_RATIO })
    : stream;
  const budget: ByteBudget = { consumed: 0, allowed: RECORD_SLACK_BYTES };
  const guarded = withByteBudget(inflated, budget, (spent) => `${spent.consumed} bytes read for one record of ${spent.allowed - RECORD_SLACK_BYTES} (corrupt record)`);
  const parser = new WARCParser(new AsyncIterReader(guarded, null));
  const skipped = new Map<string, number>();
  let records = 0;
  try {
    for await (const record of parser) {
      budget.consumed = 0;
      budget.allowed = record.warcContentLength + RECORD_SLACK_BYTES;
      const where = recordId(record.warcTargetURI ?? undefined, record.warcDate ?? undefined, `${fileId}@${parser.offset}`);
      const outcome = await readWarcRecord(record, where, options);
      records++;
      if (outcome.kind === 'skipped') skipped.set(outcome.reason, (skipped.get(outcome.reason) ?? 0) + 1);
      else if (outcome.kind === 'item') yield outcome.item;
      else {
        yield outcome.warning;
        break;
      }
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    yield ingestWarning(fileId, `WARC unreadable after ${records} record${records === 1 ? '' : 's'}, near byte ${parser.offset}: ${detail}; rest of file skipped`);
  }
  if (records === 0) yield ingestWarning(fileId, 'no WARC records found');
  if (skipped.size > 0) yield ingestWarning(fileId, skipSummary(skipped));
}

/** `skipped 5 of the records: 2 request, 1 warcinfo, …`, reasons sorted so the message is stable. */
function skipSummary(skipped: Map<string, number>): string {
  const total = [...skipped.values()].reduce((sum, count) => sum + count, 0);
  const parts = [...skipped.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([reason, count]) => `${count} ${reason}`);
  return `skipped ${total} record${total === 1 ? '' : 's'} without an HTML or text page: ${parts.join(', ')}`;
}

function startsWithWarcVersion(head: Uint8Array): boolean {
  return Buffer.from(head.subarray(0, 8)).toString('latin1').startsWith('WARC/1.');
}

