import { describe, expect, it } from 'vitest';
import {
  checkEndings,
  indexScenario,
  scoreObjectives,
  type World,
} from '../../../server/src/engine';
import {
  adjustTimer,
  deadlinePassed,
  pauseTimer,
  resumeTimer,
  startTimer,
} from '../../../server/src/engine/rules/timer';
import { fixture, makeFixture } from '../../fixtures/engine/fixture-scenario';

const index = indexScenario(fixture);
const world = (move: number, tracks: World['tracks']): World => ({
  move,
  tracks,
  actions: [],
  injects: [],
});

describe('timer', () => {
  it('keeps an absolute deadline, and the remaining time while paused', () => {
    const timer = startTimer(1000, 2);
    expect(timer).toEqual({ status: 'running', deadline: 121_000, durationMs: 120_000 });
    const paused = pauseTimer(timer, 21_000);
    expect(paused).toEqual({ status: 'paused', remainingMs: 100_000, durationMs: 120_000 });
    expect(resumeTimer(paused, 500_000)).toEqual({
      status: 'running',
      deadline: 600_000,
      durationMs: 120_000,
    });
    expect(pauseTimer(null, 5)).toBeNull();
    expect(resumeTimer(timer, 5)).toBe(timer);
  });

  it('extends or shortens, never before the present', () => {
    const timer = startTimer(0, 1);
    expect(adjustTimer(timer, 30_000, 10_000)).toMatchObject({ deadline: 90_000 });
    expect(adjustTimer(timer, -100_000, 10_000)).toMatchObject({ deadline: 10_000 });
    const paused = pauseTimer(timer, 30_000);
    expect(paused && adjustTimer(paused, -40_000, 0)).toMatchObject({ remainingMs: 0 });
  });

  it('says whether the deadline has passed', () => {
    const timer = startTimer(0, 1);
    expect(deadlinePassed(timer, 59_999)).toBe(false);
    expect(deadlinePassed(timer, 60_000)).toBe(true);
    expect(deadlinePassed(pauseTimer(timer, 0), 99_999_999)).toBe(false);
    expect(deadlinePassed(null, 1)).toBe(false);
  });
});

describe('checkEndings', () => {
  it('never ends the practice move', () => {
    expect(
      checkEndings(index, world(0, { escalation: 6, trust: 0, pressure: 5 }), index.lastMove),
    ).toBeNull();
  });

  it('takes the first early ending that holds, in order, with its explanation', () => {
    const ending = checkEndings(
      index,
      world(1, { escalation: 6, trust: 0, pressure: 5 }),
      index.lastMove,
    );
    expect(ending).toEqual({
      id: 'rupture',
      kind: 'early',
      trace: {
        holds: true,
        text: 'trust is 0 (needs at most 1)',
        fact: { type: 'track', track: 'trust', value: 0, atMost: 1 },
      },
    });
  });

  it('checks final endings only after the last move', () => {
    expect(
      checkEndings(index, world(1, { escalation: 1, trust: 7, pressure: 5 }), index.lastMove),
    ).toBeNull();
    expect(
      checkEndings(index, world(2, { escalation: 1, trust: 7, pressure: 5 }), index.lastMove),
    ).toMatchObject({
      id: 'deal',
      kind: 'final',
    });
    expect(
      checkEndings(index, world(2, { escalation: 1, trust: 5, pressure: 5 }), index.lastMove),
    ).toMatchObject({
      id: 'stalemate',
      kind: 'final',
    });
  });

  it('names no ending when no final ending holds', () => {
    const scenario = makeFixture();
    const noCatchAll = indexScenario({
      ...scenario,
      endings: scenario.endings.filter((ending) => ending.id !== 'stalemate'),
    });
    expect(
      checkEndings(
        noCatchAll,
        world(2, { escalation: 1, trust: 5, pressure: 5 }),
        noCatchAll.lastMove,
      ),
    ).toEqual({
      id: null,
      kind: 'final',
      trace: null,
    });
  });
});

describe('scoreObjectives', () => {
  it('scores each objective met or missed with why, and a weighted score per team', () => {
    const scores = scoreObjectives(index, world(2, { escalation: 3, trust: 4, pressure: 4 }));
    expect(
      scores.map(({ team, earned, possible, score }) => ({ team, earned, possible, score })),
    ).toEqual([
      { team: 'washington', earned: 3, possible: 3, score: 1 },
      { team: 'mexico', earned: 0, possible: 3, score: 0 },
      { team: 'cartels', earned: 1, possible: 1, score: 1 },
    ]);
    expect(scores[1]?.objectives[0]).toEqual({
      objective: 'sovereignty',
      visibility: 'public',
      weight: 2,
      met: false,
      why: {
        holds: false,
        text: 'escalation is 3 (needs at most 2)',
        fact: { type: 'track', track: 'escalation', value: 3, atMost: 2 },
      },
    });
  });
});
