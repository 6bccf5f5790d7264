import { describe, expect, it } from 'vitest';
import type { ExerciseContext, InjectRelease } from '../../../../server/src/engine';
import { worldOf } from '../../../../server/src/engine';
import {
  finishPractice,
  openFirstMove,
  openMove,
  openNextMove,
  skipPractice,
  startDecisions,
  startDeliberation,
  startExercise,
} from '../../../../server/src/engine/rules/open-move';
import { startTimer } from '../../../../server/src/engine/rules/timer';
import { AT, contextWith, held, index, START } from './helpers';

const MINUTE = 60_000;
const trigger = {
  inject: 'late-news',
  fromMove: 2,
  cause: { kind: 'action' as const, action: 'm0-cartels-0', card: 'violence', team: 'cartels' },
};
const practiceRelease: InjectRelease = {
  inject: 'practice-brief',
  move: 0,
  at: AT - 1,
  cause: { kind: 'scheduled' },
  changes: [],
};

/** The results of the practice move: tracks moved, a deferred trigger, a decision and an outcome on record. */
function practiceResults(patch: Partial<ExerciseContext> = {}): ExerciseContext {
  return contextWith({
    phase: 'results',
    move: 0,
    turn: 3,
    timer: startTimer(AT - MINUTE, 4),
    tracks: { escalation: 4, trust: 2, pressure: 9 },
    pendingTriggers: [trigger],
    injects: [practiceRelease],
    decisions: [held('cartels', 0)],
    outcomes: [{ move: 0, team: 'cartels', card: 'violence', outcome: 'success' }],
    ...patch,
  });
}

describe('openMove', () => {
  it("releases the move's scheduled injects, applying their effects, and resets the turn", () => {
    const context = contextWith({ phase: 'results', move: 0, turn: 3, timer: startTimer(AT, 4) });
    const patch = openMove(index, context, 1, AT);
    expect(patch).toMatchObject({ move: 1, turn: 0, timer: null, review: null });
    expect(patch.tracks).toEqual({ ...START, pressure: 6 });
    expect(patch.injects).toEqual([
      {
        inject: 'opening',
        move: 1,
        at: AT,
        cause: { kind: 'scheduled' },
        changes: [{ track: 'pressure', from: 5, to: 6, delta: 1, clamped: false }],
      },
    ]);
  });

  it('releases nothing and leaves the tracks alone when the move schedules nothing', () => {
    const context = contextWith({ move: 1, tracks: { escalation: 3, trust: 3, pressure: 3 } });
    const patch = openMove(index, context, 2, AT);
    expect(patch).toEqual({ move: 2, turn: 0, timer: null, review: null });
  });

  it('does not release again a scheduled inject this world already has', () => {
    const opening: InjectRelease = { ...practiceRelease, inject: 'opening', move: 1 };
    const context = contextWith({ move: 1, injects: [opening] });
    const patch = openMove(index, context, 1, AT);
    expect(patch.injects).toEqual([opening]);
    expect(patch.tracks).toEqual(START);
  });
});

describe('finishPractice', () => {
  it('returns the tracks to their start values, drops deferred triggers and notes the reset', () => {
    const context = practiceResults();
    const reset = finishPractice(index, context);
    expect(reset.tracks).toEqual(START);
    expect(reset.tracks).not.toBe(index.startTracks);
    expect(reset.pendingTriggers).toEqual([]);
    expect(reset.trackHistory.at(-1)).toEqual({ move: 0, label: 'practice-reset', tracks: START });
    expect(reset.trackHistory).toHaveLength(context.trackHistory.length + 1);
    // What happened in practice stays on record.
    expect(reset.decisions).toBe(context.decisions);
    expect(reset.outcomes).toBe(context.outcomes);
    expect(reset.injects).toBe(context.injects);
  });
});

