import { effectTarget, type Effect, type Track } from '@borderline/shared';
import type { TrackChange, Tracks } from '../exercise-context';

export interface AppliedEffects {
  tracks: Tracks;
  changes: TrackChange[];
}

function clamp(value: number, track: Track): number {
  return Math.min(track.max, Math.max(track.min, value));
}

/**
 * Applies effects in order to a copy of the tracks, each clamped to its
 * track's range, and explains every change. Effects on unknown tracks are
 * skipped (the scenario check rejects them before a scenario is played).
 */
export function applyEffects(
  trackDefs: ReadonlyMap<string, Track>,
  tracks: Readonly<Tracks>,
  effects: readonly Effect[],
): AppliedEffects {
  if (effects.length === 0) return { tracks: tracks as Tracks, changes: [] };
  const next: Tracks = { ...tracks };
  const changes: TrackChange[] = [];
  for (const effect of effects) {
    const track = trackDefs.get(effect.track);
    const from = next[effect.track];
    if (track === undefined || from === undefined) continue;
    const wanted = effectTarget(from, effect);
    const to = clamp(wanted, track);
    next[effect.track] = to;
    changes.push({
      track: effect.track,
      from,
      to,
      ...(effect.set !== undefined
        ? { set: effect.set }
        : effect.atLeast !== undefined
          ? { atLeast: effect.atLeast }
          : { delta: effect.delta ?? 0 }),
      clamped: to !== wanted,
    });
  }
  return { tracks: next, changes };
}

/** Sets one track to a value (Control's override), clamped to its range. */
export function setTrack(
  trackDefs: ReadonlyMap<string, Track>,
  tracks: Readonly<Tracks>,
  track: string,
  value: number,
): AppliedEffects {
  return applyEffects(trackDefs, tracks, [{ track, set: value }]);
}
