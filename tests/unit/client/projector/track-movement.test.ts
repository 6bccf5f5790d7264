import { describe, expect, it } from 'vitest';
import type { Track, TrackSnapshot } from '@borderline/shared';
import {
  movementBaseline,
  worldMovement,
} from '../../../../client/src/screens/projector/track-movement';

const track = (id: string, start: number): Track => ({
  id,
  name: { en: id },
  description: { en: id },
  min: 0,
  max: 10,
  start,
});

const TRACKS = [track('trust', 5), track('pressure', 7)];

/** A game with a practice move (reset), then moves 1 and 2 adjudicated, then the end. */
const HISTORY: TrackSnapshot[] = [
  { move: 0, label: 'start', tracks: { trust: 5, pressure: 7 } },
  { move: 0, label: 'after-move', tracks: { trust: 2, pressure: 9 } },
  { move: 0, label: 'practice-reset', tracks: { trust: 5, pressure: 7 } },
  { move: 1, label: 'after-move', tracks: { trust: 6, pressure: 7 } },
  { move: 2, label: 'after-move', tracks: { trust: 4, pressure: 8 } },
  { move: 2, label: 'final', tracks: { trust: 4, pressure: 8 } },
];

describe('what the projector compares the world with', () => {
  it('has nothing to compare in the lobby', () => {
    expect(movementBaseline(HISTORY.slice(0, 1), 'lobby', 0)).toBeNull();
  });

  it('compares the practice move with the start', () => {
    expect(movementBaseline(HISTORY.slice(0, 1), 'decisions', 0)?.since).toEqual({
      kind: 'start',
    });
    // Its own results are compared with the start too, not with themselves.
    const results = movementBaseline(HISTORY.slice(0, 2), 'results', 0);
    expect(results?.snapshot.label).toBe('start');
  });

  it('compares move 1 with the start the practice reset restored', () => {
    const during = movementBaseline(HISTORY.slice(0, 3), 'injects', 1);
    expect(during).toEqual({ snapshot: HISTORY[2], since: { kind: 'start' } });
    const results = movementBaseline(HISTORY.slice(0, 4), 'results', 1);
    expect(results?.snapshot).toBe(HISTORY[2]);
  });

  it('compares a later move, its results included, with the end of the move before', () => {
    for (const phase of ['briefing', 'decisions', 'results', 'dilemma'] as const) {
      expect(movementBaseline(HISTORY.slice(0, 5), phase, 2)?.since).toEqual({
        kind: 'move',
        move: 1,
      });
    }
  });

  it('compares the hotwash and the end with the start of the scored play', () => {
    for (const phase of ['hotwash', 'ended'] as const) {
      expect(movementBaseline(HISTORY, phase, 2)).toEqual({
        snapshot: HISTORY[2],
        since: { kind: 'start' },
      });
    }
    const noPractice = [HISTORY[0] as TrackSnapshot, ...HISTORY.slice(3)];
    expect(movementBaseline(noPractice, 'ended', 2)?.snapshot).toBe(HISTORY[0]);
  });

  it('gives every track its value, its value before and the change', () => {
    expect(
      worldMovement(TRACKS, { trust: 4, pressure: 8 }, HISTORY.slice(0, 5), 'results', 2),
    ).toEqual({
      since: { kind: 'move', move: 1 },
      tracks: [
        { track: 'trust', value: 4, before: 6, delta: -2 },
        { track: 'pressure', value: 8, before: 7, delta: 1 },
      ],
    });
    expect(worldMovement(TRACKS, {}, HISTORY.slice(0, 1), 'lobby', 0)).toBeNull();
  });
});
