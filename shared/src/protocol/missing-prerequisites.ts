import type { Condition } from '../scenario/condition';

/**
 * One thing a card's prerequisites ask for that the world does not give
 * now, as data for the team's screen to put in words: a track's or the
 * move's bounds with the present value, a card that must have been played,
 * a development that must have come out. A card or an inject the team may
 * not know of is left unnamed (null) by the projection.
 */
export type MissingPrerequisite =
  | {
      kind: 'track';
      track: string;
      atLeast: number | null;
      atMost: number | null;
      /** The track's value now (null if the world has no such track). */
      now: number | null;
    }
  | { kind: 'move'; atLeast: number | null; atMost: number | null; now: number }
  | {
      kind: 'action';
      card: string | null;
      outcome: 'success' | 'failure' | 'any';
      within: 'move' | 'exercise';
    }
  | { kind: 'inject'; inject: string | null }
  /** None of the alternatives holds: each alternative with what it misses. */
  | { kind: 'any'; of: MissingPrerequisite[][] }
  /** Something that rules the card out holds now. */
  | { kind: 'not' };

/** What the check reads of the world: the tracks and the move, and the log's answer for played cards and released injects. */
export interface PrerequisiteWorld {
  move: number;
  tracks: Readonly<Record<string, number>>;
  /** Whether an `action` or `inject` condition holds (the engine knows the log). */
  holds: (condition: Extract<Condition, { type: 'action' } | { type: 'inject' }>) => boolean;
}

const within = (value: number, atLeast?: number, atMost?: number) =>
  (atLeast === undefined || value >= atLeast) && (atMost === undefined || value <= atMost);

/**
 * What a card's prerequisites miss now; empty when they hold. The engine's
 * prerequisite check is "this list is empty", and the team's hand carries
 * the list, so the screen and the refusal cannot disagree.
 */
export function missingPrerequisites(
  condition: Condition,
  world: PrerequisiteWorld,
): MissingPrerequisite[] {
  switch (condition.type) {
    case 'always':
      return [];
    case 'track': {
      const now = world.tracks[condition.track];
      if (now !== undefined && within(now, condition.atLeast, condition.atMost)) return [];
      return [
        {
          kind: 'track',
          track: condition.track,
          atLeast: condition.atLeast ?? null,
          atMost: condition.atMost ?? null,
          now: now ?? null,
        },
      ];
    }
    case 'move':
      return within(world.move, condition.atLeast, condition.atMost)
        ? []
        : [
            {
              kind: 'move',
              atLeast: condition.atLeast ?? null,
              atMost: condition.atMost ?? null,
              now: world.move,
            },
          ];
    case 'action':
      return world.holds(condition)
        ? []
        : [
            {
              kind: 'action',
              card: condition.action,
              outcome: condition.outcome ?? 'any',
              within: condition.within ?? 'exercise',
            },
          ];
    case 'inject':
      return world.holds(condition) ? [] : [{ kind: 'inject', inject: condition.inject }];
    case 'all':
      return condition.of.flatMap((part) => missingPrerequisites(part, world));
    case 'any': {
      const alternatives = condition.of.map((part) => missingPrerequisites(part, world));
      return alternatives.some((missing) => missing.length === 0)
        ? []
        : [{ kind: 'any', of: alternatives }];
    }
    case 'not':
      return missingPrerequisites(condition.condition, world).length === 0 ? [{ kind: 'not' }] : [];
  }
}
