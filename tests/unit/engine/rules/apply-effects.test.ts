import { describe, expect, it } from 'vitest';
import { setTrack } from '../../../../server/src/engine/rules/apply-effects';
import { index, START } from './helpers';

// applyEffects is tested through the engine's exports (conditions-odds-effects.test.ts);
// setTrack, Control's absolute override, is not exported there.
describe('setTrack', () => {
  it('sets one track to a value and explains the change', () => {
    const applied = setTrack(index.tracks, START, 'trust', 8);
    expect(applied.tracks).toEqual({ ...START, trust: 8 });
    expect(applied.changes).toEqual([{ track: 'trust', from: 5, to: 8, set: 8, clamped: false }]);
  });

  it('clamps to the range of the track, and says so', () => {
    expect(setTrack(index.tracks, START, 'escalation', 9).changes).toEqual([
      { track: 'escalation', from: 1, to: 6, set: 9, clamped: true },
    ]);
    expect(setTrack(index.tracks, START, 'pressure', -2).tracks.pressure).toBe(0);
  });

  it('records a change even when the value does not move', () => {
    expect(setTrack(index.tracks, START, 'trust', 5).changes).toEqual([
      { track: 'trust', from: 5, to: 5, set: 5, clamped: false },
    ]);
  });

  it('skips an unknown track and never changes the tracks it was given', () => {
    const tracks = { ...START };
    const unknown = setTrack(index.tracks, tracks, 'morale', 3);
    expect(unknown.tracks).toEqual(START);
    expect(unknown.changes).toEqual([]);
    setTrack(index.tracks, tracks, 'trust', 0);
    expect(tracks).toEqual(START);
  });
});
