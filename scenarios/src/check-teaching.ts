import type { Scenario } from '@borderline/shared';
import type { Problem } from './problem';
import { listIds } from './scenario-index';

/** Each learning objective is served by at least two injects, or the game barely teaches it. */
export const MIN_INJECTS_PER_OBJECTIVE = 2;

export function checkTeaching(scenario: Scenario): Problem[] {
  return scenario.learningObjectives.flatMap((objective, o): Problem[] => {
    const serving = scenario.injects.filter((inject) => inject.objectives.includes(objective.id));
    if (serving.length >= MIN_INJECTS_PER_OBJECTIVE) return [];
    const which = serving.length === 0 ? '' : ` (${listIds(serving.map((inject) => inject.id))})`;
    return [
      {
        path: ['learningObjectives', o],
        message: `learning objective "${objective.id}" is served by ${serving.length} inject${serving.length === 1 ? '' : 's'}${which}; expected at least ${MIN_INJECTS_PER_OBJECTIVE}`,
      },
    ];
  });
}
