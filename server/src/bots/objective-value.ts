import type { Condition, Team } from '@borderline/shared';
import type { ScenarioIndex, World } from '../engine';
import { evaluateCondition } from '../engine';

/**
 * How close the world is to a condition, from 0 to 1: 1 when it holds, and
 * for a track condition that does not hold yet, partial credit that grows as
 * the track nears its target (so that a bot sees a step in the right
 * direction even before the threshold is crossed).
 */
export function closeness(index: ScenarioIndex, condition: Condition, world: World): number {
  switch (condition.type) {
    case 'track': {
      const value = world.tracks[condition.track];
      const track = index.tracks.get(condition.track);
      if (value === undefined || track === undefined) return 0;
      const below = condition.atLeast === undefined ? 0 : Math.max(0, condition.atLeast - value);
      const above = condition.atMost === undefined ? 0 : Math.max(0, value - condition.atMost);
      const distance = below + above;
      if (distance === 0) return 1;
      const span = Math.max(1, (track.max - track.min) / 2);
      return 0.7 * Math.max(0, 1 - distance / span);
    }
    case 'all':
      return (
        condition.of.reduce((sum, part) => sum + closeness(index, part, world), 0) /
        condition.of.length
      );
    case 'any':
      return Math.max(...condition.of.map((part) => closeness(index, part, world)));
    case 'not':
      return 1 - closeness(index, condition.condition, world);
    default:
      return evaluateCondition(condition, world) ? 1 : 0;
  }
}

/**
 * A team's weighted closeness to its objectives: what its bot tries to raise.
 * Weighing another team, a bot counts only that team's public objectives: it
 * cannot know the secret ones any more than the players can.
 */
export function teamValue(
  index: ScenarioIndex,
  team: Team,
  world: World,
  publicOnly = false,
): number {
  let value = 0;
  for (const objective of team.objectives) {
    if (publicOnly && objective.visibility !== 'public') continue;
    value += objective.weight * closeness(index, objective.target, world);
  }
  return value;
}
