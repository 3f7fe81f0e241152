/** How a webhook is called. */
export interface WebhookOptions {
  /** Where events are POSTed (JSON). */
  url: string;
  /** Tries per event before it is given up with a warning. Default 5. */
  attempts?: number;
  /** Wait before the first retry; doubles per retry. Default 500 ms. */
  baseDelayMs?: number;
  /** Longest wait between two tries. Default 30 s. */
  maxDelayMs?: number;
  /** A try that takes longer than this counts as failed. Default 10 s. */
  timeoutMs?: number;
  /** Events waiting beyond this many are dropped, oldest first, with a warning. Default 10,000. */
  maxQueued?: number;
  /** Where delivery problems go (never thrown: a dead webhook must not stop indexing). */
  onWarning?: (message: string) => void;
}

const DEFAULTS = { attempts: 5, baseDelayMs: 500, maxDelayMs: 30_000, timeoutMs: 10_000, maxQueued: 10_000 };

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Delivers events to a webhook in arrival order, one at a time, off the indexing path:
 * `enqueue` returns at once; a background loop POSTs each event and retries network errors,
 * timeouts, 408, 429 and 5xx answers with exponential backoff, up to a bounded number of tries.
 * Other answers (a 4xx: the receiver refuses the event) and exhausted retries become warnings.
 */
export class WebhookQueue {
  private readonly options: Required<Omit<WebhookOptions, 'onWarning'>>;
  private readonly warn: (message: string) => void;
  private readonly queue: unknown[] = [];
  private running: Promise<void> | undefined;
  /** Events delivered (2xx) so far. */
  delivered = 0;
  /** Events given up after their last try, or refused. */
  failed = 0;

  constructor(options: WebhookOptions) {
    this.options = { ...DEFAULTS, ...withoutUndefined(options), url: options.url };
    this.warn = options.onWarning ?? (() => undefined);
  }

  /** Queues an event for delivery; never waits and never throws. */
  enqueue(event: unknown): void {
    if (this.queue.length >= this.options.maxQueued) {
      this.queue.shift();
      this.failed++;
      this.warn(`webhook ${this.options.url}: queue full (${this.options.maxQueued}), oldest event dropped`);
    }
    this.queue.push(event);
    this.running ??= this.run().finally(() => {
      this.running = undefined;
    });
  }

  /** Resolves when every queued event has been delivered or given up. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async run(): Promise<void> {
    for (let event = this.queue.shift(); event !== undefined; event = this.queue.shift()) await this.deliver(event);
  }

  private async deliver(event: unknown): Promise<void> {
    const body = JSON.stringify(event);
    const { attempts, baseDelayMs, maxDelayMs, timeoutMs, url } = this.options;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      let problem: string;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': 'storytrace-watch' },
          body,
          signal: AbortSignal.timeout(timeoutMs),
        });
        await response.arrayBuffer().catch(() => undefined);
        if (response.ok) {
          this.delivered++;
          return;
        }
        problem = `HTTP ${response.status}`;
        if (!retryable(response.status)) {
          this.failed++;
          this.warn(`webhook ${url}: event refused (${problem}), not retried`);
          return;
        }
      } catch (error) {
        problem = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
      if (attempt === attempts) {
        this.failed++;
        this.warn(`webhook ${url}: event given up after ${attempts} tries (last: ${problem})`);
        return;
      }
      await sleep(Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)));
    }
  }
}

function retryable(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
