/** Slices handed to stream readers when a whole file is already in memory. */
const SLICE_BYTES = 64 * 1024;

/**
 * Presents an in-memory file as a stream of 64 KiB views (no copying), the chunk size a file
 * stream would have, so stream readers behave the same on both.
 * @param bytes the whole input
 * @param size bytes per view (tests use small ones so records straddle chunk edges)
 * @returns an async stream of consecutive views into `bytes`
 */
export async function* sliceIntoChunks(bytes: Uint8Array, size = SLICE_BYTES): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

/**
 * Looks at the first chunk of a stream without losing it.
 * @param chunks a byte stream
 * @returns the first chunk (empty for an empty stream) and the whole stream, first chunk included
 */
export async function peekFirstChunk(
  chunks: AsyncIterable<Uint8Array>,
): Promise<{ head: Uint8Array; stream: AsyncIterable<Uint8Array> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head = first.done === true ? new Uint8Array() : first.value;
  async function* replay(): AsyncGenerator<Uint8Array> {
    if (first.done === true) return;
    yield head;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield next.value;
  }
  return { head, stream: replay() };
}

/** A running allowance of bytes, reset by the consumer at each safe point (a new record). */
export interface ByteBudget {
  consumed: number;
  allowed: number;
}

/**
 * Passes a stream through while counting against a budget, and fails once the budget is
 * overspent. For a WARC the budget is the current record's declared length plus slack, so a
 * corrupt record (a giant line with no end, a length that lies) cannot make the parser buffer
 * gigabytes.
 * @param chunks the byte stream
 * @param budget shared with the consumer, who resets it
 * @param describe message for the error, given the budget
 * @returns the same chunks
 * @throws Error with `describe(budget)` when `consumed` passes `allowed`
 */
export async function* withByteBudget(
  chunks: AsyncIterable<Uint8Array>,
  budget: ByteBudget,
  describe: (budget: ByteBudget) => string,
): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    budget.consumed += chunk.length;
    if (budget.consumed > budget.allowed) throw new Error(describe(budget));
    yield chunk;
  }
}
