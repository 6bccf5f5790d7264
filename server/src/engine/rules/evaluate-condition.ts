import type { Condition } from '@borderline/shared';
import type { ConditionTrace } from '../exercise-context';
import type { World } from './world';

function boundsHold(value: number, atLeast?: number, atMost?: number): boolean {
  return (atLeast === undefined || value >= atLeast) && (atMost === undefined || value <= atMost);
}

function actionHolds(world: World, condition: Extract<Condition, { type: 'action' }>): boolean {
  const wanted = condition.outcome ?? 'any';
  const onlyThisMove = condition.within === 'move';
  // A card declared this move counts as played before its outcome is known.
  if (wanted === 'any' && world.declared?.some((played) => played.card === condition.action)) {
    return true;
  }
  return world.actions.some(
    (record) =>
      record.card === condition.action &&
      (wanted === 'any' || record.outcome === wanted) &&
      (!onlyThisMove || record.move === world.move),
  );
}

/** Whether a condition holds in the world. The fast path, used by guards, rules and bots. */
export function evaluateCondition(condition: Condition, world: World): boolean {
  switch (condition.type) {
    case 'always':
      return true;
    case 'track': {
      const value = world.tracks[condition.track];
      return value !== undefined && boundsHold(value, condition.atLeast, condition.atMost);
    }
    case 'action':
      return actionHolds(world, condition);
    case 'inject':
      return world.injects.includes(condition.inject);
    case 'move':
      return boundsHold(world.move, condition.atLeast, condition.atMost);
    case 'all':
      return condition.of.every((part) => evaluateCondition(part, world));
    case 'any':
      return condition.of.some((part) => evaluateCondition(part, world));
    case 'not':
      return !evaluateCondition(condition.condition, world);
  }
}

function describeBounds(atLeast?: number, atMost?: number): string {
  if (atLeast !== undefined && atMost !== undefined) return `between ${atLeast} and ${atMost}`;
  if (atLeast !== undefined) return `at least ${atLeast}`;
  return `at most ${atMost ?? ''}`;
}

/** Whether a condition holds, and why: a tree of plain sentences the report can show. */
export function explainCondition(condition: Condition, world: World): ConditionTrace {
  switch (condition.type) {
    case 'always':
      return { holds: true, text: 'always holds', fact: { type: 'always' } };
    case 'track': {
      const value = world.tracks[condition.track];
      const holds = evaluateCondition(condition, world);
      const wanted = describeBounds(condition.atLeast, condition.atMost);
      return {
        holds,
        text: `${condition.track} is ${value ?? 'unknown'} (needs ${wanted})`,
        fact: {
          type: 'track',
          track: condition.track,
          value: value ?? null,
          atLeast: condition.atLeast,
          atMost: condition.atMost,
        },
      };
    }
    case 'action': {
      const holds = actionHolds(world, condition);
      const outcome = condition.outcome ?? 'any';
      const outcomeText = outcome === 'any' ? 'played' : `played with ${outcome}`;
      const scope = condition.within === 'move' ? ' this move' : '';
      const verdict = holds ? 'was' : 'was not';
      return {
        holds,
        text: `${condition.action} ${verdict} ${outcomeText}${scope}`,
        fact: { type: 'action', card: condition.action, outcome, thisMove: scope !== '' },
      };
    }
    case 'inject': {
      const holds = world.injects.includes(condition.inject);
      return {
        holds,
        text: `inject ${condition.inject} ${holds ? 'was' : 'was not'} released`,
        fact: { type: 'inject', inject: condition.inject },
      };
    }
    case 'move': {
      const holds = evaluateCondition(condition, world);
      const wanted = describeBounds(condition.atLeast, condition.atMost);
      return {
        holds,
        text: `move is ${world.move} (needs ${wanted})`,
        fact: {
          type: 'move',
          value: world.move,
          atLeast: condition.atLeast,
          atMost: condition.atMost,
        },
      };
    }
    case 'all': {
      const children = condition.of.map((part) => explainCondition(part, world));
      const holds = children.every((child) => child.holds);
      const text = holds ? 'all of these hold' : 'not all of these hold';
      return { holds, text, fact: { type: 'all' }, children };
    }
    case 'any': {
      const children = condition.of.map((part) => explainCondition(part, world));
      const holds = children.some((child) => child.holds);
      const text = holds ? 'one of these holds' : 'none of these holds';
      return { holds, text, fact: { type: 'any' }, children };
    }
    case 'not': {
      const child = explainCondition(condition.condition, world);
      const holds = !child.holds;
      const text = holds ? 'this does not hold' : 'this holds';
      return { holds, text, fact: { type: 'not' }, children: [child] };
    }
  }
}
