import type { Scenario } from '@borderline/shared';
import { analyseCondition } from './condition-satisfiability';
import type { Problem } from './problem';
import { indexScenario } from './scenario-index';
import { listConditions } from './scenario-walk';
import type { ConditionRole } from './scenario-walk';

const NEVER: Record<ConditionRole, string> = {
  ending: 'this ending can never be reached',
  objective: 'this objective can never be met',
  prerequisite: 'this action can never be played: its prerequisites never hold',
  'odds-modifier': 'this odds modifier never applies',
  trigger: 'this trigger condition never holds',
  dynamic: 'this dynamic never applies',
};

/** Every condition must be able to hold somewhere within its tracks' ranges and the moves. */
export function checkSatisfiability(scenario: Scenario): Problem[] {
  const index = indexScenario(scenario);
  return listConditions(scenario).flatMap(({ condition, path, role }): Problem[] => {
    const { satisfiable, reasons } = analyseCondition(condition, index);
    return satisfiable ? [] : [{ path, message: `${NEVER[role]}: ${reasons.join('; ')}` }];
  });
}
