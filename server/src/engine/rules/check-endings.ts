import type { EndingCheck } from '../exercise-context';
import type { ScenarioIndex } from '../scenario-index';
import { evaluateCondition, explainCondition } from './evaluate-condition';
import type { World } from './world';

/**
 * Early endings are checked after every scored adjudication, in order; final
 * endings after the last move, in order; the first that holds wins. The
 * practice move never ends the exercise. After the last move with no final
 * ending holding, the result names no ending (id null).
 */
export function checkEndings(
  index: ScenarioIndex,
  world: World,
  lastMove: number,
): EndingCheck | null {
  if (world.move === 0) return null;
  for (const ending of index.earlyEndings) {
    if (evaluateCondition(ending.condition, world)) {
      return { id: ending.id, kind: 'early', trace: explainCondition(ending.condition, world) };
    }
  }
  if (world.move < lastMove) return null;
  for (const ending of index.finalEndings) {
    if (evaluateCondition(ending.condition, world)) {
      return { id: ending.id, kind: 'final', trace: explainCondition(ending.condition, world) };
    }
  }
  return { id: null, kind: 'final', trace: null };
}
