import type { Timer } from '../exercise-context';

/**
 * Deadlines are absolute epoch times kept in the state; the server turns them
 * into `clock.deadlineReached` events. Pausing keeps the remaining time.
 */
export function startTimer(at: number, minutes: number): Timer {
  const durationMs = minutes * 60_000;
  return { status: 'running', deadline: at + durationMs, durationMs };
}

export function pauseTimer(timer: Timer | null, at: number): Timer | null {
  if (timer === null || timer.status === 'paused') return timer;
  const remainingMs = Math.max(0, timer.deadline - at);
  return { status: 'paused', remainingMs, durationMs: timer.durationMs };
}

export function resumeTimer(timer: Timer | null, at: number): Timer | null {
  if (timer === null || timer.status === 'running') return timer;
  return { status: 'running', deadline: at + timer.remainingMs, durationMs: timer.durationMs };
}

/** Extends or shortens a deadline; it never moves before the present. */
export function adjustTimer(timer: Timer, deltaMs: number, at: number): Timer {
  if (timer.status === 'paused') {
    return { ...timer, remainingMs: Math.max(0, timer.remainingMs + deltaMs) };
  }
  return { ...timer, deadline: Math.max(at, timer.deadline + deltaMs) };
}

export function deadlinePassed(timer: Timer | null, at: number): boolean {
  return timer !== null && timer.status === 'running' && at >= timer.deadline;
}
