import type { TeamScore } from '../exercise-context';
import type { ScenarioIndex } from '../scenario-index';
import { explainCondition } from './evaluate-condition';
import type { World } from './world';

/** Scores every team's objectives from the world at the end: met or missed with why, and the weighted score. */
export function scoreObjectives(index: ScenarioIndex, world: World): TeamScore[] {
  return index.scenario.teams.map((team) => {
    const objectives = team.objectives.map((objective) => {
      const why = explainCondition(objective.target, world);
      return {
        objective: objective.id,
        visibility: objective.visibility,
        weight: objective.weight,
        met: why.holds,
        why,
      };
    });
    const possible = objectives.reduce((sum, objective) => sum + objective.weight, 0);
    const earned = objectives.reduce((sum, o) => sum + (o.met ? o.weight : 0), 0);
    return {
      team: team.id,
      objectives,
      earned,
      possible,
      score: possible > 0 ? earned / possible : 0,
    };
  });
}
