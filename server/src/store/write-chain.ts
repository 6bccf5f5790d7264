/**
 * One exercise's writes to an asynchronous database, one at a time and in
 * the order they were queued: a write starts only once the one before it
 * has landed. The first write that fails stops the chain: it and every
 * write queued after it are not written, and nothing is retried.
 */
export class WriteChain {
  /** Settles once the last queued write has landed, failed or been dropped; never rejects. */
  private tail: Promise<void> = Promise.resolve();
  /** How many writes were queued so far: the last one's number. */
  private queued = 0;
  /** The number of the last write that landed (they land in order). */
  private landed = 0;
  private failure: Error | undefined;

  /** `onFailure` hears the first failure, once; it must not throw (the chain never rejects). */
  constructor(private readonly onFailure: (error: Error) => void) {}

  /** The error that stopped the chain, if one did. */
  get error(): Error | undefined {
    return this.failure;
  }

  /** Whether every queued write has landed or been dropped. */
  get idle(): boolean {
    return this.failure !== undefined || this.landed === this.queued;
  }

  /** Queues a write; `write` is called only once every write before it has landed. */
  enqueue(write: () => Promise<void>): void {
    if (this.failure !== undefined) throw this.failure;
    const number = (this.queued += 1);
    this.tail = this.tail.then(async () => {
      if (this.failure !== undefined) return;
      try {
        await write();
        this.landed = number;
      } catch (error) {
        this.failure = error instanceof Error ? error : new Error(String(error));
        this.onFailure(this.failure);
      }
    });
  }

  /** Resolves once every write queued so far has landed; rejects if one of them did not. */
  durable(): Promise<void> {
    const upTo = this.queued;
    if (this.landed >= upTo) return Promise.resolve();
    if (this.failure !== undefined) return Promise.reject(this.failure);
    return this.tail.then(() => {
      // The writes land in order: short of `upTo` means one of them failed.
      if (this.landed < upTo) throw this.failure ?? new Error('a queued write was not written');
    });
  }

  /** Resolves once every write queued so far has landed, failed or been dropped. */
  settled(): Promise<void> {
    return this.tail;
  }
}
