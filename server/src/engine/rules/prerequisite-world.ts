import {
  missingPrerequisites,
  type ActionCard,
  type MissingPrerequisite,
  type PrerequisiteWorld,
} from '@borderline/shared';
import { evaluateCondition } from './evaluate-condition';
import type { World } from './world';

/** The world as the shared prerequisite check reads it: the log answers for cards and injects. */
export function prerequisiteWorld(world: World): PrerequisiteWorld {
  return {
    move: world.move,
    tracks: world.tracks,
    holds: (condition) => evaluateCondition(condition, world),
  };
}

/**
 * What a card's prerequisites miss in the world, by the shared check; empty
 * when they hold or it has none. The engine refuses a card for which this
 * is not empty, and the team's hand is sent the same list.
 */
export function cardMissingPrerequisites(card: ActionCard, world: World): MissingPrerequisite[] {
  return card.prerequisites === undefined
    ? []
    : missingPrerequisites(card.prerequisites, prerequisiteWorld(world));
}
