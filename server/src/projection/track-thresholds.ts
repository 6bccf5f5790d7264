import type { Condition } from '@borderline/shared';

/** One bound on a track that a condition asks for: "fentanyl flow at most 4". */
export interface TrackThreshold {
  track: string;
  bound: 'atLeast' | 'atMost';
  value: number;
  /** False when other parts of the condition must hold too (another track, a card played). */
  alone: boolean;
  /** The move from which the condition counts, when it waits for one (a rupture from move 2). */
  fromMove: number | null;
}

interface Reading {
  alone: boolean;
  fromMove: number | null;
}

/**
 * The track bounds a condition names, read the way a player would read them
 * off a gauge: each part of an `all` needs the others (a move condition only
 * says from when), each part of an `any` is enough alone, and a `not` around
 * a track turns its bounds over (not at least 6 is at most 5). Conditions on
 * cards and injects mark nothing, since a gauge shows only the track.
 */
export function trackThresholds(condition: Condition): TrackThreshold[] {
  return read(condition, { alone: true, fromMove: null });
}

function read(condition: Condition, reading: Reading): TrackThreshold[] {
  switch (condition.type) {
    case 'track':
      return bounds(condition.track, condition.atLeast, condition.atMost, reading);
    case 'any':
      return condition.of.flatMap((part) => read(part, reading));
    case 'all': {
      const moves = condition.of.flatMap((part) =>
        part.type === 'move' && part.atLeast !== undefined ? [part.atLeast] : [],
      );
      const others = condition.of.filter((part) => part.type !== 'move' && part.type !== 'always');
      const fromMove = Math.max(reading.fromMove ?? 0, ...moves);
      const inner: Reading = {
        alone: reading.alone && others.length === 1,
        fromMove: fromMove > 0 ? fromMove : reading.fromMove,
      };
      return others.flatMap((part) => read(part, inner));
    }
    case 'not':
      return condition.condition.type === 'track' ? turned(condition.condition, reading) : [];
    default:
      return [];
  }
}

function bounds(
  track: string,
  atLeast: number | undefined,
  atMost: number | undefined,
  reading: Reading,
): TrackThreshold[] {
  const found: TrackThreshold[] = [];
  if (atLeast !== undefined) found.push({ track, bound: 'atLeast', value: atLeast, ...reading });
  if (atMost !== undefined) found.push({ track, bound: 'atMost', value: atMost, ...reading });
  return found;
}

/** Not within [atLeast, atMost]: below it or above it, either enough alone. */
function turned(
  condition: Extract<Condition, { type: 'track' }>,
  reading: Reading,
): TrackThreshold[] {
  const below = condition.atLeast === undefined ? undefined : condition.atLeast - 1;
  const above = condition.atMost === undefined ? undefined : condition.atMost + 1;
  return [
    ...bounds(condition.track, undefined, below, reading),
    ...bounds(condition.track, above, undefined, reading),
  ];
}
