import type { Scenario } from '@borderline/shared';
import type { Problem } from './problem';

/**
 * Every action card carries a price: a cost paid whatever the outcome, or an
 * effect when it fails. A card with neither would be a free bet, and the
 * teams' choices would stop being choices.
 */
export function checkCardRisks(scenario: Scenario): Problem[] {
  return scenario.actions.flatMap((card, a): Problem[] =>
    card.costs.length > 0 || card.onFailure.effects.length > 0
      ? []
      : [
          {
            path: ['actions', a, 'onFailure', 'effects'],
            message: `"${card.id}" costs nothing and risks nothing: give it a cost or an effect on failure`,
          },
        ],
  );
}
