/// <reference types="office-js" />
/**
 * Queues Office.js work by its size and sends it in as few round trips as the request limit
 * allows. Excel on the web refuses a request over 5 MB (RequestPayloadSizeLimitExceeded), so a
 * batch is sent when the next piece would take it over the budget: the number of
 * `context.sync()` calls grows with the bytes written, never with the number of rows or ranges.
 */

/** What one batch may carry: 4 MB, a margin under Excel on the web's 5 MB. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/** The largest single piece the adapter queues (a block of rows of values). */
export const PIECE_BYTES = 512 * 1024;

/** What an action costs beyond its arguments (object path, ids, property name), generously. */
export const ACTION_BYTES = 200;

interface BatchLog {
  /** Estimated bytes of each batch sent. */
  readonly sent: number[];
}

export class Batcher implements BatchLog {
  readonly sent: number[] = [];
  private pending = 0;
  private readonly context: Excel.RequestContext;
  private readonly budget: number;
  private readonly onNewBatch: () => void;

  /** `onNewBatch` runs before the first action of every batch (e.g. suspend screen updating). */
  constructor(
    context: Excel.RequestContext,
    onNewBatch: () => void = () => {},
    budget = REQUEST_BUDGET_BYTES,
  ) {
    this.context = context;
    this.onNewBatch = onNewBatch;
    this.budget = budget;
  }

  /**
   * Queues `actions` Office.js actions carrying `bytes` of data. When they would not fit in the
   * current batch, the batch is sent first. A piece must be at most PIECE_BYTES.
   */
  async add(bytes: number, actions: number, queue: () => void): Promise<void> {
    const size = bytes + actions * ACTION_BYTES;
    if (this.pending > 0 && this.pending + size > this.budget) await this.flush();
    if (this.pending === 0) {
      this.onNewBatch();
      this.pending = ACTION_BYTES;
    }
    queue();
    this.pending += size;
  }

  /** Sends what is queued (nothing when the batch is empty). */
  async flush(): Promise<void> {
    if (this.pending === 0) return;
    const bytes = this.pending;
    this.pending = 0;
    await this.context.sync();
    this.sent.push(bytes);
  }

  get bytes(): number {
    return this.sent.reduce((a, b) => a + b, 0) + this.pending;
  }
}
