/**
 * Where the service gets its time. Deadlines are absolute epoch times kept in
 * the exercise's state; the clock only wakes the service when one is due, so
 * a test can drive time by hand with a fake clock.
 */
export interface Clock {
  now(): number;
  /** Runs `run` once the clock reaches `at` (at once if `at` is past); returns a cancel function. */
  schedule(at: number, run: () => void): () => void;
}

/** setTimeout's largest delay; longer waits are re-armed in steps. */
const MAX_DELAY_MS = 2_147_483_647;

/** The real clock: Date.now and unref'd timers, so a pending deadline never keeps the process alive. */
export function realClock(): Clock {
  return {
    now: () => Date.now(),
    schedule(at, run) {
      let handle: NodeJS.Timeout | undefined;
      let cancelled = false;
      const arm = (): void => {
        const delay = Math.max(0, at - Date.now());
        handle = setTimeout(
          () => {
            if (cancelled) return;
            if (Date.now() < at) arm();
            else run();
          },
          Math.min(delay, MAX_DELAY_MS),
        );
        handle.unref();
      };
      arm();
      return () => {
        cancelled = true;
        if (handle !== undefined) clearTimeout(handle);
      };
    },
  };
}
