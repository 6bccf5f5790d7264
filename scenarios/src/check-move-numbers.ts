import type { Scenario } from '@borderline/shared';
import type { Problem } from './problem';

/** Moves run 0 (the optional practice move), then 1..N in order with no gap. */
export function checkMoveNumbers(scenario: Scenario): Problem[] {
  const firstNumber = scenario.moves[0]?.number === 0 ? 0 : 1;
  const problems: Problem[] = [];
  scenario.moves.forEach((move, index) => {
    const expected = firstNumber + index;
    if (move.number !== expected) {
      problems.push({
        path: ['moves', index, 'number'],
        message: `expected move ${expected} here, found ${move.number} (moves are numbered 0 for practice, then 1, 2, 3... in order with no gap)`,
      });
    }
  });
  return problems;
}
