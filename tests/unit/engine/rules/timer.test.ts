import { describe, expect, it } from 'vitest';
import type { Timer } from '../../../../server/src/engine';
import {
  adjustTimer,
  deadlinePassed,
  pauseTimer,
  resumeTimer,
  startTimer,
} from '../../../../server/src/engine/rules/timer';
import { AT, must } from './helpers';

const MINUTE = 60_000;

describe('startTimer', () => {
  it('sets an absolute deadline the given minutes after now', () => {
    expect(startTimer(AT, 4)).toEqual({
      status: 'running',
      deadline: AT + 4 * MINUTE,
      durationMs: 240_000,
    });
    expect(startTimer(AT, 0.5)).toEqual({
      status: 'running',
      deadline: AT + 30_000,
      durationMs: 30_000,
    });
  });
});

describe('pauseTimer', () => {
  it('keeps the time that was left', () => {
    const timer = startTimer(AT, 10);
    expect(pauseTimer(timer, AT + 4 * MINUTE)).toEqual({
      status: 'paused',
      remainingMs: 6 * MINUTE,
      durationMs: 10 * MINUTE,
    });
  });

  it('keeps nothing, never a negative time, when the deadline has already passed', () => {
    const timer = startTimer(AT, 1);
    expect(pauseTimer(timer, AT + 5 * MINUTE)).toMatchObject({ status: 'paused', remainingMs: 0 });
  });

  it('leaves a paused timer and no timer as they are', () => {
    const paused = must(pauseTimer(startTimer(AT, 1), AT));
    expect(pauseTimer(paused, AT + MINUTE)).toBe(paused);
    expect(pauseTimer(null, AT)).toBeNull();
  });
});

describe('resumeTimer', () => {
  it('sets a new absolute deadline: the pause does not count against the time', () => {
    const timer = startTimer(0, 10);
    const paused = pauseTimer(timer, 4 * MINUTE);
    const resumed = must(resumeTimer(paused, 60 * MINUTE));
    expect(resumed).toEqual({ status: 'running', deadline: 66 * MINUTE, durationMs: 10 * MINUTE });
    expect(deadlinePassed(resumed, 66 * MINUTE - 1)).toBe(false);
    expect(deadlinePassed(resumed, 66 * MINUTE)).toBe(true);
  });

  it('resumes a timer paused at zero as already due', () => {
    const paused = pauseTimer(startTimer(0, 1), 2 * MINUTE);
    const resumed = resumeTimer(paused, 10 * MINUTE);
    expect(resumed).toMatchObject({ deadline: 10 * MINUTE });
    expect(deadlinePassed(resumed, 10 * MINUTE)).toBe(true);
  });

  it('leaves a running timer and no timer as they are', () => {
    const running = startTimer(AT, 1);
    expect(resumeTimer(running, AT + 1)).toBe(running);
    expect(resumeTimer(null, AT)).toBeNull();
  });
});

describe('adjustTimer', () => {
  const running = startTimer(AT, 4);

  it('extends and shortens a running deadline, keeping the nominal duration', () => {
    expect(adjustTimer(running, 2 * MINUTE, AT + MINUTE)).toEqual({
      status: 'running',
      deadline: AT + 6 * MINUTE,
      durationMs: 4 * MINUTE,
    });
    expect(adjustTimer(running, -MINUTE, AT + MINUTE)).toMatchObject({
      deadline: AT + 3 * MINUTE,
    });
  });

  it('never moves a running deadline before the present, so shortening too far makes it due now', () => {
    const now = AT + 3 * MINUTE;
    const shortened = adjustTimer(running, -10 * MINUTE, now);
    expect(shortened).toMatchObject({ deadline: now });
    expect(deadlinePassed(shortened, now)).toBe(true);
  });

  it('extends an overdue deadline from its own time, and not past the present when too small', () => {
    const late = AT + 10 * MINUTE;
    expect(adjustTimer(running, 10 * MINUTE, late)).toMatchObject({ deadline: AT + 14 * MINUTE });
    expect(adjustTimer(running, MINUTE, late)).toMatchObject({ deadline: late });
  });

  it('changes the remaining time of a paused timer, down to zero, and resuming uses it', () => {
    const paused = must(pauseTimer(running, AT + MINUTE));
    const extended = adjustTimer(paused, 2 * MINUTE, AT + 2 * MINUTE);
    expect(extended).toEqual({ status: 'paused', remainingMs: 5 * MINUTE, durationMs: 4 * MINUTE });
    expect(adjustTimer(paused, -10 * MINUTE, AT)).toMatchObject({ remainingMs: 0 });
    expect(resumeTimer(extended, AT + 20 * MINUTE)).toMatchObject({
      deadline: AT + 25 * MINUTE,
    });
  });

  it('returns a new timer and leaves the one it was given unchanged', () => {
    const copy: Timer = { ...running };
    const adjusted = adjustTimer(running, MINUTE, AT);
    expect(adjusted).not.toBe(running);
    expect(running).toEqual(copy);
  });
});

describe('deadlinePassed', () => {
  it('is true from the deadline on, for a running timer only', () => {
    const timer = startTimer(AT, 1);
    expect(deadlinePassed(timer, AT + MINUTE - 1)).toBe(false);
    expect(deadlinePassed(timer, AT + MINUTE)).toBe(true);
    expect(deadlinePassed(timer, AT + 2 * MINUTE)).toBe(true);
    expect(deadlinePassed(pauseTimer(timer, AT + 2 * MINUTE), AT + 3 * MINUTE)).toBe(false);
    expect(deadlinePassed(null, AT)).toBe(false);
  });
});
