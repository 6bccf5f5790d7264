import type { Scenario } from '@borderline/shared';
import type { Problem } from './problem';

/**
 * Final endings are tried in order after the last move; the last one must
 * always hold so that every game ends somewhere.
 */
export function checkEndings(scenario: Scenario): Problem[] {
  const finals = scenario.endings
    .map((ending, index) => ({ ending, index }))
    .filter(({ ending }) => ending.kind === 'final');
  const last = finals[finals.length - 1];
  if (last === undefined) {
    return [
      {
        path: ['endings'],
        message:
          'expected at least one "final" ending, the last of them with condition {type: always}, so that every game ends somewhere',
      },
    ];
  }
  if (last.ending.condition.type === 'always') return [];
  return [
    {
      path: ['endings', last.index, 'condition'],
      message: `"${last.ending.id}" is the last final ending, so its condition must be {type: always} (the fallback when no other ending holds)`,
    },
  ];
}
