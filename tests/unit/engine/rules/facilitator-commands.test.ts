import { describe, expect, it } from 'vitest';
import type { ExerciseContext } from '../../../../server/src/engine';
import {
  addNarrative,
  addReflection,
  adjustDeadline,
  overrideTrackNow,
  pause,
  releaseInjectByHand,
  resume,
} from '../../../../server/src/engine/rules/facilitator-commands';
import { startTimer } from '../../../../server/src/engine/rules/timer';
import { validateTrackOverride } from '../../../../server/src/engine/rules/validate-command';
import { apply, AT, contextWith, index, START } from './helpers';

const MINUTE = 60_000;

/** Move 1's deliberation, its ten-minute deadline started a minute ago. */
function deliberating(patch: Partial<ExerciseContext> = {}): ExerciseContext {
  return contextWith({
    phase: 'deliberation',
    move: 1,
    timer: startTimer(AT - MINUTE, 10),
    ...patch,
  });
}

const override = (track: string, value: number) => ({
  type: 'facilitator.overrideTrack' as const,
  at: AT,
  track,
  value,
  reason: '  Control  ',
});

describe('pause and resume', () => {
  it('pause notes the time and keeps the remaining time of the deadline', () => {
    expect(pause(deliberating(), AT)).toEqual({
      pausedAt: AT,
      timer: { status: 'paused', remainingMs: 9 * MINUTE, durationMs: 10 * MINUTE },
    });
    expect(pause(deliberating({ timer: null }), AT)).toEqual({ pausedAt: AT, timer: null });
  });

  it('resume clears the pause and sets the deadline the remaining time from now', () => {
    const paused = apply(deliberating(), pause(deliberating(), AT));
    expect(resume(paused, AT + 30 * MINUTE)).toEqual({
      pausedAt: null,
      timer: { status: 'running', deadline: AT + 39 * MINUTE, durationMs: 10 * MINUTE },
    });
  });
});

describe('adjustDeadline', () => {
  it('moves a running deadline, or the remaining time of a paused one', () => {
    const extend = { type: 'facilitator.adjustDeadline' as const, at: AT, deltaMs: 2 * MINUTE };
    expect(adjustDeadline(deliberating(), extend).timer).toMatchObject({
      deadline: AT + 11 * MINUTE,
    });
    const paused = apply(deliberating(), pause(deliberating(), AT));
    expect(adjustDeadline(paused, extend).timer).toMatchObject({ remainingMs: 11 * MINUTE });
  });

  it('never moves a deadline before the time of the command', () => {
    const cut = { type: 'facilitator.adjustDeadline' as const, at: AT, deltaMs: -60 * MINUTE };
    expect(adjustDeadline(deliberating(), cut).timer).toMatchObject({ deadline: AT });
  });

  it('does nothing without a deadline', () => {
    const event = { type: 'facilitator.adjustDeadline' as const, at: AT, deltaMs: MINUTE };
    expect(adjustDeadline(deliberating({ timer: null }), event)).toEqual({});
  });
});

describe('addNarrative', () => {
  it('stamps the entry with the move, the phase and the time, trimmed, after the others', () => {
    const first = apply(
      deliberating(),
      addNarrative(deliberating(), { type: 'facilitator.addNarrative', at: AT, text: ' Rain. ' }),
    );
    const decisions = { ...first, phase: 'decisions' as const };
    const patch = addNarrative(decisions, {
      type: 'facilitator.addNarrative',
      at: AT + 5,
      text: 'Wind.',
    });
    expect(patch.narrative).toEqual([
      { move: 1, phase: 'deliberation', at: AT, text: 'Rain.' },
      { move: 1, phase: 'decisions', at: AT + 5, text: 'Wind.' },
    ]);
  });
});

describe('overrideTrackNow', () => {
  it('sets the track at once and puts the change and its reason on record', () => {
    const earlier = {
      move: 0,
      at: AT - 9,
      kind: 'track' as const,
      target: 'pressure',
      from: 5,
      to: 2,
      reason: 'practice',
    };
    const context = deliberating({ overrides: [earlier] });
    const patch = overrideTrackNow(index, context, override('trust', 8));
    expect(patch.tracks).toEqual({ ...START, trust: 8 });
    expect(patch.overrides).toEqual([
      earlier,
      { move: 1, at: AT, kind: 'track', target: 'trust', from: 5, to: 8, reason: 'Control' },
    ]);
    expect(context.tracks).toEqual(START);
  });

  it('clamps a value outside the range, which the command check refuses beforehand', () => {
    expect(overrideTrackNow(index, deliberating(), override('trust', 12)).tracks).toEqual({
      ...START,
      trust: 10,
    });
    expect(overrideTrackNow(index, deliberating(), override('escalation', -3)).tracks).toEqual({
      ...START,
      escalation: 0,
    });
    expect(validateTrackOverride(index, override('trust', 12))).toMatchObject({
      code: 'out-of-range',
    });
  });

  it('leaves the tracks alone for an unknown track, which the command check refuses', () => {
    const patch = overrideTrackNow(index, deliberating(), override('morale', 3));
    expect(patch.tracks).toEqual(START);
    expect(validateTrackOverride(index, override('morale', 3))).toMatchObject({
      code: 'unknown-track',
    });
  });
});

describe('releaseInjectByHand', () => {
  const release = (inject: string) => ({
    type: 'facilitator.releaseInject' as const,
    at: AT,
    inject,
  });

  it('releases the inject now, caused by Control, with its effects on the tracks', () => {
    const patch = releaseInjectByHand(index, deliberating(), release('crisis-alert'));
    expect(patch.injects).toEqual([
      {
        inject: 'crisis-alert',
        move: 1,
        at: AT,
        cause: { kind: 'facilitator' },
        changes: [{ track: 'pressure', from: 5, to: 6, delta: 1, clamped: false }],
      },
    ]);
    expect(patch.tracks).toEqual({ ...START, pressure: 6 });
  });

  it('releases an inject once per world, and ignores an unknown inject', () => {
    const once = apply(
      deliberating(),
      releaseInjectByHand(index, deliberating(), release('backchannel')),
    );
    expect(once.injects.map((r) => r.inject)).toEqual(['backchannel']);
    const twice = apply(once, releaseInjectByHand(index, once, release('backchannel')));
    expect(twice.injects).toHaveLength(1);
    expect(releaseInjectByHand(index, deliberating(), release('nothing'))).toEqual({});
  });
});

describe('addReflection', () => {
  it('keeps the trimmed answers that say something, with the player and team', () => {
    const patch = addReflection(contextWith({ phase: 'hotwash' }), {
      type: 'player.submitReflection',
      at: AT,
      player: 'ana',
      team: 'mexico',
      answers: { whatHappened: ' A crisis. ', why: '   ', takeaway: 'Talk.', toImprove: undefined },
    });
    expect(patch.reflections).toEqual([
      {
        player: 'ana',
        team: 'mexico',
        at: AT,
        answers: { whatHappened: 'A crisis.', takeaway: 'Talk.' },
      },
    ]);
  });

  it('records a reflection without a team as team null, after the earlier ones', () => {
    const first = { player: 'bo', team: null, at: AT - 1, answers: { why: 'x' } };
    const patch = addReflection(contextWith({ reflections: [first] }), {
      type: 'player.submitReflection',
      at: AT,
      player: 'cy',
      answers: { wentWell: 'Timing' },
    });
    expect(patch.reflections).toEqual([
      first,
      { player: 'cy', team: null, at: AT, answers: { wentWell: 'Timing' } },
    ]);
  });
});
