import type { Condition, Effect, Scenario } from '@borderline/shared';
import type { Path } from './problem';

/** Where a condition stands decides what its never holding means. */
export type ConditionRole =
  'objective' | 'ending' | 'prerequisite' | 'odds-modifier' | 'trigger' | 'dynamic';

export interface ConditionAt {
  path: Path;
  role: ConditionRole;
  condition: Condition;
}

export interface EffectAt {
  path: Path;
  effect: Effect;
}

/** Every root condition of the scenario, with its path. */
export function listConditions(scenario: Scenario): ConditionAt[] {
  const found: ConditionAt[] = [];
  scenario.teams.forEach((team, t) =>
    team.objectives.forEach((objective, o) =>
      found.push({
        path: ['teams', t, 'objectives', o, 'target'],
        role: 'objective',
        condition: objective.target,
      }),
    ),
  );
  scenario.endings.forEach((ending, e) =>
    found.push({ path: ['endings', e, 'condition'], role: 'ending', condition: ending.condition }),
  );
  scenario.actions.forEach((action, a) => {
    if (action.prerequisites !== undefined) {
      const path = ['actions', a, 'prerequisites'];
      found.push({ path, role: 'prerequisite', condition: action.prerequisites });
    }
    action.odds.modifiers.forEach((modifier, m) =>
      found.push({
        path: ['actions', a, 'odds', 'modifiers', m, 'when'],
        role: 'odds-modifier',
        condition: modifier.when,
      }),
    );
  });
  scenario.injects.forEach((inject, i) => {
    if (inject.release.type === 'triggered' && inject.release.when !== undefined) {
      const path = ['injects', i, 'release', 'when'];
      found.push({ path, role: 'trigger', condition: inject.release.when });
    }
  });
  scenario.dynamics.forEach((dynamic, d) =>
    found.push({ path: ['dynamics', d, 'when'], role: 'dynamic', condition: dynamic.when }),
  );
  return found;
}

/** Every effect of the scenario: action costs and outcomes, inject effects, dilemma options. */
export function listEffects(scenario: Scenario): EffectAt[] {
  const found: EffectAt[] = [];
  const add = (base: Path, effects: Effect[]) =>
    effects.forEach((effect, index) => found.push({ path: [...base, index], effect }));
  scenario.actions.forEach((action, a) => {
    add(['actions', a, 'costs'], action.costs);
    add(['actions', a, 'onSuccess', 'effects'], action.onSuccess.effects);
    add(['actions', a, 'onFailure', 'effects'], action.onFailure.effects);
  });
  scenario.injects.forEach((inject, i) => add(['injects', i, 'effects'], inject.effects));
  scenario.dynamics.forEach((dynamic, d) => add(['dynamics', d, 'effects'], dynamic.effects));
  scenario.endings.forEach((ending, e) =>
    ending.dilemma?.options.forEach((option, o) =>
      add(['endings', e, 'dilemma', 'options', o, 'effects'], option.effects),
    ),
  );
  return found;
}

/** A condition and each condition nested in it, depth first, with their paths. */
export function eachSubCondition(
  condition: Condition,
  path: Path,
): { condition: Condition; path: Path }[] {
  switch (condition.type) {
    case 'all':
    case 'any':
      return [
        { condition, path },
        ...condition.of.flatMap((inner, index) => eachSubCondition(inner, [...path, 'of', index])),
      ];
    case 'not':
      return [
        { condition, path },
        ...eachSubCondition(condition.condition, [...path, 'condition']),
      ];
    default:
      return [{ condition, path }];
  }
}
