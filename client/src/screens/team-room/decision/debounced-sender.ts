/**
 * Sends the latest of a stream of values once it has rested for `delayMs`
 * (typing in the shared draft), so that teammates see it live without one
 * command per keystroke. Outside React on purpose: the timer and the value
 * waiting are plain mutable state, and a component keeps one instance.
 */
export class DebouncedSender<T> {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private waiting: { value: T } | null = null;
  /** Bumped on every new value, so that an old answer does not settle a newer value. */
  private version = 0;

  constructor(
    private readonly delayMs: number,
    private readonly deliver: (value: T) => Promise<boolean>,
    /** Called once the latest value was answered: true when the server took it. */
    private readonly settled: (accepted: boolean) => void,
  ) {}

  schedule(value: T): void {
    this.version += 1;
    this.waiting = { value };
    this.stopTimer();
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Sends what is waiting now (when leaving the form, say); nothing if nothing waits. */
  async flush(): Promise<void> {
    this.stopTimer();
    if (this.waiting === null) return;
    const { value } = this.waiting;
    const version = this.version;
    this.waiting = null;
    const accepted = await this.deliver(value);
    if (version === this.version) this.settled(accepted);
  }

  /** Drops what is waiting (the decision was submitted: the draft is moot). */
  cancel(): void {
    this.stopTimer();
    this.waiting = null;
    this.version += 1;
  }

  private stopTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
