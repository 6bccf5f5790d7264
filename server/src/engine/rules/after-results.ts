import type { ExerciseContext } from '../exercise-context';
import { lastMoveOf, nextMoveAfter, type ScenarioIndex } from '../scenario-index';

/** Where advancing from a move's results leads: the machine's guards and Control's button read this. */
export type AfterResults =
  { kind: 'dilemma'; team: string } | { kind: 'hotwash' } | { kind: 'next-move'; move: number };

export function afterResults(index: ScenarioIndex, context: ExerciseContext): AfterResults {
  const dilemma = context.ending?.dilemma;
  if (dilemma != null && dilemma.option === null) return { kind: 'dilemma', team: dilemma.team };
  const next = nextMoveAfter(index, context.config, context.move);
  if (
    context.ending !== null ||
    context.move === lastMoveOf(index, context.config) ||
    next === null
  )
    return { kind: 'hotwash' };
  return { kind: 'next-move', move: next };
}
