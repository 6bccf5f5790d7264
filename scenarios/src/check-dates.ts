import type { InjectCard, Move, Scenario } from '@borderline/shared';
import type { Path, Problem } from './problem';

/**
 * A card's date agrees with the move that releases it. A scheduled card's
 * date falls within its move's months; a card released by a trigger or by
 * Control carries no date, and shows the first month of the move that
 * releases it. Checked only once the moves declare their months: without
 * them a card's own date is the only one it can show.
 */
export function checkDates(scenario: Scenario): Problem[] {
  if (!scenario.moves.some((move) => move.months !== undefined)) return [];
  const moves = new Map(scenario.moves.map((move) => [move.number, move]));
  return scenario.injects.flatMap((inject, i): Problem[] => {
    const path = ['injects', i, 'date'];
    if (inject.release.type !== 'scheduled') {
      return inject.date === undefined
        ? []
        : [
            {
              path,
              message: `a card released as "${inject.release.type}" carries no date (it shows the first month of the move that releases it); remove "${inject.date}"`,
            },
          ];
    }
    return checkScheduled(inject, inject.release.move, moves.get(inject.release.move), path);
  });
}

function checkScheduled(
  inject: InjectCard,
  number: number,
  move: Move | undefined,
  path: Path,
): Problem[] {
  if (move?.months === undefined) {
    return move === undefined
      ? []
      : [
          {
            path: ['moves', number],
            message: `move ${number} schedules inject "${inject.id}" but declares no months to check its date against`,
          },
        ];
  }
  const { from, to } = move.months;
  if (inject.date === undefined) {
    return [
      { path, message: `a scheduled card needs a date within move ${number} (${from} to ${to})` },
    ];
  }
  const month = inject.date.slice(0, 7);
  if (month >= from && month <= to) return [];
  return [
    {
      path,
      message: `"${inject.date}" is outside move ${number}, which releases the card (${describeMonths(from, to)})`,
    },
  ];
}

function describeMonths(from: string, to: string): string {
  return from === to ? `it covers ${from}` : `it covers ${from} to ${to}`;
}
