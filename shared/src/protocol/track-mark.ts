import type { LocalizedText } from '../scenario/index';

/** Where a threshold comes from: a team's objective, or an ending that stops the exercise. */
export type TrackMarkSource =
  | { kind: 'objective'; team: string; objective: string }
  | { kind: 'ending'; ending: string; title: LocalizedText };

/**
 * A threshold marked on a track's gauge, computed by the projection for the
 * recipient: only those it may know (its own team's objectives, the endings
 * the scenario makes public; Control all).
 */
export interface TrackMark {
  track: string;
  bound: 'atLeast' | 'atMost';
  value: number;
  /** False when other conditions must hold too. */
  alone: boolean;
  /** The move from which it counts, when its condition waits for one. */
  fromMove: number | null;
  source: TrackMarkSource;
}

/**
 * Whether a change of a track is good or bad for a team, by that team's own
 * objectives on the track as its view marks them: towards the values they
 * ask for, or away. Neutral without such an objective, when two objectives
 * pull both ways, or for anyone but a team (Control and the observers weigh
 * no side).
 */
export type TrackLeaning = 'helps' | 'hurts' | 'neutral';

export function trackLeaning(
  marks: readonly TrackMark[],
  team: string | null,
  track: string,
  from: number,
  to: number,
): TrackLeaning {
  if (team === null || from === to) return 'neutral';
  const own = marks.filter(
    (mark) => mark.track === track && mark.source.kind === 'objective' && mark.source.team === team,
  );
  if (own.length === 0) return 'neutral';
  const lows = own.filter((mark) => mark.bound === 'atLeast').map((mark) => mark.value);
  const highs = own.filter((mark) => mark.bound === 'atMost').map((mark) => mark.value);
  const low = lows.length === 0 ? -Infinity : Math.max(...lows);
  const high = highs.length === 0 ? Infinity : Math.min(...highs);
  if (low > high) return 'neutral';
  const distance = (value: number) => (value < low ? low - value : value > high ? value - high : 0);
  const before = distance(from);
  const after = distance(to);
  if (after !== before) return after < before ? 'helps' : 'hurts';
  // Inside what the objectives ask for, with one side open: nearing the bound hurts.
  if (lows.length === 0) return to < from ? 'helps' : 'hurts';
  if (highs.length === 0) return to > from ? 'helps' : 'hurts';
  return 'neutral';
}