describe('openNextMove', () => {
  it('after the practice move, resets the world and opens move 1 on the start values', () => {
    const next = { ...practiceResults(), ...openNextMove(index, practiceResults(), AT) };
    expect(next.move).toBe(1);
    expect(next.tracks).toEqual({ ...START, pressure: 6 });
    expect(next.pendingTriggers).toEqual([]);
    expect(next.trackHistory.at(-1)).toMatchObject({ label: 'practice-reset', tracks: START });
    expect(next.injects.map((release) => [release.inject, release.move])).toEqual([
      ['practice-brief', 0],
      ['opening', 1],
    ]);
    expect(worldOf(next)).toMatchObject({ actions: [], injects: ['opening'] });
  });

  it('after a scored move, keeps the tracks and the deferred triggers', () => {
    const tracks = { escalation: 3, trust: 4, pressure: 7 };
    const context = practiceResults({ move: 1, tracks });
    const patch = openNextMove(index, context, AT);
    expect(patch).toMatchObject({
      move: 2,
      turn: 0,
      timer: null,
      tracks,
      pendingTriggers: [trigger],
    });
    expect(patch.trackHistory).toBe(context.trackHistory);
  });
});

describe('starting and skipping the practice', () => {
  it('starts the briefing deadline and takes the skip setting of the start command', () => {
    const lobby = contextWith();
    expect(startExercise(index, lobby, AT, true)).toEqual({
      config: { ...lobby.config, skipPractice: true },
      timer: { status: 'running', deadline: AT + 5 * MINUTE, durationMs: 5 * MINUTE },
    });
    const preset = contextWith({ config: { ...lobby.config, skipPractice: true } });
    expect(startExercise(index, preset, AT, undefined).config?.skipPractice).toBe(true);
    expect(startExercise(index, preset, AT, false).config?.skipPractice).toBe(false);
  });

  it('opens the practice move first, or move 1 when the practice is skipped', () => {
    const lobby = contextWith({ phase: 'briefing' });
    expect(openFirstMove(index, lobby, AT)).toMatchObject({ move: 0 });
    expect(openFirstMove(index, lobby, AT).injects?.map((r) => r.inject)).toEqual([
      'practice-brief',
    ]);
    const skipping = { ...lobby, config: { ...lobby.config, skipPractice: true } };
    expect(openFirstMove(index, skipping, AT)).toMatchObject({
      move: 1,
      tracks: { ...START, pressure: 6 },
    });
  });

  it('before the first move, skipping the practice is only a setting', () => {
    for (const phase of ['lobby', 'briefing'] as const) {
      const context = contextWith({ phase });
      expect(skipPractice(index, context, AT)).toEqual({
        config: { ...context.config, skipPractice: true },
      });
    }
  });

  it('during the practice move, skipping it resets the world and opens move 1', () => {
    const context = practiceResults({ phase: 'deliberation' });
    const patch = skipPractice(index, context, AT);
    expect(patch).toMatchObject({
      move: 1,
      turn: 0,
      timer: null,
      pendingTriggers: [],
      tracks: { ...START, pressure: 6 },
    });
    expect(patch.config?.skipPractice).toBe(true);
  });
});

describe('phase deadlines', () => {
  it('starts the deliberation and decision deadlines from the configured timing', () => {
    const context = contextWith({ turn: 2 });
    expect(startDeliberation(context, AT)).toEqual({
      timer: { status: 'running', deadline: AT + 10 * MINUTE, durationMs: 10 * MINUTE },
    });
    expect(startDecisions(context, AT)).toEqual({
      turn: 0,
      timer: { status: 'running', deadline: AT + 4 * MINUTE, durationMs: 4 * MINUTE },
    });
    const timing = { ...context.config.timing, deliberationMinutes: 3 };
    const custom = { ...context, config: { ...context.config, timing } };
    expect(startDeliberation(custom, AT).timer).toMatchObject({ deadline: AT + 3 * MINUTE });
  });
});
