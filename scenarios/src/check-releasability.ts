import type { Condition, ReleaseRule, Scenario } from '@borderline/shared';
import { analyseCondition } from './condition-satisfiability';
import type { Problem } from './problem';
import { indexScenario, listIds } from './scenario-index';
import type { ScenarioIndex } from './scenario-index';

/**
 * Every inject must be releasable by some rule: a scheduled one by a move that
 * exists, a triggered one by a "when" that can hold or by an action naming it.
 * A manual inject is always releasable by hand.
 */
export function checkReleasability(scenario: Scenario): Problem[] {
  const index = indexScenario(scenario);
  const triggeredByActions = new Set(
    scenario.actions.flatMap((action) => [
      ...action.onSuccess.triggers,
      ...action.onFailure.triggers,
    ]),
  );
  return scenario.injects.flatMap((inject, i) => {
    const release = inject.release;
    if (release.type === 'scheduled') return checkScheduled(release.move, i, index);
    if (release.type === 'triggered') {
      return checkTriggered(inject.id, release, i, index, triggeredByActions.has(inject.id));
    }
    return [];
  });
}

function checkScheduled(move: number, i: number, index: ScenarioIndex): Problem[] {
  if (index.moves.has(move)) return [];
  return [
    {
      path: ['injects', i, 'release', 'move'],
      message: `move ${move} does not exist (moves: ${listIds(index.moves)}), so this inject is never released`,
    },
  ];
}

function checkTriggered(
  id: string,
  { when, fromMove }: Extract<ReleaseRule, { type: 'triggered' }>,
  i: number,
  index: ScenarioIndex,
  triggeredByAnAction: boolean,
): Problem[] {
  const path = ['injects', i, 'release'];
  if (fromMove !== undefined && fromMove > index.lastMove) {
    return [
      {
        path: [...path, 'fromMove'],
        message: `fromMove ${fromMove} is after the last move (${index.lastMove}), so this inject is never released`,
      },
    ];
  }
  if (triggeredByAnAction) return [];
  if (when === undefined) {
    return [
      {
        path,
        message: `inject "${id}" can never be released: it has no "when" and no action triggers it`,
      },
    ];
  }
  const { satisfiable } = analyseCondition(fromMoveOn(when, fromMove), index);
  if (satisfiable) return [];
  return [
    {
      path,
      message: `inject "${id}" can never be released: its "when" never holds${fromMove === undefined ? '' : ` from move ${fromMove}`} and no action triggers it`,
    },
  ];
}

function fromMoveOn(when: Condition, fromMove: number | undefined): Condition {
  return fromMove === undefined
    ? when
    : { type: 'all', of: [when, { type: 'move', atLeast: fromMove }] };
}
