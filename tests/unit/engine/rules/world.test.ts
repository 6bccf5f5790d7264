import { describe, expect, it } from 'vitest';
import type { ActionRecord, ExerciseContext, InjectRelease } from '../../../../server/src/engine';
import { inSameWorld, worldOf } from '../../../../server/src/engine/rules/world';
import { AT, contextWith } from './helpers';

const outcome = (move: number, card: string): ActionRecord => ({
  move,
  team: 'washington',
  card,
  outcome: 'success',
});
const released = (move: number, inject: string): InjectRelease => ({
  inject,
  move,
  at: AT,
  cause: { kind: 'scheduled' },
  changes: [],
});

/** A context whose history spans the practice move and moves 1 and 2. */
function history(move: number): ExerciseContext {
  return contextWith({
    move,
    tracks: { escalation: 2, trust: 7, pressure: 3 },
    outcomes: [outcome(0, 'talks'), outcome(1, 'sanctions'), outcome(2, 'strike')],
    injects: [
      released(0, 'practice-brief'),
      released(0, 'backchannel'),
      released(1, 'opening'),
      released(2, 'late-news'),
    ],
  });
}

describe('inSameWorld', () => {
  it('keeps the practice move apart from the scored moves', () => {
    expect(inSameWorld(0, 0)).toBe(true);
    expect(inSameWorld(1, 0)).toBe(false);
    expect(inSameWorld(0, 1)).toBe(false);
    expect(inSameWorld(1, 1)).toBe(true);
    expect(inSameWorld(1, 2)).toBe(true);
    expect(inSameWorld(2, 1)).toBe(true);
  });
});

describe('worldOf', () => {
  it('during the practice move, sees only what the practice move did', () => {
    const world = worldOf(history(0));
    expect(world.move).toBe(0);
    expect(world.actions.map((record) => record.card)).toEqual(['talks']);
    expect(world.injects).toEqual(['practice-brief', 'backchannel']);
  });

  it('in a scored move, sees every scored move and nothing of the practice', () => {
    const world = worldOf(history(2));
    expect(world).toEqual({
      move: 2,
      tracks: { escalation: 2, trust: 7, pressure: 3 },
      actions: [outcome(1, 'sanctions'), outcome(2, 'strike')],
      injects: ['opening', 'late-news'],
    });
  });

  it('takes the tracks of the context as they are', () => {
    const context = history(1);
    expect(worldOf(context).tracks).toBe(context.tracks);
  });

  it('is computed once per context object; a changed context gets its own world', () => {
    const context = history(1);
    const world = worldOf(context);
    expect(worldOf(context)).toBe(world);
    const later: ExerciseContext = {
      ...context,
      tracks: { ...context.tracks, trust: 1 },
      injects: [...context.injects, released(1, 'strike-leak')],
    };
    const next = worldOf(later);
    expect(next).not.toBe(world);
    expect(next.tracks.trust).toBe(1);
    expect(next.injects).toEqual(['opening', 'late-news', 'strike-leak']);
    expect(world.tracks.trust).toBe(7);
  });

  it('is empty of history at the start', () => {
    expect(worldOf(contextWith())).toEqual({
      move: 0,
      tracks: { escalation: 1, trust: 5, pressure: 5 },
      actions: [],
      injects: [],
    });
  });
});
