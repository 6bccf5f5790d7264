import type { Scenario } from '@borderline/shared';
import { formatPath } from './problem';
import type { Path, Problem } from './problem';

/** Ids must be unique within each list, or references to them would be ambiguous. */
export function checkIds(scenario: Scenario): Problem[] {
  return [
    ...duplicateIds(['tracks'], scenario.tracks, 'track'),
    ...duplicateIds(['teams'], scenario.teams, 'team'),
    ...duplicateIds(['channels'], scenario.channels, 'channel'),
    ...duplicateIds(['actions'], scenario.actions, 'action'),
    ...duplicateIds(['injects'], scenario.injects, 'inject'),
    ...duplicateIds(['endings'], scenario.endings, 'ending'),
    ...duplicateIds(['learningObjectives'], scenario.learningObjectives, 'learning objective'),
    ...scenario.teams.flatMap((team, t) =>
      duplicateIds(['teams', t, 'objectives'], team.objectives, 'objective'),
    ),
    ...scenario.endings.flatMap((ending, e) =>
      ending.dilemma === undefined
        ? []
        : duplicateIds(['endings', e, 'dilemma', 'options'], ending.dilemma.options, 'option'),
    ),
  ];
}

function duplicateIds(listPath: Path, items: { id: string }[], kind: string): Problem[] {
  const firstIndex = new Map<string, number>();
  const problems: Problem[] = [];
  items.forEach((item, index) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) {
      firstIndex.set(item.id, index);
      return;
    }
    problems.push({
      path: [...listPath, index, 'id'],
      message: `duplicate ${kind} id "${item.id}" (already used by ${formatPath([...listPath, first])})`,
    });
  });
  return problems;
}
