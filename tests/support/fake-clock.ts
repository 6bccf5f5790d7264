import type { Clock } from '../../server/src/exercises';

interface Task {
  at: number;
  order: number;
  run: () => void;
}

/**
 * A clock the test moves by hand. Scheduled work runs only when the test
 * advances the clock or asks for due work to run, in order of time (then of
 * scheduling), with `now()` equal to the task's time while it runs.
 */
export class FakeClock implements Clock {
  private time: number;
  private tasks: Task[] = [];
  private counter = 0;

  constructor(start: number) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  schedule(at: number, run: () => void): () => void {
    const task = { at, order: (this.counter += 1), run };
    this.tasks.push(task);
    return () => {
      this.tasks = this.tasks.filter((candidate) => candidate !== task);
    };
  }

  /** The times of the pending tasks, soonest first. */
  pending(): number[] {
    return this.sorted().map((task) => task.at);
  }

  /** Runs every task due by `time` (tasks they schedule too), then sets the time to `time`. */
  advanceTo(time: number): void {
    for (;;) {
      const next = this.sorted()[0];
      if (next === undefined || next.at > time) break;
      this.tasks = this.tasks.filter((task) => task !== next);
      this.time = Math.max(this.time, next.at);
      next.run();
    }
    this.time = Math.max(this.time, time);
  }

  advanceBy(ms: number): void {
    this.advanceTo(this.time + ms);
  }

  /** Runs the work due now (a bot's turn, a deadline already past). */
  runDue(): void {
    this.advanceTo(this.time);
  }

  private sorted(): Task[] {
    return [...this.tasks].sort((a, b) => a.at - b.at || a.order - b.order);
  }
}
