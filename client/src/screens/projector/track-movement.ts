import type { Phase, Track, TrackSnapshot, Tracks } from '@borderline/shared';

/** What a track's movement is counted from: the start of play, or the end of a move. */
export type MovementSince =
  { kind: 'start' } | { kind: 'practice' } | { kind: 'move'; move: number };

export interface TrackMovement {
  track: string;
  value: number;
  /** The value at the baseline; the change is `value - before`. */
  before: number;
  delta: number;
}

export interface WorldMovement {
  since: MovementSince;
  tracks: TrackMovement[];
}

/**
 * The snapshot the room compares the world with, so the screen says what
 * changed: during a move (its results included), the world as the last
 * move left it (or the start of play, after the practice move's reset);
 * at the hotwash and the end, the start of the scored play. None in the
 * lobby. The engine appends the history; this only picks from it.
 */
export function movementBaseline(
  history: readonly TrackSnapshot[],
  phase: Phase,
  move: number,
): { snapshot: TrackSnapshot; since: MovementSince } | null {
  if (phase === 'lobby') return null;
  if (phase === 'hotwash' || phase === 'ended') {
    const start =
      history.findLast((snapshot) => snapshot.label === 'practice-reset') ??
      history.find((snapshot) => snapshot.label === 'start');
    return start === undefined ? null : { snapshot: start, since: { kind: 'start' } };
  }
  const before = history.findLast(
    (snapshot) =>
      snapshot.label !== 'final' && !(snapshot.label === 'after-move' && snapshot.move >= move),
  );
  if (before === undefined) return null;
  if (before.label !== 'after-move') return { snapshot: before, since: { kind: 'start' } };
  return {
    snapshot: before,
    since: before.move === 0 ? { kind: 'practice' } : { kind: 'move', move: before.move },
  };
}

/** Every track's value now and its change since the baseline (see `movementBaseline`). */
export function worldMovement(
  tracks: readonly Track[],
  current: Tracks,
  history: readonly TrackSnapshot[],
  phase: Phase,
  move: number,
): WorldMovement | null {
  const baseline = movementBaseline(history, phase, move);
  if (baseline === null) return null;
  return {
    since: baseline.since,
    tracks: tracks.map((track) => {
      const value = current[track.id] ?? track.start;
      const before = baseline.snapshot.tracks[track.id] ?? track.start;
      return { track: track.id, value, before, delta: value - before };
    }),
  };
}
